/**
 * Committee members' grassroots work (đi cơ sở, REGULATIONS §14): the members of a committee (cấp ủy viên, the head
 * marked) appointed by the staff of the committee's unit, the units each is assigned to follow, the visits they log
 * (half or full day, purpose, findings, follow-up tasks), and the compliance of each member over a period
 * ({@code GrassrootsCompliancePolicy}): the share of working days at the grassroots against a configurable minimum,
 * residential cell meetings attended against a configurable yearly count (KH 10-KH/TW 2018) and the heads'
 * citizen-reception days (QĐ 11-QĐi/TW 2019, KL 215-KL/TW 2025) read from the petition module. Owns the {@code
 * grassroots*} tables; turns a follow-up task into a task of a work programme through the programme module's published
 * API (the programme module knows only the task's origin, not this module); reminds members through {@link vn.dangvu.shared.MemberNotifications}; publishes no events.
 */
@ApplicationModule(
        displayName = "Grassroots work",
        allowedDependencies = {"shared", "org", "calendar", "member", "meeting", "petition", "programme"})
@NullMarked
package vn.dangvu.grassroots;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
