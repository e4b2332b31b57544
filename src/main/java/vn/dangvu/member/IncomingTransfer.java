package vn.dangvu.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member on the way to an organisation in the caller's scope, awaiting its confirmation of arrival.
 *
 * @param memberId the member
 * @param fullName the member's name
 * @param fromOrgUnitId the sending cell (which still counts the member)
 * @param fromOrgUnitName its name
 * @param toOrgUnitId the receiving cell
 * @param toOrgUnitName its name
 * @param since the introduction letter's date
 * @param dueDate the last day to present the letter (30 working days)
 * @param overdue whether that day has passed
 * @param version the member's version, to send with the confirmation
 */
public record IncomingTransfer(
        UUID memberId,
        String fullName,
        long fromOrgUnitId,
        String fromOrgUnitName,
        long toOrgUnitId,
        String toOrgUnitName,
        LocalDate since,
        LocalDate dueDate,
        boolean overdue,
        long version) {}
