package vn.dangvu.handbook;

import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.MyMeeting;

/**
 * What the handbook shows first: the member's card, the next meeting and what is new. One call, because half a
 * million members open it within the hour of the monthly cell meeting.
 *
 * @param card the card
 * @param nextMeeting the member's next meeting not yet ended (with its materials, their reply and check-in state), or
 *     {@code null}
 * @param unreadNotifications notifications not yet read
 * @param unreadDocuments published documents that reach the member and that they have not opened
 */
public record HandbookHome(
        HandbookCard card, @Nullable MyMeeting nextMeeting, long unreadNotifications, long unreadDocuments) {}
