/**
 * Cell meetings (sinh hoạt chi bộ, REGULATIONS §7): regular monthly, thematic and combined meetings planned by the
 * cell secretary or generated from a recurring schedule, with the agenda template of HD 09-HD/BTCTW; materials
 * published at least a day before (HD 42-HD/BTCTW 28/10/2025); invitations of the cell's members and guests such as
 * the superior committee member; replies, check-in and attendance; start and end with the minimum duration; minutes
 * and the resolution's votes checked against the quorum of Charter Art. 9(5) and QĐ 24 §9.3; attendance statistics
 * with the quality criteria of HD 12-HD/BTCTW 2018. Owns the {@code meeting*} tables; tells members through
 * {@link vn.dangvu.shared.MemberNotifications}. Publishes no events.
 */
@ApplicationModule(
        displayName = "Cell meetings",
        allowedDependencies = {"shared", "org", "member"})
@NullMarked
package vn.dangvu.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
