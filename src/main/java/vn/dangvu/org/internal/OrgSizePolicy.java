package vn.dangvu.org.internal;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.org.OrgSizeWarning;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.OrgMembership.MemberCounts;

/**
 * Size rules of party organisations (REGULATIONS §1.2). The counts are those of the unit's subtree (members are
 * registered in cells, so a đảng bộ cơ sở counts the members of its cells); exempted members count in the headcount.
 *
 * <ul>
 *   <li>Điều lệ Đảng Art 21 and Art 24: a grassroots organisation (chi bộ cơ sở, đảng bộ cơ sở) and a chi bộ under a
 *       đảng ủy cơ sở need at least 3 official members; with fewer, the direct superior assigns the members to a
 *       suitable organisation ({@code TOO_FEW_OFFICIAL}, warning).
 *   <li>Điều lệ Đảng Art 21: a grassroots organisation with 30 or more members is a đảng bộ cơ sở, so a chi bộ cơ sở
 *       that reaches 30 should become one ({@code SHOULD_BECOME_COMMITTEE}, warning).
 *   <li>Điều lệ Đảng Art 24(4): a chi bộ with 9 or more official members elects a chi ủy, and the secretary and deputy
 *       from it; below 9 it elects only the secretary (and a deputy if needed) ({@code ELECTS_CELL_COMMITTEE},
 *       information only).
 * </ul>
 */
final class OrgSizePolicy {

    static final int MIN_OFFICIAL = 3;
    static final int GRASSROOTS_COMMITTEE_FROM = 30;
    static final int CELL_COMMITTEE_FROM = 9;

    private OrgSizePolicy() {}

    /** The rules that apply to a unit of {@code kind} with these counts. */
    static List<OrgSizeWarning> warnings(long unitId, String unitName, OrgUnitKind kind, MemberCounts counts) {
        List<OrgSizeWarning> warnings = new ArrayList<>();
        boolean needsThree = kind == OrgUnitKind.CELL
                || kind == OrgUnitKind.GRASSROOTS_CELL
                || kind == OrgUnitKind.GRASSROOTS_COMMITTEE;
        if (needsThree && counts.official() < MIN_OFFICIAL) {
            warnings.add(new OrgSizeWarning(
                    unitId,
                    unitName,
                    "TOO_FEW_OFFICIAL",
                    "WARNING",
                    counts.official(),
                    MIN_OFFICIAL,
                    "Điều lệ Đảng, Điều 21, Điều 24"));
        }
        if (kind == OrgUnitKind.GRASSROOTS_CELL && counts.active() >= GRASSROOTS_COMMITTEE_FROM) {
            warnings.add(new OrgSizeWarning(
                    unitId,
                    unitName,
                    "SHOULD_BECOME_COMMITTEE",
                    "WARNING",
                    counts.active(),
                    GRASSROOTS_COMMITTEE_FROM,
                    "Điều lệ Đảng, Điều 21"));
        }
        if (kind.holdsMembers() && counts.official() >= CELL_COMMITTEE_FROM) {
            warnings.add(new OrgSizeWarning(
                    unitId,
                    unitName,
                    "ELECTS_CELL_COMMITTEE",
                    "INFO",
                    counts.official(),
                    CELL_COMMITTEE_FROM,
                    "Điều lệ Đảng, Điều 24 khoản 4"));
        }
        return warnings;
    }
}
