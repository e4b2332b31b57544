package vn.dangvu.member.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.shared.DomainException;

/**
 * The filters of a member list and of its Excel export, bound from the query string and validated.
 *
 * @param q a name (diacritics and case ignored), a party card number or a citizen ID
 * @param match how a name matches: from its start ({@code PREFIX}, a type-ahead: results in name order, family name
 *     first) or anywhere ({@code CONTAINS}, three characters or more); by default anywhere from three characters on,
 *     else from the start; except for {@code PREFIX} results come in given-name order
 * @param orgUnitId only members of this unit's subtree
 * @param status only members in one of these statuses
 * @param sex {@code M} or {@code F}
 * @param minAge at least this old, in full years today
 * @param maxAge at most this old, in full years today
 * @param ethnicity ethnic group
 * @param theoryLevel political theory level
 * @param admittedFrom admitted on or after this date
 * @param admittedTo admitted on or before this date
 * @param after cursor of the page to show (the {@code next} of the page before); replaces {@code page}
 */
public record MemberFilter(
        @Nullable @Size(max = 100, message = "{member.search.q.size}")
        String q,

        @Nullable NameMatch match,
        @Nullable Long orgUnitId,
        @Nullable List<MemberStatus> status,

        @Nullable @Pattern(regexp = "[MF]", message = "{member.sex.pattern}")
        String sex,

        @Nullable
        @Min(value = 0, message = "{member.search.age.bounds}")
        @Max(value = 150, message = "{member.search.age.bounds}")
        Integer minAge,

        @Nullable
        @Min(value = 0, message = "{member.search.age.bounds}")
        @Max(value = 150, message = "{member.search.age.bounds}")
        Integer maxAge,

        @Nullable Ethnicity ethnicity,
        @Nullable TheoryLevel theoryLevel,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate admittedFrom,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate admittedTo,

        @Nullable @Size(max = 400, message = "{member.search.cursor.invalid}")
        String after) {

    /** How a name is matched. */
    public enum NameMatch {
        PREFIX,
        CONTAINS
    }

    /** Only a free-text query (and a subtree): the filter of name pickers and tests. */
    public static MemberFilter text(@Nullable String q, @Nullable Long orgUnitId) {
        return new MemberFilter(q, null, orgUnitId, null, null, null, null, null, null, null, null, null);
    }

    /** Checks what single-field validation cannot: ranges whose ends are in two fields. */
    public MemberFilter checked() {
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.search.age.range", minAge, maxAge)
                    .onField("maxAge");
        }
        if (admittedFrom != null && admittedTo != null && admittedFrom.isAfter(admittedTo)) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.search.admitted.range")
                    .onField("admittedTo");
        }
        return this;
    }

    /** The statuses asked for; a blank value (which binds as null) asks for none, as an absent one does. */
    public List<MemberStatus> statuses() {
        return status == null
                ? List.of()
                : status.stream().filter(java.util.Objects::nonNull).toList();
    }
}
