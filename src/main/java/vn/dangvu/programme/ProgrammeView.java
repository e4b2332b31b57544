package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A programme with its indicator and task boards as of a day.
 *
 * @param id programme id
 * @param code document number
 * @param title title
 * @param issuingUnitId issuing unit
 * @param issuingUnitName its name
 * @param parentProgrammeId the programme this one adopts
 * @param parentCode that programme's code
 * @param periodFrom first day
 * @param periodTo last day
 * @param goals the goals
 * @param asOf the day the statuses are computed for
 * @param canEdit whether the caller may change the programme (staff over the issuing unit)
 * @param committee the steering committee
 * @param documents linked documents
 * @param indicators the indicators
 * @param tasks the tasks
 * @param children the programmes adopting this one, visible to the caller
 * @param version optimistic-lock version
 */
public record ProgrammeView(
        UUID id,
        String code,
        String title,
        long issuingUnitId,
        String issuingUnitName,
        @Nullable UUID parentProgrammeId,
        @Nullable String parentCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        @Nullable String goals,
        LocalDate asOf,
        boolean canEdit,
        List<CommitteeSeat> committee,
        List<LinkedDocument> documents,
        List<IndicatorView> indicators,
        List<TaskView> tasks,
        List<ProgrammeSummary> children,
        long version) {}
