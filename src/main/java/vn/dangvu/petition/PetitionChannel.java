package vn.dangvu.petition;

/** How a petition reached the unit. */
public enum PetitionChannel {
    /** Handed in on a citizen-reception day (tiếp công dân). */
    RECEPTION_DAY,
    /** By post (qua bưu điện). */
    MAIL,
    /** Through the online form (cổng trực tuyến). */
    ONLINE_FORM
}
