package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so that when a test or the demo moves
 * time forward, deadlines in the application's tables and timers in the engine pass
 * together.
 */
final class EngineClock extends Clock {

	private final ZoneId zone;

	EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.now().toInstant();
	}

	static EngineClock utc() {
		return new EngineClock(ZoneOffset.UTC);
	}

}
