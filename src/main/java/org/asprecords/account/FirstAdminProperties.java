package org.asprecords.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The password of the first admin ({@code portal.admin-password}, from the environment
 * variable {@code PORTAL_ADMIN_PASSWORD}), used only when no enabled admin exists.
 *
 * @param adminPassword the password, or blank to have one generated
 */
@ConfigurationProperties("portal")
public record FirstAdminProperties(String adminPassword) {

	boolean configured() {
		return this.adminPassword != null && !this.adminPassword.isBlank();
	}

	@Override
	public String toString() {
		return "FirstAdminProperties[adminPassword=" + (configured() ? "(set)" : "(unset)") + "]";
	}

}
