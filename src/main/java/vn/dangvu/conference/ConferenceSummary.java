package vn.dangvu.conference;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A conference in a list.
 *
 * @param id the conference
 * @param orgUnitId the unit whose body holds it
 * @param orgUnitName its name
 * @param body the body
 * @param kind regular, thematic, extraordinary or consultation
 * @param number its number within the body's term (none for a consultation)
 * @param title its title
 * @param heldOn the day it is held (a consultation's closing day)
 * @param opinions opinions recorded
 * @param adopted resolutions adopted
 */
public record ConferenceSummary(
        java.util.UUID id,
        long orgUnitId,
        String orgUnitName,
        ConferenceBody body,
        ConferenceKind kind,
        @Nullable Integer number,
        String title,
        LocalDate heldOn,
        long opinions,
        long adopted) {}
