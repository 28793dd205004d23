#!/usr/bin/env bash
# Runs the application with the embedded H2 database under ./data/ and the demo data:
# http://localhost:8080, every demo account's password is "demo".
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B spring-boot:run "$@"
