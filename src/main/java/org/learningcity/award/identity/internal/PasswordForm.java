package org.learningcity.award.identity.internal;

/**
 * A new password, typed twice; the current one too when people change their own.
 */
public class PasswordForm {

	private String currentPassword;

	private String newPassword;

	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	/** Whether the two entries of the new password differ. */
	boolean confirmationDiffers() {
		return this.newPassword != null && !this.newPassword.equals(this.confirmPassword);
	}

}
