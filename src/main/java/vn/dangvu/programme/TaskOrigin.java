package vn.dangvu.programme;

import java.util.UUID;

/**
 * Where a task handed over by another module came from, e.g. a follow-up task of a committee member's grassroots visit.
 * The programme module keeps it as given and does not read the other module's records.
 *
 * @param kind what it came from, a stable code such as {@code GRASSROOTS_FOLLOW_UP}
 * @param id that record's id in its module
 * @param label how to name it, e.g. "Đi cơ sở ngày 24/02/2026 — Chi bộ 1 (đồng chí Nguyễn Văn A)"
 */
public record TaskOrigin(String kind, UUID id, String label) {

    /** A follow-up task of a grassroots visit. */
    public static final String GRASSROOTS_FOLLOW_UP = "GRASSROOTS_FOLLOW_UP";
}
