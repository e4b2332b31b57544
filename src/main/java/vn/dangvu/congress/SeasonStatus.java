package vn.dangvu.congress;

/** Where an organisation stands in a congress season (rules in the season progress policy). */
public enum SeasonStatus {
    HELD,
    PLANNED,
    NOT_PLANNED,
    OVERDUE
}
