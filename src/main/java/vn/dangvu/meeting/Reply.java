package vn.dangvu.meeting;

/** An invited person's reply. */
public enum Reply {
    ATTENDING,
    ABSENT
}
