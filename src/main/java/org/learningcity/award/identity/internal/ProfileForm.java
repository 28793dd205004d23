package org.learningcity.award.identity.internal;

import org.learningcity.award.identity.AccountView;

/** What people change on their own account: name, email and preferred language. */
public class ProfileForm {

	private String displayName;

	private String email;

	private String language;

	static ProfileForm of(AccountView account) {
		ProfileForm form = new ProfileForm();
		form.displayName = account.displayName();
		form.email = account.email();
		form.language = account.language();
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
