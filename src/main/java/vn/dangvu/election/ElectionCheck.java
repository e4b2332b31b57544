package vn.dangvu.election;

import java.util.List;

/**
 * The outcome of one election rule on the current data, shown in the wizard and named in the problem detail when a
 * step is refused.
 *
 * @param rule a stable code of the rule, e.g. {@code election.surplus.max}
 * @param source the regulation and article, e.g. "QĐ 190-QĐ/TW, Điều 14"
 * @param passed whether the data satisfies it
 * @param detail the figures behind the outcome, in Vietnamese
 */
public record ElectionCheck(String rule, String source, boolean passed, String detail) {

    /** The first failed check of a list, if any. */
    public static java.util.Optional<ElectionCheck> firstFailed(List<ElectionCheck> checks) {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }
}
