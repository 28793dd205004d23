package org.learningcity.award.identity;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Accounts and places for the identity tests. Accounts are created through the
 * {@link AccountService} (as {@code staff}) with names starting {@value #PREFIX} and
 * removed again after each test, so that other modules' tests sharing the Spring context
 * never see them. Places are taken from the demo data when there are some; only a bare
 * database gets test rows (codes no real country uses).
 */
public final class TestAccounts {

	public static final String PREFIX = "zz-test-";

	public static final String PASSWORD = "correct-horse-battery";

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final IdentityService camunda;

	public TestAccounts(AccountService accounts, JdbcClient jdbc, UserDetailsService users, IdentityService camunda) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.users = users;
		this.camunda = camunda;
	}

	/** Runs {@code work} signed in as {@code username}, then signs out again. */
	public <T> T as(String username, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details(username), null,
				details(username).getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
			TestSecurityContextHolder.clearContext();
		}
	}

	public UserDetails details(String username) {
		return this.users.loadUserByUsername(username);
	}

	/** Creates {@value #PREFIX}{@code name} with the profile and {@link #PASSWORD}. */
	public AccountView create(String name, AccountProfile profile) {
		return as("staff", () -> this.accounts.create(PREFIX + name, profile, PASSWORD));
	}

	public AccountView expert(String name) {
		return create(name, expertProfile());
	}

	public AccountProfile expertProfile() {
		return profile(Set.of(Role.EXPERT), country(), null, null, Set.of("en", "fr"), Set.of(expertiseArea()), 5);
	}

	public AccountProfile natcomProfile() {
		return profile(Set.of(Role.NATCOM), country(), null, null, Set.of(), Set.of(), null);
	}

	public AccountProfile cityProfile() {
		return profile(Set.of(Role.CITY), null, city(), null, Set.of(), Set.of(), null);
	}

	public AccountProfile juryProfile() {
		return profile(Set.of(Role.JURY), country(), null, region(), Set.of(), Set.of(), null);
	}

	public AccountProfile staffProfile() {
		return profile(Set.of(Role.UIL_STAFF), null, null, null, Set.of(), Set.of(), null);
	}

	public static AccountProfile profile(Set<Role> roles, String countryCode, Long cityId, String regionCode,
			Set<String> languages, Set<String> expertise, Integer maxLoad) {
		return new AccountProfile("Test Person", "test.person@example.org", "en", roles, countryCode, cityId,
				regionCode, languages, expertise, maxLoad);
	}

	/** Removes every test account, here and in Camunda's identity service. */
	public void deleteAll() {
		List<String> names = this.jdbc.sql("select username from account where username like ?")
			.param(PREFIX + "%")
			.query(String.class)
			.list();
		for (String name : names) {
			if (this.camunda.createUserQuery().userId(name).count() > 0) {
				this.camunda.deleteUser(name);
			}
		}
		this.jdbc.sql("delete from account where username like ?").param(PREFIX + "%").update();
	}

	public String region() {
		return this.jdbc.sql("select code from region order by sort_order, code fetch first 1 rows only")
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				this.jdbc.sql("insert into region (code, name, sort_order) values ('ZZ_TEST', 'Test region', 99)")
					.update();
				return "ZZ_TEST";
			});
	}

	/** A country with a city. */
	public String country() {
		return this.jdbc.sql("select country_code from city order by id fetch first 1 rows only")
			.query(String.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("select country_code from city where id = ?")
				.param(city())
				.query(String.class)
				.single());
	}

	/** A country other than {@link #country()}. */
	public String otherCountry() {
		String first = country();
		return this.jdbc.sql("select code from country where code <> ? order by code fetch first 1 rows only")
			.param(first)
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				this.jdbc.sql("insert into country (code, name, region_code) values ('XB', 'Testland B', ?)")
					.param(region())
					.update();
				return "XB";
			});
	}

	public long city() {
		return this.jdbc.sql("select id from city order by id fetch first 1 rows only")
			.query(Long.class)
			.optional()
			.orElseGet(() -> {
				if (this.jdbc.sql("select count(*) from country where code = 'XA'")
					.query(Integer.class)
					.single() == 0) {
					this.jdbc.sql("insert into country (code, name, region_code) values ('XA', 'Testland', ?)")
						.param(region())
						.update();
				}
				this.jdbc
					.sql("insert into city (name, slug, country_code, member_since) "
							+ "values ('Testville', 'zz-testville', 'XA', date '2015-01-01')")
					.update();
				return this.jdbc.sql("select id from city where slug = 'zz-testville'").query(Long.class).single();
			});
	}

	/** An area of focus (or area) of the catalogue. */
	public String expertiseArea() {
		return this.jdbc
			.sql("select code from (select code from catalog_focus union select code from catalog_area) known "
					+ "order by code fetch first 1 rows only")
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				this.jdbc.sql("insert into catalog_area (code, title, sort_order) values ('9', 'Test area', 99)")
					.update();
				return "9";
			});
	}

}
