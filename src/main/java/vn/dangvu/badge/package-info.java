/**
 * Party badges (Huy hiệu Đảng, REGULATIONS §4.1; HD 01-HD/TW (2021) §18 as carried into HD 06-HD/TW (2025)): the lists
 * of official members whose membership age reaches a milestone (30, 40, 45 … 90 years) by an award occasion (3/2,
 * 19/5, 2/9, 7/11), the cells' proposals — early for serious illness, posthumous — and the awards recorded by the
 * committee (table {@code badge_award}). Membership ages come from {@link vn.dangvu.member.MembershipAges}. Publishes
 * no events.
 */
@ApplicationModule(
        displayName = "Party badges",
        allowedDependencies = {"shared", "org", "member"})
@NullMarked
package vn.dangvu.badge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
