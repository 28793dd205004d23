package org.learningcity.award.nomination;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A PDF attached to an application. The file itself is stored under a generated name
 * outside the web root; {@code filename} is the city's name for it, made safe for
 * display.
 *
 * @param id the attachment (a string in JSON)
 * @param filename the original file name, sanitized
 * @param bytes its size
 * @param uploadedAt when it was attached
 */
public record AttachmentView(@JsonSerialize(using = ToStringSerializer.class) long id, String filename, long bytes,
		Instant uploadedAt) {
}
