package vn.dangvu.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a document staff write (create or update a draft, register an incoming document).
 *
 * @param orgUnitId the issuing unit (or the unit registering an incoming document)
 * @param type the type
 * @param issuerCode the issuing body's suffix, upper-case letters, e.g. {@code TU}, {@code ĐU}
 * @param congress whether it is a congress document
 * @param incomingNumber for an incoming document, the number and symbol it already has, e.g. {@code 57-NQ/TW}
 * @param title title
 * @param summary summary
 * @param signer signer
 * @param issuedOn date of issue (an incoming document's; a published one's defaults to the day of publication)
 * @param effectiveOn date it takes effect
 * @param confidentiality confidentiality level
 * @param scope distribution scope
 * @param links earlier documents it replaces or amends
 */
public record DraftDocument(
        long orgUnitId,
        DocumentType type,
        String issuerCode,
        boolean congress,
        @Nullable String incomingNumber,
        String title,
        @Nullable String summary,
        @Nullable String signer,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate effectiveOn,
        Confidentiality confidentiality,
        List<DocumentScope> scope,
        List<Link> links) {

    public DraftDocument {
        scope = List.copyOf(scope);
        links = List.copyOf(links);
    }

    /**
     * A link to an earlier document.
     *
     * @param kind replaces or amends
     * @param targetId the earlier document
     */
    public record Link(LinkKind kind, long targetId) {}
}
