package org.learningcity.award.nomination.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachment files on disk, under {@code award.attachments.dir} (outside the web
 * root), each under a generated name. Writes and deletions follow the database
 * transaction: a file written in a transaction that rolls back is removed again, a file
 * is deleted only once the removal of its row is committed.
 */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentStore {

	private static final Log logger = LogFactory.getLog(AttachmentStore.class);

	private final AttachmentProperties properties;

	AttachmentStore(AttachmentProperties properties) {
		this.properties = properties;
	}

	AttachmentProperties properties() {
		return this.properties;
	}

	/** A new generated name for a file. */
	static String newName() {
		return UUID.randomUUID() + ".pdf";
	}

	/** The folder of the files, made absolute. */
	Path dir() {
		return this.properties.dir().toAbsolutePath().normalize();
	}

	/**
	 * Writes the file under the name (inside the current transaction: removed again if it
	 * rolls back).
	 */
	void write(String storedName, byte[] content) {
		Path target = resolve(storedName);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			try {
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the attachment " + storedName, ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(storedName);
					}
				}
			});
		}
	}

	/** Deletes the file once the current transaction commits (at once without one). */
	void deleteAfterCommit(String storedName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete(storedName);
				}
			});
		}
		else {
			delete(storedName);
		}
	}

	/** The file's content. */
	byte[] read(String storedName) {
		try {
			return Files.readAllBytes(resolve(storedName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the attachment " + storedName, ex);
		}
	}

	/** Where the file is (for tests and downloads). */
	Path path(String storedName) {
		return resolve(storedName);
	}

	private void delete(String storedName) {
		try {
			Files.deleteIfExists(resolve(storedName));
		}
		catch (IOException ex) {
			logger.warn("Could not delete the attachment " + storedName + ": " + ex.getMessage());
		}
	}

	private Path resolve(String storedName) {
		Path dir = dir();
		Path target = dir.resolve(storedName).normalize();
		if (!target.getParent().equals(dir)) {
			throw new IllegalArgumentException("Not a stored attachment name: " + storedName);
		}
		return target;
	}

}
