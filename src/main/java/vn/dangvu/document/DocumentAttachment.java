package vn.dangvu.document;

import java.time.Instant;

/**
 * A file attached to a document.
 *
 * @param id attachment id
 * @param fileName the file's name
 * @param contentType {@code application/pdf} or the DOCX type, from the content's magic bytes
 * @param size bytes
 * @param sha256 digest in the file store
 * @param createdAt when attached
 */
public record DocumentAttachment(
        long id, String fileName, String contentType, long size, String sha256, Instant createdAt) {}
