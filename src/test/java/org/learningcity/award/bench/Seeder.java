package org.learningcity.award.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Seeds what the API has no endpoint for, or what would only slow the set-up down, by
 * plain SQL: cities spread over every country, their coordinators, a National Commission
 * per country, the experts, and (per cycle) applications with realistic narratives and
 * their eligible nominations. Bench accounts have the password {@link #PASSWORD}, hashed
 * with BCrypt cost 4 so that HTTP Basic does not drown the measured work (see
 * docs/benchmark.md).
 */
final class Seeder {

	static final String PASSWORD = "bench";

	static final String STAFF = "bench-staff";

	static final String ADMIN = "bench-admin";

	static final String PEER = "bench-peer";

	static final String EXPERT_PREFIX = "bench-expert-";

	static final int EXPERT_MAX_LOAD = 8;

	private static final String[] AREAS = { "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2",
			"3.3" };

	private static final String[] OPENINGS = { "Since joining the network, %s has", "Over the last three years %s has",
			"Building on its learning city strategy, %s has", "With its partners in civil society, %s has" };

	private static final String[] ACTIONS = { "opened neighbourhood learning centres in every district",
			"trained more than 400 community educators and librarians",
			"set up a city-wide learning festival that reached 35,000 residents",
			"created digital literacy courses for older people in public libraries",
			"joined up adult education, vocational training and the public employment service",
			"funded family learning programmes in the schools of its poorest areas",
			"built a monitoring framework with the national statistics office",
			"given migrants free language courses combined with job coaching",
			"worked with employers on apprenticeships for young people not in education",
			"launched green skills programmes in its parks and community gardens" };

	private static final String[] EVIDENCE = {
			"The annual learning survey shows participation in adult learning rising from 31% to 44%.",
			"An independent evaluation by the regional university documents the outcomes in detail.",
			"Attendance records, budgets and partner agreements are attached to this report.",
			"Residents took part in the design through citizen panels held in each district.",
			"The city council adopted the programme unanimously and secured funding until 2030.",
			"Completion rates reached 78%, with the largest gains among women and low-income households.",
			"The results were presented at the national conference of learning cities." };

	private final JdbcTemplate jdbc;

	private final Catalog catalog;

	private final String hash;

	private final Random random = new Random(42);

	Seeder(JdbcTemplate jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
	}

	/**
	 * Cities over every country (a coordinator each), National Commissions where missing,
	 * the bench staff, admin and peer accounts, and enough experts for panels of the
	 * given size; the demo experts are disabled so that every panel is made of bench
	 * experts.
	 * @return the experts' usernames
	 */
	List<String> seedNetwork(int cities, int panelSize, int minimumExperts) {
		List<Map<String, Object>> countries = this.jdbc
			.queryForList("select code, region_code from country order by region_code, code");
		List<Object[]> cityRows = new ArrayList<>();
		for (int i = 1; i <= cities; i++) {
			Map<String, Object> country = countries.get(i % countries.size());
			String language = "LATIN_AMERICA_CARIBBEAN".equals(country.get("region_code")) && i % 3 == 0 ? "es"
					: (i % 5 == 0) ? "fr" : "en";
			cityRows.add(new Object[] { "Bench City " + i, "bench-city-" + i, country.get("code"),
					java.sql.Date.valueOf(LocalDate.of(2015, 1, 1).plusDays(i % 2000)), language });
		}
		this.jdbc.batchUpdate(
				"insert into city (name, slug, country_code, member_since, language) values (?, ?, ?, ?, ?)", cityRows);
		this.jdbc.update("insert into national_commission (country_code, name, email) "
				+ "select c.code, 'National Commission for UNESCO of ' || c.name, 'natcom-' || lower(c.code) || '@bench.example.org' "
				+ "from country c where not exists (select 1 from national_commission n where n.country_code = c.code)");
		this.jdbc.update("insert into account (username, password_hash, display_name, email, language, country_code) "
				+ "select 'natcom-' || lower(n.country_code), ?, n.name, 'natcom-' || lower(n.country_code) || '@bench.example.org', 'en', n.country_code "
				+ "from national_commission n where not exists (select 1 from account a where a.username = 'natcom-' || lower(n.country_code))",
				this.hash);
		this.jdbc.update("insert into account_role (account_id, role) select a.id, 'NATCOM' from account a "
				+ "where a.username like 'natcom-%' and not exists (select 1 from account_role r where r.account_id = a.id)");
		this.jdbc
			.update("insert into account (username, password_hash, display_name, email, language, city_id, country_code) "
					+ "select 'city-' || c.slug, ?, 'Coordinator of ' || c.name, 'city-' || c.slug || '@bench.example.org', "
					+ "case when c.language = 'fr' then 'fr' else 'en' end, c.id, c.country_code from city c where c.slug like 'bench-city-%'",
					this.hash);
		this.jdbc.update("insert into account_role (account_id, role) select a.id, 'CITY' from account a "
				+ "where a.username like 'city-bench-city-%'");

		account(STAFF, "Bench secretariat", null, null, "UIL_STAFF");
		account(ADMIN, "Bench administrator", null, null, "ADMIN");
		account(PEER, "Bench peer expert", "DE", null, "EXPERT");
		this.jdbc.update("update account set enabled = false where username like 'expert-%'");

		int experts = Math.max(minimumExperts, (int) Math.ceil(cities * panelSize * 1.4 / EXPERT_MAX_LOAD));
		List<String> usernames = new ArrayList<>();
		List<Object[]> expertRows = new ArrayList<>();
		for (int i = 1; i <= experts; i++) {
			String username = String.format("%s%04d", EXPERT_PREFIX, i);
			usernames.add(username);
			Map<String, Object> country = countries.get((i * 7 + 3) % countries.size());
			expertRows.add(new Object[] { username, this.hash, "Bench expert " + i, username + "@bench.example.org",
					(i % 4 == 0) ? "fr" : "en", country.get("code"), EXPERT_MAX_LOAD });
		}
		this.jdbc.batchUpdate("insert into account (username, password_hash, display_name, email, language, "
				+ "country_code, max_load) values (?, ?, ?, ?, ?, ?, ?)", expertRows);
		this.jdbc.update("insert into account_role (account_id, role) select id, 'EXPERT' from account "
				+ "where username like '" + EXPERT_PREFIX + "%'");
		this.jdbc.update("insert into account_language (account_id, language) select id, 'en' from account "
				+ "where username like '" + EXPERT_PREFIX + "%'");
		this.jdbc.update("insert into account_language (account_id, language) select id, 'fr' from account "
				+ "where username like '" + EXPERT_PREFIX + "%' and mod(id, 3) = 0");
		this.jdbc.update("insert into account_language (account_id, language) select id, 'es' from account "
				+ "where username like '" + EXPERT_PREFIX + "%' and mod(id, 5) = 0");
		List<Object[]> expertise = new ArrayList<>();
		for (int i = 0; i < AREAS.length; i++) {
			expertise.add(new Object[] { AREAS[i], EXPERT_PREFIX + "%", AREAS.length, i, (i + 5) % AREAS.length });
		}
		this.jdbc.batchUpdate("insert into account_expertise (account_id, area_code) select id, ? from account "
				+ "where username like ? and (mod(id, ?) = ? or mod(id + 5, 12) = ?)", expertise);
		return usernames;
	}

	private void account(String username, String name, String country, Long city, String role) {
		this.jdbc.update(
				"insert into account (username, password_hash, display_name, email, language, country_code, "
						+ "city_id, max_load) values (?, ?, ?, ?, 'en', ?, ?, ?)",
				username, this.hash, name, username + "@bench.example.org", country, city,
				"EXPERT".equals(role) ? 0 : null);
		this.jdbc.update("insert into account_role (account_id, role) select id, ? from account where username = ?",
				role, username);
	}

	/**
	 * An application of every bench city to the cycle, with a narrative for each of the
	 * 18 expert-review measurements, and its eligible nomination.
	 * @return the nominations' ids
	 */
	List<Long> seedNominations(long cycleId) {
		return seedNominations(cycleId, Integer.MAX_VALUE);
	}

	/** As {@link #seedNominations(long)}, for the first {@code limit} cities only. */
	List<Long> seedNominations(long cycleId, int limit) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Map<String, Object>> all = this.jdbc
			.queryForList("select id, name, country_code from city where slug like 'bench-city-%' order by id");
		List<Map<String, Object>> cities = all.subList(0, Math.min(limit, all.size()));
		List<Object[]> applications = new ArrayList<>();
		for (Map<String, Object> city : cities) {
			applications.add(new Object[] { cycleId, city.get("id"), "Mayor of " + city.get("name"), now, now, now });
		}
		this.jdbc.batchUpdate(
				"insert into application (cycle_id, city_id, status, consent_signatory, consent_position, "
						+ "consent_signed_on, created_at, created_by, updated_at, updated_by, submitted_at) "
						+ "values (?, ?, 'NOMINATED', ?, 'Mayor', current_date, ?, 'bench', ?, 'bench', ?)",
				applications);
		Map<Long, Long> applicationOfCity = new HashMap<>();
		this.jdbc.query("select id, city_id from application where cycle_id = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> applicationOfCity.put(rs.getLong("city_id"),
						rs.getLong("id")),
				cycleId);
		List<Measurement> measurements = this.catalog.measurements(Source.EXPERT_REVIEW);
		List<Object[]> narratives = new ArrayList<>();
		List<Object[]> nominations = new ArrayList<>();
		Map<Object, Integer> slots = new HashMap<>();
		for (Map<String, Object> city : cities) {
			long application = applicationOfCity.get(((Number) city.get("id")).longValue());
			for (Measurement m : measurements) {
				narratives.add(new Object[] { application, m.code().value(), narrative((String) city.get("name"), m) });
			}
			int slot = slots.merge(city.get("country_code"), 1, Integer::sum);
			nominations.add(new Object[] { application, cycleId, city.get("id"), city.get("country_code"), slot,
					"The National Commission endorses " + city.get("name") + " for its sustained work.", now, now });
			if (narratives.size() >= 2000) {
				insertNarratives(narratives);
			}
		}
		insertNarratives(narratives);
		this.jdbc.batchUpdate("insert into nomination (application_id, cycle_id, city_id, country_code, slot, "
				+ "endorsement, status, eligibility_reason, eligibility_decided_by, eligibility_decided_at, nominated_by, "
				+ "nominated_at) values (?, ?, ?, ?, ?, ?, 'ELIGIBLE', 'Meets every rule of the cycle.', 'bench', ?, "
				+ "'bench', ?)", nominations);
		return this.jdbc.queryForList("select id from nomination where cycle_id = ? order by id", Long.class, cycleId);
	}

	private void insertNarratives(List<Object[]> narratives) {
		this.jdbc.batchUpdate(
				"insert into application_narrative (application_id, measurement_code, body) values (?, ?, ?)",
				narratives);
		narratives.clear();
	}

	/** Five to eight sentences, about 700-1,200 characters, in a city's own words. */
	private String narrative(String city, Measurement measurement) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(OPENINGS[this.random.nextInt(OPENINGS.length)], city))
			.append(' ')
			.append(ACTIONS[this.random.nextInt(ACTIONS.length)])
			.append(", in direct response to \"")
			.append(measurement.name())
			.append("\". ");
		int sentences = 4 + this.random.nextInt(4);
		for (int i = 0; i < sentences; i++) {
			if (i % 2 == 0) {
				text.append("The city has also ").append(ACTIONS[this.random.nextInt(ACTIONS.length)]).append(". ");
			}
			else {
				text.append(EVIDENCE[this.random.nextInt(EVIDENCE.length)]).append(' ');
			}
		}
		return (text.length() > 2900) ? text.substring(0, 2900) : text.toString().trim();
	}

}
