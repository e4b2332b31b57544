package vn.dangvu.conference;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new conference.
 *
 * @param orgUnitId the unit whose body holds it
 * @param body the body
 * @param kind regular, thematic, extraordinary or consultation
 * @param heldOn the day (a consultation's closing day)
 * @param place where
 * @param topic a thematic conference's topic
 * @param title a consultation's title (a numbered conference's is built)
 * @param programmeItemId the planned thematic conference of the term programme it fulfils
 */
public record PlanConference(
        long orgUnitId,
        ConferenceBody body,
        ConferenceKind kind,
        LocalDate heldOn,
        @Nullable String place,
        @Nullable String topic,
        @Nullable String title,
        @Nullable UUID programmeItemId) {}
