package org.asprecords.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * Someone who may sign in to the admin area. The password is stored only as a hash that
 * names its algorithm ({@code {argon2}$argon2id$...}).
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	@Version
	private int version;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastSignInAt;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role) {
		this.username = normalize(username);
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
	}

	/**
	 * The stored form of a username as typed: lower-case, without surrounding blanks.
	 */
	static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	@PrePersist
	void onPersist() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	Role getRole() {
		return this.role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	int getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

}
