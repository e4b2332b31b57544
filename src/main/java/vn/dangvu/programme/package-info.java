/**
 * Work programmes (chương trình công tác, issue 7): a programme issued by a committee for its term (code such as
 * {@code 01-CTr/TU}, REGULATIONS §11.1) with goals, a steering committee and linked Party documents; its indicators
 * (chỉ tiêu) with a target and direction, reported by the responsible organisation with evidence, each given a status by
 * {@code IndicatorStatusPolicy}; its tasks (nhiệm vụ) with owner, deadline and progress reports, given a status by
 * {@code TaskStatusPolicy}; the adoption of a programme by a subordinate unit as a child programme whose indicators and
 * tasks contribute to the parent's; and the mid-term or final review as of a day, in the wording of the committee's
 * reports, with the tables behind each number and an Excel export. Staff of the issuing unit's subtree read a
 * programme; staff over the issuing unit change it; staff over a responsible or owner unit report on its indicators
 * and tasks. Owns the {@code programme*} tables; publishes no events.
 */
@ApplicationModule(
        displayName = "Work programmes",
        allowedDependencies = {"shared", "org", "report"})
@NullMarked
package vn.dangvu.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
