package vn.dangvu.org;

/**
 * A size rule that applies to a unit (Điều lệ Đảng Art 21, Art 24(4)).
 *
 * @param unitId the unit the rule applies to
 * @param unitName its name
 * @param code the rule: {@code TOO_FEW_OFFICIAL}, {@code SHOULD_BECOME_COMMITTEE} or {@code ELECTS_CELL_COMMITTEE}
 * @param level {@code WARNING} when something should be done, {@code INFO} when it only informs
 * @param count the number the rule looked at (official or active members)
 * @param threshold the rule's threshold
 * @param source the regulation, e.g. "Điều lệ Đảng, Điều 21"
 */
public record OrgSizeWarning(
        long unitId, String unitName, String code, String level, long count, int threshold, String source) {}
