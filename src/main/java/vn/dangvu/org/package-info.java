/**
 * The organisation tree: kinds and nesting rules (Điều lệ Đảng Art 10, 21, 24; QĐ 294-QĐ/TW 2025), materialised
 * paths, scope conditions for other modules' queries, creation and moves. Publishes {@link
 * vn.dangvu.org.OrgUnitCreated} and {@link vn.dangvu.org.OrgUnitMoved}.
 */
@ApplicationModule(displayName = "Organisation tree", allowedDependencies = "shared")
@NullMarked
package vn.dangvu.org;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
