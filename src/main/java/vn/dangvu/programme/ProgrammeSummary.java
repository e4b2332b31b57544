package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A programme in a list, with its counts as of today.
 *
 * @param id programme id
 * @param code document number, e.g. 01-CTr/TU
 * @param title title
 * @param issuingUnitId issuing unit
 * @param issuingUnitName its name
 * @param parentProgrammeId the programme this one adopts, if any
 * @param periodFrom first day
 * @param periodTo last day
 * @param indicators number of indicators
 * @param tasks number of tasks
 */
public record ProgrammeSummary(
        UUID id,
        String code,
        String title,
        long issuingUnitId,
        String issuingUnitName,
        @Nullable UUID parentProgrammeId,
        LocalDate periodFrom,
        LocalDate periodTo,
        int indicators,
        int tasks) {}
