package org.learningcity.award.cycle.internal;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data: so that a newcomer finds a cycle to look at and open, a draft "UNESCO
 * Learning City Award 2026" with the 2024 rules is created at start-up when there is no
 * cycle at all. Not in tests, which create the cycles they need.
 */
@Component
@Profile("demo & !test")
class DemoCycles implements ApplicationRunner {

	static final String TITLE = "UNESCO Learning City Award 2026";

	private final Cycles cycles;

	DemoCycles(Cycles cycles) {
		this.cycles = cycles;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.cycles.all().isEmpty()) {
			return;
		}
		CycleSettings defaults = this.cycles.defaults();
		this.cycles.create(
				CycleSettings.rules2024(TITLE, 2026, defaults.applicationDeadline(), defaults.nominationDeadline()));
	}

}
