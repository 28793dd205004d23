package org.learningcity.award.identity.internal;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person: who they are, and their own profile and password. */
@RestController
@RequestMapping("/api/me")
class MeApiController {

	private final AccountService accounts;

	MeApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	Me me() {
		return Me.of(signedIn());
	}

	/** Changes the caller's name, email and preferred language. */
	@PutMapping
	Me updateProfile(@RequestBody ProfileRequest request) {
		AccountView account = this.accounts.updateOwnProfile(request.displayName(), request.email(),
				request.language());
		return new Me(account.username(), account.displayName(), roleNames(account.roles()), account.countryCode(),
				(account.cityId() != null) ? String.valueOf(account.cityId()) : null, account.regionCode(),
				account.language());
	}

	/** Changes the caller's password; the current one must be given. */
	@PostMapping("/password")
	ResponseEntity<Void> changePassword(@RequestBody PasswordRequest request) {
		this.accounts.changeOwnPassword(request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	private static List<String> roleNames(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}

	private static CurrentUser signedIn() {
		return Accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in with an account."));
	}

	/** {@code GET /api/me}: fields that are not set are left out; ids are strings. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(String username, String displayName, List<String> roles, String countryCode, String cityId,
			String regionCode, String language) {

		static Me of(CurrentUser user) {
			return new Me(user.username(), user.displayName(), roleNames(user.roles()), user.countryCode(),
					(user.cityId() != null) ? String.valueOf(user.cityId()) : null, user.regionCode(), user.language());
		}

	}

	record ProfileRequest(String displayName, String email, String language) {
	}

	record PasswordRequest(String currentPassword, String newPassword) {
	}

}
