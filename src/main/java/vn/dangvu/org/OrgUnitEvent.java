package vn.dangvu.org;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a unit's history.
 *
 * @param id entry id
 * @param unitId the unit the entry belongs to
 * @param kind what happened
 * @param effectiveOn the day the change took effect
 * @param decisionNumber number and symbol of the decision, absent for units registered without one
 * @param decisionDate the decision's date
 * @param issuer the issuing body
 * @param relatedUnitId the other unit of a merge or split (surviving, absorbed, source or new unit)
 * @param relatedUnitName its name
 * @param nameBefore name before a rename
 * @param nameAfter name after a rename (or at creation)
 * @param parentBefore superior before a move
 * @param parentBeforeName its name
 * @param parentAfter superior after a move (or at creation)
 * @param parentAfterName its name
 * @param pathBefore materialised path before
 * @param pathAfter materialised path after
 * @param membersMoved members who moved with the change
 * @param recordedAt when the entry was written
 * @param recordedBy who wrote it (login name)
 */
public record OrgUnitEvent(
        long id,
        long unitId,
        OrgUnitEventKind kind,
        LocalDate effectiveOn,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String issuer,
        @Nullable Long relatedUnitId,
        @Nullable String relatedUnitName,
        @Nullable String nameBefore,
        @Nullable String nameAfter,
        @Nullable Long parentBefore,
        @Nullable String parentBeforeName,
        @Nullable Long parentAfter,
        @Nullable String parentAfterName,
        @Nullable String pathBefore,
        @Nullable String pathAfter,
        @Nullable Integer membersMoved,
        Instant recordedAt,
        String recordedBy) {}
