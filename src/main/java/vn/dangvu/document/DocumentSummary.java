package vn.dangvu.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the library.
 *
 * @param id document id
 * @param number number and symbol, e.g. {@code 03-CTr/TU}; {@code null} for a draft
 * @param type the type
 * @param title title
 * @param orgUnitId the issuing (or registering) unit
 * @param issuedOn date of issue
 * @param confidentiality confidentiality level
 * @param status draft or published
 * @param bookmarked whether the caller bookmarked it
 * @param read whether the calling member opened it ({@code false} for staff without a member record)
 * @param acknowledged whether the calling member acknowledged it
 * @param version optimistic-lock version
 */
public record DocumentSummary(
        long id,
        @Nullable String number,
        DocumentType type,
        String title,
        long orgUnitId,
        @Nullable LocalDate issuedOn,
        Confidentiality confidentiality,
        DocumentStatus status,
        boolean bookmarked,
        boolean read,
        boolean acknowledged,
        long version) {}
