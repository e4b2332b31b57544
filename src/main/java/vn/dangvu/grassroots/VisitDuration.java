package vn.dangvu.grassroots;

/** How long a visit took: half a working day or a full one. */
public enum VisitDuration {
    HALF_DAY(0.5),
    FULL_DAY(1.0);

    private final double days;

    VisitDuration(double days) {
        this.days = days;
    }

    /** The working days the visit counts for. */
    public double days() {
        return days;
    }
}
