package org.learningcity.award.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditEvent;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityService camunda;

	TestAccounts test;

	@BeforeEach
	void setUp() {
		this.test = new TestAccounts(this.accounts, this.jdbc, this.users, this.camunda);
	}

	@AfterEach
	void removeTestAccounts() {
		this.test.deleteAll();
	}

	@Test
	void expertIsCreatedWithEveryBindingAndTheCreationIsAudited() {
		AccountView expert = this.test.expert("expert");

		assertThat(expert.username()).isEqualTo(TestAccounts.PREFIX + "expert");
		assertThat(expert.roles()).containsExactly(Role.EXPERT);
		assertThat(expert.countryCode()).isEqualTo(this.test.country());
		assertThat(expert.languages()).containsExactly("en", "fr");
		assertThat(expert.expertise()).containsExactly(this.test.expertiseArea());
		assertThat(expert.maxLoad()).isEqualTo(5);
		assertThat(expert.enabled()).isTrue();
		assertThat(this.accounts.findByUsername(expert.username())).contains(expert);

		List<AuditEvent> events = this.audit.of("ACCOUNT", String.valueOf(expert.id()));
		assertThat(events).extracting(AuditEvent::action).containsExactly("ACCOUNT_CREATED");
		assertThat(events.get(0).actor()).isEqualTo("staff");
		assertThat(events.get(0).detail()).contains(expert.username()).contains("EXPERT");
	}

	@Test
	void passwordIsStoredHashedAndNeverWrittenToTheAuditTrail() {
		AccountView expert = this.test.expert("hashed");
		this.test.as("staff", () -> {
			this.accounts.resetPassword(expert.id(), "another-long-secret");
			return null;
		});

		String hash = storedHash(expert.username());
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches("another-long-secret", hash)).isTrue();
		assertThat(this.audit.of("ACCOUNT", String.valueOf(expert.id()))).extracting(AuditEvent::action)
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_PASSWORD_RESET")
			.allSatisfy(action -> assertThat(action).isNotNull());
		assertThat(this.audit.of("ACCOUNT", String.valueOf(expert.id()))).extracting(AuditEvent::detail)
			.noneMatch(detail -> detail != null && (detail.contains(TestAccounts.PASSWORD)
					|| detail.contains("another-long-secret") || detail.contains("bcrypt")));
	}

	@Test
	void usernameMustBeThreeToEightyLowerCaseLettersDigitsOrHyphens() {
		for (String bad : List.of("Zz-Test-Upper", "zz", "zz_test_underscore", "zz test space", "zz-tést",
				"z".repeat(81))) {
			assertThat(fieldsRefused(bad, this.test.natcomProfile(), TestAccounts.PASSWORD)).as(bad)
				.containsExactly("username");
		}
		assertThat(fieldsRefused("", this.test.natcomProfile(), TestAccounts.PASSWORD)).containsExactly("username");
	}

	@Test
	void usernameMustBeUnique() {
		assertThat(fieldsRefused("staff", this.test.natcomProfile(), TestAccounts.PASSWORD))
			.containsExactly("username");
	}

	@Test
	void nameEmailAndAtLeastOneRoleAreRequired() {
		AccountProfile empty = new AccountProfile(" ", "not-an-address", "de", Set.of(), null, null, null, null, null,
				null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "empty", empty, TestAccounts.PASSWORD))
			.containsExactlyInAnyOrder("displayName", "email", "language", "roles");
	}

	@Test
	void nationalCommissionNeedsAKnownCountry() {
		AccountProfile none = TestAccounts.profile(Set.of(Role.NATCOM), null, null, null, Set.of(), Set.of(), null);
		AccountProfile unknown = TestAccounts.profile(Set.of(Role.NATCOM), "QQ", null, null, Set.of(), Set.of(), null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "natcom", none, TestAccounts.PASSWORD))
			.containsExactly("countryCode");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "natcom", unknown, TestAccounts.PASSWORD))
			.containsExactly("countryCode");
	}

	@Test
	void countryCodeIsMatchedWithoutRegardToCase() {
		String code = this.test.country();
		String typed = code.equals(code.toUpperCase()) ? code.toLowerCase() : code.toUpperCase();
		AccountView natcom = this.test.create("natcom",
				TestAccounts.profile(Set.of(Role.NATCOM), typed, null, null, Set.of(), Set.of(), null));
		assertThat(natcom.countryCode()).isEqualTo(code);
	}

	@Test
	void cityCoordinatorNeedsAKnownCityAndGetsItsCountry() {
		AccountProfile none = TestAccounts.profile(Set.of(Role.CITY), null, null, null, Set.of(), Set.of(), null);
		AccountProfile unknown = TestAccounts.profile(Set.of(Role.CITY), null, 987654321L, null, Set.of(), Set.of(),
				null);
		AccountProfile elsewhere = TestAccounts.profile(Set.of(Role.CITY), this.test.otherCountry(), this.test.city(),
				null, Set.of(), Set.of(), null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "city", none, TestAccounts.PASSWORD)).containsExactly("cityId");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "city", unknown, TestAccounts.PASSWORD))
			.containsExactly("cityId");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "city", elsewhere, TestAccounts.PASSWORD))
			.containsExactly("cityId");

		AccountView city = this.test.create("city", this.test.cityProfile());
		assertThat(city.cityId()).isEqualTo(this.test.city());
		assertThat(city.countryCode()).isEqualTo(this.test.country());
	}

	@Test
	void expertNeedsCountryLanguagesExpertiseAndALoadFromOneToFifty() {
		AccountProfile bare = TestAccounts.profile(Set.of(Role.EXPERT), null, null, null, Set.of(), Set.of(), null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "expert", bare, TestAccounts.PASSWORD))
			.containsExactlyInAnyOrder("countryCode", "languages", "expertise", "maxLoad");

		String country = this.test.country();
		String area = this.test.expertiseArea();
		for (int load : List.of(0, 51, -3)) {
			AccountProfile wrongLoad = TestAccounts.profile(Set.of(Role.EXPERT), country, null, null, Set.of("en"),
					Set.of(area), load);
			assertThat(fieldsRefused(TestAccounts.PREFIX + "expert", wrongLoad, TestAccounts.PASSWORD))
				.as("load " + load)
				.containsExactly("maxLoad");
		}
		AccountProfile unknownCodes = TestAccounts.profile(Set.of(Role.EXPERT), country, null, null, Set.of("xx"),
				Set.of("7.7.7"), 50);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "expert", unknownCodes, TestAccounts.PASSWORD))
			.containsExactlyInAnyOrder("languages", "expertise");

		AccountView busiest = this.test.create("expert",
				TestAccounts.profile(Set.of(Role.EXPERT), country, null, null, Set.of("ES", " en "), Set.of(area), 50));
		assertThat(busiest.maxLoad()).isEqualTo(50);
		assertThat(busiest.languages()).containsExactly("en", "es");
	}

	@Test
	void jurorNeedsCountryAndRegion() {
		AccountProfile bare = TestAccounts.profile(Set.of(Role.JURY), null, null, null, Set.of(), Set.of(), null);
		AccountProfile unknownRegion = TestAccounts.profile(Set.of(Role.JURY), this.test.country(), null, "ATLANTIS",
				Set.of(), Set.of(), null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "juror", bare, TestAccounts.PASSWORD))
			.containsExactlyInAnyOrder("countryCode", "regionCode");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "juror", unknownRegion, TestAccounts.PASSWORD))
			.containsExactly("regionCode");

		AccountView juror = this.test.create("juror", this.test.juryProfile());
		assertThat(juror.regionCode()).isEqualTo(this.test.region());
		assertThat(this.accounts.jurors()).extracting(AccountView::username).contains(juror.username());
	}

	@Test
	void bindingsThatNoRoleUsesAreDropped() {
		AccountProfile staffWithExtras = TestAccounts.profile(Set.of(Role.UIL_STAFF), null, this.test.city(),
				this.test.region(), Set.of(), Set.of(this.test.expertiseArea()), 7);
		AccountView staff = this.test.create("staff", staffWithExtras);
		assertThat(staff.cityId()).isNull();
		assertThat(staff.regionCode()).isNull();
		assertThat(staff.expertise()).isEmpty();
		assertThat(staff.maxLoad()).isNull();
	}

	@Test
	void passwordMustBeLongEnoughAndNotTheUsername() {
		assertThat(fieldsRefused(TestAccounts.PREFIX + "short", this.test.natcomProfile(), "abc"))
			.containsExactly("password");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "short", this.test.natcomProfile(), null))
			.containsExactly("password");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "same-as-name", this.test.natcomProfile(),
				TestAccounts.PREFIX + "same-as-name"))
			.containsExactly("password");
		assertThat(fieldsRefused(TestAccounts.PREFIX + "too-long", this.test.natcomProfile(), "é".repeat(40)))
			.containsExactly("password");
	}

	@Test
	void editChangesRolesAndBindingsAndAuditsWhatChanged() {
		AccountView expert = this.test.expert("edited");
		AccountProfile both = new AccountProfile("Renamed Person", expert.email(), "fr",
				EnumSet.of(Role.EXPERT, Role.JURY), expert.countryCode(), null, this.test.region(), expert.languages(),
				expert.expertise(), 12);

		AccountView edited = this.test.as("staff", () -> this.accounts.update(expert.id(), both));

		assertThat(edited.roles()).containsExactly(Role.EXPERT, Role.JURY);
		assertThat(edited.maxLoad()).isEqualTo(12);
		assertThat(edited.language()).isEqualTo("fr");
		assertThat(this.accounts.get(expert.id())).isEqualTo(edited);
		AuditEvent event = this.audit.of("ACCOUNT", String.valueOf(expert.id())).get(1);
		assertThat(event.action()).isEqualTo("ACCOUNT_UPDATED");
		assertThat(event.detail()).contains("roles: [EXPERT] -> [EXPERT, JURY]")
			.contains("max load: 5 -> 12")
			.contains("name: Test Person -> Renamed Person")
			.doesNotContain("email");
	}

	@Test
	void disablingEnablingAndUnlockingAreAudited() {
		AccountView expert = this.test.expert("toggled");
		this.test.as("staff", () -> {
			assertThat(this.accounts.setEnabled(expert.id(), false).enabled()).isFalse();
			assertThat(this.accounts.setEnabled(expert.id(), true).enabled()).isTrue();
			this.jdbc.sql("update account set failed_sign_ins = 3 where id = ?").param(expert.id()).update();
			assertThat(this.accounts.unlock(expert.id()).failedSignIns()).isZero();
			return null;
		});
		assertThat(this.audit.of("ACCOUNT", String.valueOf(expert.id()))).extracting(AuditEvent::action)
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ACCOUNT_UNLOCKED");
	}

	@Test
	void staffCannotDisableThemselvesNorGrantTheAdministratorRole() {
		long staffId = this.accounts.findByUsername("staff").orElseThrow().id();
		assertThatThrownBy(() -> this.test.as("staff", () -> this.accounts.setEnabled(staffId, false)))
			.isInstanceOf(RuleViolationException.class);

		AccountProfile admin = TestAccounts.profile(Set.of(Role.ADMIN), null, null, null, Set.of(), Set.of(), null);
		assertThat(fieldsRefused(TestAccounts.PREFIX + "admin", admin, TestAccounts.PASSWORD)).containsExactly("roles");
		long adminId = this.accounts.findByUsername("admin").orElseThrow().id();
		assertThatThrownBy(() -> this.test.as("staff", () -> this.accounts.update(adminId, this.test.staffProfile())))
			.isInstanceOf(AccessDeniedException.class);

		AccountView created = this.test.as("admin",
				() -> this.accounts.create(TestAccounts.PREFIX + "admin", admin, TestAccounts.PASSWORD));
		assertThat(created.roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void onlyStaffManageAccounts() {
		AccountView expert = this.test.expert("not-staff");
		assertThatThrownBy(() -> this.test.as(expert.username(), () -> this.accounts
			.create(TestAccounts.PREFIX + "by-expert", this.test.natcomProfile(), TestAccounts.PASSWORD)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.setEnabled(expert.id(), false))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void expertsListsOnlyEnabledExpertsWithTheirProfile() {
		AccountView active = this.test.expert("active");
		AccountView retired = this.test.expert("retired");
		this.test.as("staff", () -> this.accounts.setEnabled(retired.id(), false));

		assertThat(this.accounts.experts()).extracting(AccountView::username)
			.contains(active.username())
			.doesNotContain(retired.username());
		assertThat(this.accounts.withRole(Role.EXPERT)).extracting(AccountView::username)
			.contains(active.username(), retired.username());
		assertThat(this.accounts.search(null, "ACTIVE")).extracting(AccountView::username)
			.containsExactly(active.username());
		assertThat(this.accounts.search(Role.JURY, "active")).isEmpty();
	}

	@Test
	void peopleChangeTheirOwnProfileAndPasswordOnlyWithTheCurrentPassword() {
		AccountView expert = this.test.expert("self");
		this.test.as(expert.username(), () -> {
			AccountView changed = this.accounts.updateOwnProfile("Myself", "me@example.org", "fr");
			assertThat(changed.language()).isEqualTo("fr");
			InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class,
					() -> this.accounts.changeOwnPassword("not-my-password", "a-brand-new-secret"));
			assertThat(wrong.getErrors()).extracting(InvalidInputException.FieldError::field)
				.containsExactly("currentPassword");
			this.accounts.changeOwnPassword(TestAccounts.PASSWORD, "a-brand-new-secret");
			return null;
		});
		assertThat(this.passwordEncoder.matches("a-brand-new-secret", storedHash(expert.username()))).isTrue();
		assertThat(this.audit.of("ACCOUNT", String.valueOf(expert.id()))).extracting(AuditEvent::action)
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_PROFILE_UPDATED", "ACCOUNT_PASSWORD_CHANGED");
	}

	@Test
	void staffAccountsAreMirroredIntoCamundaWhileTheyMayUseItsWebapps() {
		AccountView staff = this.test.create("camunda", this.test.staffProfile());
		assertThat(this.camunda.createUserQuery().userId(staff.username()).count()).isOne();
		this.test.as("staff", () -> this.accounts.setEnabled(staff.id(), false));
		assertThat(this.camunda.createUserQuery().userId(staff.username()).count()).isZero();
	}

	private List<String> fieldsRefused(String username, AccountProfile profile, String password) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.test.as("staff", () -> this.accounts.create(username, profile, password)));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.getErrors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
		return refused.getErrors().stream().map(InvalidInputException.FieldError::field).toList();
	}

	private String storedHash(String username) {
		return this.jdbc.sql("select password_hash from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

}
