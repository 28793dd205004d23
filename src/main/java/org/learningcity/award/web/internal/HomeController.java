package org.learningcity.award.web.internal;

import java.util.List;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.network.Network;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every signed-in person lands on what is theirs to do: staff on the cycles they run, a
 * National Commission on its country's member cities and the open call, a city on the
 * call it may answer.
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final Cycles cycles;

	private final Network network;

	HomeController(Cycles cycles, Network network) {
		this.cycles = cycles;
		this.network = network;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = Accounts.current().orElse(null);
		if (user == null) {
			return VIEW;
		}
		List<Cycle> all = this.cycles.all();
		if (user.isStaff()) {
			model.addAttribute("activeCycles", all.stream().filter(c -> c.status() != CycleStatus.CLOSED).toList());
		}
		// only calls that have been opened are anyone else's business
		model.addAttribute("openCycles", all.stream().filter(c -> c.status() == CycleStatus.OPEN).toList());
		if (user.has(Role.NATCOM) && user.countryCode() != null) {
			model.addAttribute("country", this.network.country(user.countryCode()).orElse(null));
			model.addAttribute("countryCities", this.network.citiesIn(user.countryCode()));
		}
		if (user.has(Role.CITY) && user.cityId() != null) {
			model.addAttribute("city", this.network.city(user.cityId()).orElse(null));
		}
		return VIEW;
	}

}
