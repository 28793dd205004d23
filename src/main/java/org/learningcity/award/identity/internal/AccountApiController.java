package org.learningcity.award.identity.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.learningcity.award.identity.AccountProfile;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
import org.learningcity.award.support.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API twin of the account pages, for staff. */
@RestController
@RequestMapping("/api/accounts")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class AccountApiController {

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<AccountJson> list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q) {
		return this.accounts.search(role, q).stream().map(AccountJson::of).toList();
	}

	@GetMapping("/{id}")
	AccountJson get(@PathVariable String id) {
		return AccountJson.of(this.accounts.get(parseId(id)));
	}

	@PostMapping
	ResponseEntity<AccountJson> create(@RequestBody AccountRequest request) {
		AccountView created = this.accounts.create(request.username(), request.profile(), request.password());
		return ResponseEntity.created(URI.create("/api/accounts/" + created.id())).body(AccountJson.of(created));
	}

	@PutMapping("/{id}")
	AccountJson update(@PathVariable String id, @RequestBody AccountRequest request) {
		return AccountJson.of(this.accounts.update(parseId(id), request.profile()));
	}

	@PostMapping("/{id}/enable")
	AccountJson enable(@PathVariable String id) {
		return AccountJson.of(this.accounts.setEnabled(parseId(id), true));
	}

	@PostMapping("/{id}/disable")
	AccountJson disable(@PathVariable String id) {
		return AccountJson.of(this.accounts.setEnabled(parseId(id), false));
	}

	@PostMapping("/{id}/unlock")
	AccountJson unlock(@PathVariable String id) {
		return AccountJson.of(this.accounts.unlock(parseId(id)));
	}

	@PostMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String id, @RequestBody PasswordRequest request) {
		this.accounts.resetPassword(parseId(id), request.password());
		return ResponseEntity.noContent().build();
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Account", id);
		}
	}

	/** An account for staff; ids are strings, fields that are not set are left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AccountJson(String id, String username, String displayName, String email, String language, boolean enabled,
			List<String> roles, String countryCode, String cityId, String regionCode, Set<String> languages,
			Set<String> expertise, Integer maxLoad, int failedSignIns, Instant lockedUntil, Instant createdAt) {

		static AccountJson of(AccountView account) {
			return new AccountJson(String.valueOf(account.id()), account.username(), account.displayName(),
					account.email(), account.language(), account.enabled(),
					account.roles().stream().map(Role::name).sorted().toList(), account.countryCode(),
					(account.cityId() != null) ? String.valueOf(account.cityId()) : null, account.regionCode(),
					account.languages(), account.expertise(), account.maxLoad(), account.failedSignIns(),
					account.lockedUntil(), account.createdAt());
		}

	}

	/** Create ({@code username} and {@code password} needed) or change an account. */
	record AccountRequest(String username, String password, String displayName, String email, String language,
			Set<Role> roles, String countryCode, String cityId, String regionCode, Set<String> languages,
			Set<String> expertise, Integer maxLoad) {

		private static final long NO_SUCH_CITY = -1;

		AccountProfile profile() {
			return new AccountProfile(this.displayName, this.email, this.language, this.roles, this.countryCode,
					parseCityId(this.cityId), this.regionCode, this.languages, this.expertise, this.maxLoad);
		}

		private static Long parseCityId(String cityId) {
			if (cityId == null || cityId.isBlank()) {
				return null;
			}
			try {
				return Long.valueOf(cityId.trim());
			}
			catch (NumberFormatException ex) {
				// no city has this id: the service says so in the caller's language
				return NO_SUCH_CITY;
			}
		}

	}

	record PasswordRequest(String password) {
	}

}
