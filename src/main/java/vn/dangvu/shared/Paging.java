package vn.dangvu.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Paging parameters of a list request ({@code page}, {@code size}), validated.
 *
 * @param page zero-based page, default 0
 * @param size rows per page, 1–500, default 50
 */
public record Paging(
        @Nullable @Min(value = 0, message = "{paging.page.min}")
        Integer page,

        @Nullable @Min(value = 1, message = "{paging.size.range}") @Max(value = 500, message = "{paging.size.range}")
        Integer size) {

    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 50 : size;
    }

    public long offset() {
        return (long) pageOrDefault() * sizeOrDefault();
    }
}
