package vn.dangvu.inspection;

/** How a denunciation reached the commission. */
public enum DenunciationChannel {
    /** By post. */
    MAIL,
    /** Handed in person. */
    IN_PERSON,
    /** Transferred by another body (a committee, a State agency, the reception office). */
    TRANSFERRED,
    /** Through an online form or e-mail. */
    ONLINE
}
