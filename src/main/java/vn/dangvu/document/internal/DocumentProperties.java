package vn.dangvu.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document library settings (see docs/architecture.md).
 *
 * @param maxAttachmentSize the largest attachment accepted
 * @param maxExtractedChars how much of an attachment's text is kept for search
 * @param recentLimit the most documents {@code Documents.recentFor} answers
 */
@ConfigurationProperties("dangvu.documents")
public record DocumentProperties(
        @DefaultValue("20MB") DataSize maxAttachmentSize,
        @DefaultValue("200000") int maxExtractedChars,
        @DefaultValue("50") int recentLimit) {}
