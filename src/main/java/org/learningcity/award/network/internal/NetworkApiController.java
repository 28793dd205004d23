package org.learningcity.award.network.internal;

import java.util.List;
import java.util.Optional;

import org.learningcity.award.network.CityView;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.network.RegionView;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network's reference data for every signed-in caller (API.md). */
@RestController
@RequestMapping("/api")
class NetworkApiController {

	private final Network network;

	NetworkApiController(Network network) {
		this.network = network;
	}

	@GetMapping("/regions")
	List<RegionView> regions() {
		return this.network.regions();
	}

	/** Every country, or those of one region ({@code ?region=ASIA_PACIFIC}). */
	@GetMapping("/countries")
	List<CountryView> countries(@RequestParam(required = false) String region) {
		if (region == null || region.isBlank()) {
			return this.network.countries();
		}
		if (this.network.region(region).isEmpty()) {
			throw new InvalidInputException("region", "Unknown region: use one of " + RegionView.CODES + ".");
		}
		return this.network.countriesIn(region);
	}

	/** Every member city, or those of one country ({@code ?country=IE}). */
	@GetMapping("/cities")
	List<CityView> cities(@RequestParam(required = false) String country) {
		if (country == null || country.isBlank()) {
			return this.network.cities();
		}
		if (this.network.country(country).isEmpty()) {
			throw new InvalidInputException("country", "Unknown country: give its ISO 3166-1 alpha-2 code.");
		}
		return this.network.citiesIn(country);
	}

	@GetMapping("/cities/{id}")
	CityView city(@PathVariable String id) {
		return parseId(id).flatMap(this.network::city).orElseThrow(() -> new NotFoundException("City", id));
	}

	private static Optional<Long> parseId(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
