package vn.dangvu.org.internal;

import static vn.dangvu.org.OrgUnitKind.CELL;
import static vn.dangvu.org.OrgUnitKind.COMMUNE;
import static vn.dangvu.org.OrgUnitKind.GRASSROOTS_CELL;
import static vn.dangvu.org.OrgUnitKind.GRASSROOTS_COMMITTEE;
import static vn.dangvu.org.OrgUnitKind.PARTIAL_COMMITTEE;
import static vn.dangvu.org.OrgUnitKind.PARTY_GROUP;
import static vn.dangvu.org.OrgUnitKind.PROVINCIAL;
import static vn.dangvu.org.OrgUnitKind.SECTORAL;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.DomainException;

/**
 * Which kind of organisation may sit directly under which (REGULATIONS §1.1–1.2):
 *
 * <ul>
 *   <li>QĐ 294-QĐ/TW (2025): three levels — Central, province, commune; the district level is gone; the đảng bộ
 *       xã/phường and the sectoral đảng bộ under the provincial committee are the direct superiors of grassroots
 *       organisations; a special zone may itself be a grassroots organisation, so grassroots kinds may also sit
 *       directly under a provincial committee.
 *   <li>Điều lệ Đảng Art 21: a grassroots organisation is a chi bộ cơ sở (under 30 members, may have tổ đảng) or a
 *       đảng bộ cơ sở (30 or more, with chi bộ under its đảng ủy).
 *   <li>QĐ 29-QĐ/TW §19.3c (carried into later texts): a đảng ủy cơ sở may form đảng bộ bộ phận, whose cells it
 *       then runs.
 *   <li>Điều lệ Đảng Art 24: a large chi bộ may be divided into tổ đảng.
 * </ul>
 */
final class OrgNestingPolicy {

    private static final Map<OrgUnitKind, Set<OrgUnitKind>> CHILDREN = Map.of(
            OrgUnitKind.NATIONAL,
            EnumSet.of(PROVINCIAL),
            PROVINCIAL,
            EnumSet.of(COMMUNE, SECTORAL, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL),
            COMMUNE,
            EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL),
            SECTORAL,
            EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL),
            GRASSROOTS_COMMITTEE,
            EnumSet.of(PARTIAL_COMMITTEE, CELL),
            PARTIAL_COMMITTEE,
            EnumSet.of(CELL),
            GRASSROOTS_CELL,
            EnumSet.of(PARTY_GROUP),
            CELL,
            EnumSet.of(PARTY_GROUP),
            PARTY_GROUP,
            EnumSet.noneOf(OrgUnitKind.class));

    private OrgNestingPolicy() {}

    static boolean allows(OrgUnitKind parent, OrgUnitKind child) {
        return CHILDREN.get(parent).contains(child);
    }

    static Set<OrgUnitKind> childrenOf(OrgUnitKind parent) {
        return CHILDREN.get(parent);
    }

    /** Refuses a child kind the parent kind may not contain, naming both. */
    static void check(OrgUnitKind parent, OrgUnitKind child) {
        if (!allows(parent, child)) {
            throw DomainException.rule("org.nesting.not-allowed", child, parent);
        }
    }
}
