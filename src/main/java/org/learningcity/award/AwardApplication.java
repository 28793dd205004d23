package org.learningcity.award;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Learning City Award Review: runs the UNESCO Learning City Award from nomination to the
 * jury's decision.
 */
@Modulithic(sharedModules = "web")
@SpringBootApplication
public class AwardApplication {

	public static void main(String[] args) {
		SpringApplication.run(AwardApplication.class, args);
	}

}
