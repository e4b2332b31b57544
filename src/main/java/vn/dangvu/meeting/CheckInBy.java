package vn.dangvu.meeting;

/** Who recorded a check-in: the member from the handbook, the secretary, the secretary scanning the party card. */
public enum CheckInBy {
    SELF,
    SECRETARY,
    CARD
}
