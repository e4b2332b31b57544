package vn.dangvu.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A body's term work programme, planned against held as of a day.
 *
 * @param id the programme, or null when none has been set for the term yet
 * @param orgUnitId the unit
 * @param orgUnitName its name
 * @param body the body
 * @param termId the term
 * @param congressNumber the term's congress number ("khóa")
 * @param termStartsOn the term's first day
 * @param termEndsOn its planned end
 * @param asOf the day counted on
 * @param plannedRegular regular conferences planned in the term
 * @param expectedRegular of those, due by {@code asOf} (in proportion to the term elapsed)
 * @param heldRegular regular conferences held by {@code asOf}
 * @param heldThematic thematic conferences held
 * @param heldExtraordinary extraordinary conferences held
 * @param regularBehind whether fewer regular conferences were held than are due
 * @param resolutionsAdopted resolutions adopted in the term
 * @param items planned thematic conferences and resolutions with what fulfilled them
 * @param version optimistic-lock version
 */
public record ConferenceProgrammeView(
        @Nullable UUID id,
        long orgUnitId,
        String orgUnitName,
        ConferenceBody body,
        long termId,
        int congressNumber,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        LocalDate asOf,
        int plannedRegular,
        int expectedRegular,
        int heldRegular,
        int heldThematic,
        int heldExtraordinary,
        boolean regularBehind,
        int resolutionsAdopted,
        List<ConferenceProgrammeItem> items,
        long version) {

    /**
     * A planned thematic conference or resolution.
     *
     * @param id the item
     * @param kind thematic conference or thematic resolution
     * @param title its topic or title
     * @param plannedYear the year planned
     * @param plannedQuarter the quarter planned (1–4)
     * @param done whether a conference held or a resolution adopted fulfils it
     * @param doneBy the conference's title or the resolution's number
     * @param doneOn the day
     * @param behind whether its quarter has ended without it
     */
    public record ConferenceProgrammeItem(
            UUID id,
            ProgrammeItemKind kind,
            String title,
            int plannedYear,
            int plannedQuarter,
            boolean done,
            @Nullable String doneBy,
            @Nullable LocalDate doneOn,
            boolean behind) {}
}
