#!/usr/bin/env bash
# Starts the application on http://localhost:8080 (PORT=... to change) with the demo profile:
# an H2 file database under ./data/ (a restart loses nothing) and the demo accounts
# (password "demo"). Delete ./data/ to start again from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B spring-boot:run "$@"
