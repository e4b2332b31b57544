package vn.dangvu.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member present as a guest (not on the cell's list) at a meeting of a cell, e.g. the superior committee member
 * who follows the cell (HD 42-HD/BTCTW 2025).
 *
 * @param memberId the guest
 * @param orgUnitId the cell that met
 * @param day the day of the meeting
 */
public record GuestAttendance(UUID memberId, long orgUnitId, LocalDate day) {}
