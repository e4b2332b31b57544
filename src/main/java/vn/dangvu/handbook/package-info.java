/**
 * The member's electronic handbook (Sổ tay đảng viên điện tử, QĐ 339-QĐ/TW; REGULATIONS §12): the member-facing API
 * under {@code /api/v1/handbook} and the installable app at {@code /handbook}. It owns the members' notifications
 * (table {@code handbook_notification}, written through the {@link vn.dangvu.shared.MemberNotifications} port) and
 * their feedback to the committee; everything else it shows is read from the modules below it. It gives the member a
 * copy of everything held about them, collected from every module's {@link vn.dangvu.shared.PersonalDataSource}.
 * Publishes no events.
 */
@ApplicationModule(
        displayName = "Member handbook",
        allowedDependencies = {"shared", "org", "member", "meeting", "document", "report"})
@NullMarked
package vn.dangvu.handbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
