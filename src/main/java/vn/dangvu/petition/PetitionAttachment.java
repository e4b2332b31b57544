package vn.dangvu.petition;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of a petition: the petition itself and its enclosures, or the reply.
 *
 * @param id the attachment
 * @param purpose {@code PETITION} or {@code REPLY}
 * @param fileName the file name
 * @param contentType its media type
 * @param size its size in bytes
 * @param uploadedAt when it was uploaded
 * @param uploadedBy who uploaded it
 */
public record PetitionAttachment(
        UUID id,
        String purpose,
        String fileName,
        String contentType,
        long size,
        Instant uploadedAt,
        String uploadedBy) {}
