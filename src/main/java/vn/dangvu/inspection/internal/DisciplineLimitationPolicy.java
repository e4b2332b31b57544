package vn.dangvu.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.ViolationEntry;

/**
 * The limitation period of discipline (thời hiệu xử lý kỷ luật), QĐ 69-QĐ/TW 2022 Art. 4 (REGULATIONS §10.4):
 *
 * <ul>
 *   <li>5 years for a violation warranting a reprimand;
 *   <li>10 years for one warranting a warning or removal from post;
 *   <li>no limitation for one warranting expulsion, and whatever the form for internal-political violations,
 *       violations of defence, security or foreign affairs harming national interests, and the use of illegal
 *       diplomas or certificates ({@link vn.dangvu.inspection.LimitationException});
 *   <li>the period counts from the violation (for a long-running one, from when it stopped) to the decision, and a
 *       new violation within the period restarts the clock of the earlier one.
 * </ul>
 *
 * The level of a violation is the form decided for it. Dissolution of an organisation has no limitation unless the
 * setting {@code dangvu.inspection.dissolution-limitation-years} gives one (the article is read so; unconfirmed).
 */
@Component
public class DisciplineLimitationPolicy {

    static final String RULE = "QĐ 69-QĐ/TW, Điều 4";

    private final int dissolutionYears;

    @org.springframework.beans.factory.annotation.Autowired
    DisciplineLimitationPolicy(InspectionProperties properties) {
        this(properties.dissolutionLimitationYears());
    }

    DisciplineLimitationPolicy(int dissolutionYears) {
        this.dissolutionYears = dissolutionYears;
    }

    /** The period in years for a violation warranting {@code form}, or {@code null} when there is none. */
    @Nullable
    Integer years(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> 5;
            case WARNING, REMOVAL_FROM_POST -> 10;
            case EXPULSION -> null;
            case DISSOLUTION -> dissolutionYears > 0 ? dissolutionYears : null;
        };
    }

    /**
     * The last day on which each violation may still be disciplined with {@code form} ({@code null}: no limit), in the
     * order given: a later violation committed within an earlier one's period carries that one along.
     */
    List<@Nullable LocalDate> lastDays(DisciplineForm form, List<ViolationEntry> violations) {
        Integer years = years(form);
        List<LocalDate> ascending = violations.stream()
                .map(DisciplineLimitationPolicy::date)
                .sorted()
                .toList();
        List<@Nullable LocalDate> result = new ArrayList<>();
        for (ViolationEntry v : violations) {
            if (years == null || v.exception() != null) {
                result.add(null);
                continue;
            }
            LocalDate last = date(v).plusYears(years);
            for (LocalDate later : ascending) {
                if (later.isAfter(date(v)) && !later.isAfter(last)) {
                    last = later.plusYears(years);
                }
            }
            result.add(last);
        }
        return result;
    }

    /** The earliest last day of the violations, {@code null} when none is limited. */
    @Nullable
    LocalDate expiresOn(DisciplineForm form, List<ViolationEntry> violations) {
        return lastDays(form, violations).stream()
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Refuses a decision on {@code decidedOn} for a violation whose period ended; names the violation's field. */
    void check(DisciplineForm form, List<ViolationEntry> violations, LocalDate decidedOn) {
        List<@Nullable LocalDate> lastDays = lastDays(form, violations);
        for (int i = 0; i < violations.size(); i++) {
            LocalDate last = lastDays.get(i);
            if (last != null && decidedOn.isAfter(last)) {
                throw Refusals.refuse(
                        "inspection.discipline.limitation-expired",
                        RULE,
                        "violations[" + i + "].violatedOn",
                        date(violations.get(i)),
                        Objects.requireNonNull(years(form)),
                        last);
            }
        }
    }

    private static LocalDate date(ViolationEntry v) {
        return Objects.requireNonNull(v.violatedOn());
    }
}
