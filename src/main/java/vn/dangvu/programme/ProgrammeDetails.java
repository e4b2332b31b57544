package vn.dangvu.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a programme says, as created or revised.
 *
 * @param issuingUnitId the issuing unit, when the programme is created (a unit in the caller's scope)
 * @param code the document number, {@code <số>-CTr/<cơ quan>} or {@code <số>-CTHĐ/<cơ quan>} (REGULATIONS §11.1,
 *     HD 36-HD/VPTW), e.g. {@code 01-CTr/TU}
 * @param title the title
 * @param periodFrom first day (usually the term's start)
 * @param periodTo last day (usually the term's end)
 * @param goals the general goals
 * @param committee the steering committee
 * @param documents linked documents
 * @param version the version last read, when the programme is revised
 */
public record ProgrammeDetails(
        @Nullable Long issuingUnitId,

        @NotBlank(message = "{programme.code.required}")
        @Pattern(regexp = CODE, message = "{programme.code.invalid}")
        @Nullable
        String code,

        @NotBlank(message = "{programme.title.required}") @Size(max = 500, message = "{programme.text.size}") @Nullable
        String title,

        @NotNull(message = "{programme.periodFrom.required}") @Nullable
        LocalDate periodFrom,

        @NotNull(message = "{programme.periodTo.required}") @Nullable
        LocalDate periodTo,

        @Nullable @Size(max = 8000, message = "{programme.text.size}")
        String goals,

        @Nullable @Valid @Size(max = 50, message = "{programme.list.size}")
        List<CommitteeSeat> committee,

        @Nullable @Valid @Size(max = 50, message = "{programme.list.size}")
        List<LinkedDocument> documents,

        @Nullable Long version) {

    /** The number and symbol of a programme: number, type CTr or CTHĐ, issuing body (REGULATIONS §11.1). */
    public static final String CODE = "^[0-9]{1,4}-(CTr|CTHĐ)/[A-ZĐ][A-ZĐ0-9]{0,11}$";

    public List<CommitteeSeat> committeeOrEmpty() {
        return committee == null ? List.of() : committee;
    }

    public List<LinkedDocument> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}
