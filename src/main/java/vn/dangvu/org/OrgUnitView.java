package vn.dangvu.org;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An organisation unit as the API shows it.
 *
 * @param id unit id
 * @param parentId parent unit, {@code null} for the root
 * @param kind kind of organisation
 * @param code short unique code
 * @param name full Vietnamese name
 * @param path materialised path of ids, e.g. {@code /1/23/}
 * @param depth 0 for the root
 * @param childCount number of direct children
 * @param version optimistic-lock version, to send back with a change
 * @param state whether the unit is in the live tree or ended (merged, dissolved)
 * @param endedOn the day a merged or dissolved unit ended
 */
public record OrgUnitView(
        long id,
        @Nullable Long parentId,
        OrgUnitKind kind,
        String code,
        String name,
        String path,
        int depth,
        long childCount,
        long version,
        OrgUnitState state,
        @Nullable LocalDate endedOn) {}
