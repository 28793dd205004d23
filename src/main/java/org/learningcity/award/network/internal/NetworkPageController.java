package org.learningcity.award.network.internal;

import java.util.ArrayList;
import java.util.List;

import org.learningcity.award.network.CityView;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.network.RegionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;

/** The GNLC network page: regions, their countries with member cities, and the cities. */
@Controller
class NetworkPageController {

	static final String VIEW = "network/network";

	private final Network network;

	NetworkPageController(Network network) {
		this.network = network;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/network")
	String network(Model model) {
		List<CityView> cities = this.network.cities();
		List<RegionSection> sections = new ArrayList<>();
		for (RegionView region : this.network.regions()) {
			List<CountrySection> countries = this.network.countriesIn(region.code())
				.stream()
				.map(country -> new CountrySection(country, membersIn(country, cities)))
				.filter(section -> !section.cities().isEmpty())
				.toList();
			sections.add(new RegionSection(region, countries,
					countries.stream().mapToInt(section -> section.cities().size()).sum()));
		}
		model.addAttribute("sections", sections);
		model.addAttribute("cityCount", cities.size());
		model.addAttribute("countryCount", cities.stream().map(CityView::countryCode).distinct().count());
		return VIEW;
	}

	private List<MemberCity> membersIn(CountryView country, List<CityView> cities) {
		return cities.stream()
			.filter(city -> city.countryCode().equals(country.code()))
			.map(city -> new MemberCity(city, this.network.awardYears(city.id())))
			.toList();
	}

	/** A region with the countries that have member cities. */
	record RegionSection(RegionView region, List<CountrySection> countries, int cityCount) {
	}

	record CountrySection(CountryView country, List<MemberCity> cities) {
	}

	/** A member city with the years of its Learning City Awards. */
	record MemberCity(CityView city, List<Integer> awardYears) {
	}

}
