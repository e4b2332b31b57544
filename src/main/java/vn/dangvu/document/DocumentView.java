package vn.dangvu.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document with everything the detail page shows.
 *
 * @param id document id
 * @param number number and symbol, {@code null} for a draft
 * @param type the type
 * @param issuerCode the issuing body's suffix in the symbol, e.g. {@code TU}
 * @param congress whether it is a congress document (one shared sequence)
 * @param incoming whether it was registered with the number another body gave it
 * @param orgUnitId the issuing (or registering) unit
 * @param orgUnitName its name
 * @param title title
 * @param summary summary (trích yếu)
 * @param signer who signed
 * @param issuedOn date of issue
 * @param effectiveOn date it takes effect
 * @param confidentiality confidentiality level
 * @param status draft or published
 * @param publishedAt when published
 * @param scope distribution scope
 * @param links documents this one replaces or amends
 * @param linkedBy later documents replacing or amending this one
 * @param attachments attached files
 * @param bookmarked whether the caller bookmarked it
 * @param readAt when the calling member first opened it
 * @param acknowledgedAt when the calling member acknowledged it
 * @param manageable whether the caller may edit, publish and attach
 * @param version optimistic-lock version
 */
public record DocumentView(
        long id,
        @Nullable String number,
        DocumentType type,
        String issuerCode,
        boolean congress,
        boolean incoming,
        long orgUnitId,
        String orgUnitName,
        String title,
        @Nullable String summary,
        @Nullable String signer,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate effectiveOn,
        Confidentiality confidentiality,
        DocumentStatus status,
        @Nullable Instant publishedAt,
        List<DocumentScope> scope,
        List<DocumentLink> links,
        List<DocumentLink> linkedBy,
        List<DocumentAttachment> attachments,
        boolean bookmarked,
        @Nullable Instant readAt,
        @Nullable Instant acknowledgedAt,
        boolean manageable,
        long version) {}
