/**
 * The organisation tree: kinds and nesting rules (Điều lệ Đảng Art 10, 21, 24; QĐ 294-QĐ/TW 2025), materialised
 * paths, scope conditions for other modules' queries; creation, rename, move, merge, split and dissolution, each with
 * its decision in the unit's append-only history; terms (nhiệm kỳ) and size warnings. Members are counted and moved
 * through the {@link vn.dangvu.shared.OrgMembership} port. Publishes {@link vn.dangvu.org.OrgUnitCreated}, {@link
 * vn.dangvu.org.OrgUnitMoved}, {@link vn.dangvu.org.OrgUnitRenamed}, {@link vn.dangvu.org.OrgUnitsMerged}, {@link
 * vn.dangvu.org.OrgUnitSplit} and {@link vn.dangvu.org.OrgUnitDissolved}.
 */
@ApplicationModule(displayName = "Organisation tree", allowedDependencies = "shared")
@NullMarked
package vn.dangvu.org;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
