package org.learningcity.award.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.learningcity.award.identity.Role;

/**
 * A person's account: sign-in, roles and what the account is bound to. Updates write only
 * the changed columns, so that an edit by staff does not undo a failed sign-in counted at
 * the same moment.
 */
@Entity
@DynamicUpdate
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	private String language = "en";

	private boolean enabled = true;

	private int failedSignIns;

	private Instant lockedUntil;

	private String countryCode;

	private Long cityId;

	private String regionCode;

	private Integer maxLoad;

	private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_language", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "language")
	private Set<String> languages = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_expertise", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "area_code")
	private Set<String> expertise = new LinkedHashSet<>();

	protected Account() {
	}

	public Account(String username, String passwordHash, String displayName, String email) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * Counts a failed sign-in; locks the account for {@code lockout} once {@code max} is
	 * reached.
	 */
	public void recordFailedSignIn(int max, Duration lockout, Instant now) {
		this.failedSignIns++;
		if (this.failedSignIns >= max) {
			this.lockedUntil = now.plus(lockout);
			this.failedSignIns = 0;
		}
	}

	public void recordSuccessfulSignIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public void unlock() {
		this.lockedUntil = null;
		this.failedSignIns = 0;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
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

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedSignIns() {
		return this.failedSignIns;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public Integer getMaxLoad() {
		return this.maxLoad;
	}

	public void setMaxLoad(Integer maxLoad) {
		this.maxLoad = maxLoad;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When the account was created, to the microsecond that the database keeps. */
	void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Set<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(Set<String> languages) {
		this.languages = new LinkedHashSet<>(languages);
	}

	public Set<String> getExpertise() {
		return this.expertise;
	}

	public void setExpertise(Set<String> expertise) {
		this.expertise = new LinkedHashSet<>(expertise);
	}

}
