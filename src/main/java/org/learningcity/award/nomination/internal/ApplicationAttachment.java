package org.learningcity.award.nomination.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.learningcity.award.nomination.AttachmentView;

/** A PDF attached to an application; the file is on disk under {@link #storedName}. */
@Entity
@Table(name = "application_attachment")
class ApplicationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long applicationId;

	@Column(nullable = false, unique = true, length = 80)
	private String storedName;

	@Column(nullable = false, length = 200)
	private String filename;

	@Column(nullable = false)
	private long bytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false)
	private Instant uploadedAt;

	@Column(nullable = false, length = 80)
	private String uploadedBy;

	protected ApplicationAttachment() {
	}

	ApplicationAttachment(long applicationId, String storedName, String filename, long bytes, String sha256,
			Instant uploadedAt, String uploadedBy) {
		this.applicationId = applicationId;
		this.storedName = storedName;
		this.filename = filename;
		this.bytes = bytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	Long getId() {
		return this.id;
	}

	long getApplicationId() {
		return this.applicationId;
	}

	String getStoredName() {
		return this.storedName;
	}

	String getFilename() {
		return this.filename;
	}

	AttachmentView toView() {
		return new AttachmentView(this.id, this.filename, this.bytes, this.uploadedAt);
	}

}
