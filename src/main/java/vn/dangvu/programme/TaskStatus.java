package vn.dangvu.programme;

/** A task's standing as of a day (rule: {@code TaskStatusPolicy}). */
public enum TaskStatus {
    /** Đã hoàn thành: progress 100%. */
    DONE,
    /** Đang thực hiện đúng tiến độ: begun, deadline not passed. */
    ON_SCHEDULE,
    /** Chậm tiến độ: the deadline passed before completion. */
    LATE,
    /** Chưa triển khai: no progress reported, deadline not passed. */
    NOT_STARTED
}
