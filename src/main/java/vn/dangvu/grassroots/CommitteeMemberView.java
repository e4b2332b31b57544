package vn.dangvu.grassroots;

import java.util.List;
import java.util.UUID;

/**
 * A member of a committee (cấp ủy viên) with the units assigned to them.
 *
 * @param id the appointment
 * @param committeeUnitId the unit whose committee they sit on
 * @param committeeUnitName its name
 * @param memberId their member record
 * @param fullName their name
 * @param head whether they head the committee (bí thư), who must hold citizen-reception days
 * @param assignedUnits the units they follow
 * @param version optimistic-lock version, to send back with a change of the assignments
 */
public record CommitteeMemberView(
        UUID id,
        long committeeUnitId,
        String committeeUnitName,
        UUID memberId,
        String fullName,
        boolean head,
        List<AssignedUnit> assignedUnits,
        long version) {}
