package vn.dangvu.member;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A document of a member's file (metadata; the content is downloaded apart).
 *
 * @param id document id
 * @param memberId whose file
 * @param kind which document
 * @param title title as filed
 * @param fileName original file name
 * @param contentType PDF, JPEG or PNG, decided by content
 * @param sizeBytes size
 * @param sha256 content hash
 * @param eventId the lifecycle step it documents, if any
 * @param uploadedAt when filed
 * @param uploadedBy who filed it
 * @param withdrawnAt when withdrawn ({@code null} while it stands)
 * @param withdrawnBy who withdrew it
 * @param withdrawnReason why
 */
public record MemberDocument(
        UUID id,
        UUID memberId,
        MemberDocumentKind kind,
        String title,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable Long eventId,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable String withdrawnReason) {}
