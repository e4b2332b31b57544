package vn.dangvu.meeting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A guest invited besides the cell's members: a member of another unit (by id) or a person named in free text.
 *
 * @param memberId the member, or {@code null} for a free-text guest
 * @param name the free-text guest's name
 * @param role e.g. "Đảng ủy viên phụ trách chi bộ"
 */
public record Guest(@Nullable UUID memberId, @Nullable String name, String role) {}
