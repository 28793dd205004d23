package org.learningcity.award;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: modules use each other's root packages only, without
 * cycles. The module diagrams land in {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AwardApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirRootPackagesAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
