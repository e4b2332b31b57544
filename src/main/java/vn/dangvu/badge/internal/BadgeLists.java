package vn.dangvu.badge.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.badge.BadgeAward;
import vn.dangvu.badge.BadgeState;
import vn.dangvu.badge.EligibleList;
import vn.dangvu.badge.EligibleMember;
import vn.dangvu.member.AgeWindows;
import vn.dangvu.member.AgedMember;
import vn.dangvu.member.MembershipAges;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * The eligible list of an occasion: SQL narrows the members on their first admission date (windows of {@link
 * BadgePolicy}), Java counts each narrowed member's age exactly and drops those already awarded.
 */
@Component
class BadgeLists {

    private final MembershipAges ages;
    private final BadgeAwardStore awards;
    private final BadgeProperties properties;

    BadgeLists(MembershipAges ages, BadgeAwardStore awards, BadgeProperties properties) {
        this.ages = ages;
        this.awards = awards;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    EligibleList eligible(
            OrgScope scope,
            @Nullable String subtreePath,
            LocalDate occasion,
            boolean early,
            @Nullable Integer milestone,
            Paging paging,
            LocalDate today) {
        int backlog = properties.backlogMonths();
        AgeWindows windows = BadgePolicy.windows(occasion, early, backlog);
        List<AgedMember> narrowed = ages.within(windows, scope, subtreePath, occasion);
        Map<UUID, List<BadgeAward>> badges =
                awards.ofMembers(narrowed.stream().map(AgedMember::memberId).toList());
        List<EligibleMember> all = new ArrayList<>();
        for (AgedMember member : narrowed) {
            List<BadgeAward> own = badges.getOrDefault(member.memberId(), List.of());
            List<Integer> awarded = own.stream()
                    .filter(a -> a.state() == BadgeState.AWARDED)
                    .map(BadgeAward::milestone)
                    .toList();
            Optional<BadgePolicy.Listing> listing = BadgePolicy.listing(member, occasion, early, backlog, awarded);
            listing.ifPresent(l -> all.add(row(member, l, own)));
        }
        all.sort(Comparator.comparingInt(EligibleMember::milestone)
                .thenComparing(EligibleMember::reachesOn)
                .thenComparing(EligibleMember::orgUnitName)
                .thenComparing(EligibleMember::fullName));
        List<EligibleList.MilestoneCount> counts = new ArrayList<>();
        for (int m : BadgePolicy.MILESTONES) {
            List<EligibleMember> of =
                    all.stream().filter(e -> e.milestone() == m).toList();
            counts.add(new EligibleList.MilestoneCount(
                    m,
                    of.size(),
                    (int) of.stream().filter(EligibleMember::early).count(),
                    (int) of.stream().filter(e -> e.proposal() != null).count(),
                    properties.giftMultiples().get(m)));
        }
        List<EligibleMember> selected = milestone == null
                ? all
                : all.stream().filter(e -> e.milestone() == milestone).toList();
        int from = (int) Math.min(selected.size(), paging.offset());
        int to = Math.min(selected.size(), from + paging.sizeOrDefault());
        return new EligibleList(
                occasion,
                BadgePolicy.nextOccasions(today, 4),
                counts,
                new PageResult<>(
                        selected.subList(from, to), paging.pageOrDefault(), paging.sizeOrDefault(), selected.size()),
                BadgePolicy.RULE);
    }

    private static EligibleMember row(AgedMember member, BadgePolicy.Listing listing, List<BadgeAward> own) {
        BadgeAward proposal = own.stream()
                .filter(a -> a.milestone() == listing.milestone() && a.state() == BadgeState.PROPOSED)
                .findFirst()
                .orElse(null);
        return new EligibleMember(
                member.memberId(),
                member.fullName(),
                member.orgUnitId(),
                member.orgUnitName(),
                member.age().countedFrom(),
                listing.milestone(),
                listing.reachesOn(),
                member.age().years(),
                member.age().months(),
                member.age().days(),
                member.age().gapDays(),
                listing.early(),
                listing.kind(),
                member.diedOn(),
                proposal);
    }
}
