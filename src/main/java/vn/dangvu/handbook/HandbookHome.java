package vn.dangvu.handbook;

/**
 * What the handbook shows first: the member's card and what is new. One call, because half a million members open
 * it within the hour of the monthly cell meeting.
 *
 * @param card the card
 * @param unreadNotifications notifications not yet read
 */
public record HandbookHome(HandbookCard card, long unreadNotifications) {}
