package vn.dangvu.duty;

import org.jspecify.annotations.Nullable;

/**
 * A cycle as its member sees it: the cycle and their own row, if any. Levels the cells proposed and the committee
 * decided show only once the cycle is published.
 *
 * @param cycle the cycle
 * @param entry the member's row, {@code null} before their self-assessment when they had no row
 */
public record EvaluationOwn(EvaluationCycle cycle, @Nullable EvaluationEntry entry) {}
