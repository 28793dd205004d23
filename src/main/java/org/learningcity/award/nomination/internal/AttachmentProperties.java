package org.learningcity.award.nomination.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where and how attachments are kept ({@code award.attachments.*}).
 *
 * @param dir the folder of the files, outside the web root (default
 * {@code ./data/attachments})
 * @param maxSize the largest file accepted (default 10 MB)
 * @param maxPerApplication the most files one application may have (default 10)
 */
@ConfigurationProperties("award.attachments")
record AttachmentProperties(@DefaultValue("./data/attachments") Path dir, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("10") int maxPerApplication) {
}
