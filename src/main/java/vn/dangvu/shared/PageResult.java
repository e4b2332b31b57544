package vn.dangvu.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param content the rows of this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements rows in the whole list
 */
public record PageResult<T>(List<T> content, int page, int size, long totalElements) {

    public PageResult {
        content = List.copyOf(content);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
