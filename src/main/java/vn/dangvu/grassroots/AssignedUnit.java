package vn.dangvu.grassroots;

/**
 * A unit a committee member is assigned to follow (đơn vị được phân công theo dõi).
 *
 * @param id the unit
 * @param name its name
 */
public record AssignedUnit(long id, String name) {}
