package vn.dangvu.congress;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.dangvu.document.DocumentStatus;
import vn.dangvu.document.DocumentType;

/**
 * A document of a congress (numbered in the congress sequence by the document module when published).
 *
 * @param id the document
 * @param number its number and symbol, once published
 * @param type its type
 * @param title its title
 * @param status draft or published
 * @param issuedOn the day of issue
 */
public record CongressDocument(
        long id,
        @Nullable String number,
        DocumentType type,
        String title,
        DocumentStatus status,
        @Nullable LocalDate issuedOn) {}
