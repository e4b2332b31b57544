package vn.dangvu.congress.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dangvu.org.OrgUnitKind;

/**
 * Congress settings ({@code dangvu.congress.*}, see docs/architecture.md).
 *
 * @param noticeWorkingDays working days between the announcement of the opening date and the congress (QĐ 24-QĐ/TW
 *     §11.1: 30)
 * @param deadlines by when the congresses of a season must be held, per kind of organisation; KL 163-KL/TW has the
 *     grassroots congresses of the 2025 season finish by 30/6/2025 (REGULATIONS §8.8); the other dates are the
 *     installation's (not found in the sources)
 */
@ConfigurationProperties("dangvu.congress")
public record CongressProperties(
        @DefaultValue("30") int noticeWorkingDays,
        @DefaultValue List<Deadline> deadlines) {

    public CongressProperties {
        deadlines = List.copyOf(deadlines);
        if (noticeWorkingDays < 1) {
            throw new IllegalArgumentException("dangvu.congress.notice-working-days must be positive");
        }
    }

    /**
     * A season's deadline for some kinds of organisation.
     *
     * @param season the season (first year of the term the congresses open)
     * @param kinds the kinds of organisation it binds
     * @param finishBy the last day to hold the congress
     */
    public record Deadline(int season, List<OrgUnitKind> kinds, LocalDate finishBy) {

        public Deadline {
            kinds = List.copyOf(kinds);
        }
    }

    /** The deadline of a kind of organisation in a season, if one is set. */
    public Optional<LocalDate> deadline(int season, OrgUnitKind kind) {
        return deadlines.stream()
                .filter(d -> d.season() == season && d.kinds().contains(kind))
                .map(Deadline::finishBy)
                .findFirst();
    }
}
