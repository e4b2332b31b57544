package vn.dangvu.congress;

/** The credentials committee's finding on a delegate (Ban Thẩm tra tư cách đại biểu). */
public enum CredentialStatus {
    /** Not yet reviewed. */
    PENDING,
    /** Qualified. */
    ACCEPTED,
    /** Not qualified, with the reason recorded. */
    REJECTED
}
