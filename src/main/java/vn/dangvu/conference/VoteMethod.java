package vn.dangvu.conference;

/** How a resolution is voted on (REGULATIONS §9). */
public enum VoteMethod {
    /** Giơ tay. */
    SHOW_OF_HANDS,
    /** Giơ thẻ đảng viên. */
    PARTY_CARD,
    /** Bỏ phiếu kín. */
    SECRET_BALLOT
}
