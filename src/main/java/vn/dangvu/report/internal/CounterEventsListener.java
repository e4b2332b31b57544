package vn.dangvu.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberLifecycleChanged;
import vn.dangvu.member.MemberRecordUpdated;
import vn.dangvu.member.MembersImported;
import vn.dangvu.org.OrgUnitCreated;
import vn.dangvu.org.OrgUnitDissolved;
import vn.dangvu.org.OrgUnitMoved;
import vn.dangvu.org.OrgUnitSplit;
import vn.dangvu.org.OrgUnitsMerged;

/**
 * Keeps the counters in the SAME transaction as the change (a synchronous listener, not after commit): a statistic
 * never shows a state the registry does not have, and a rolled-back write leaves the counters untouched.
 */
@Component
class CounterEventsListener {

    private final StatCounters counters;

    CounterEventsListener(StatCounters counters) {
        this.counters = counters;
    }

    @EventListener
    void on(MemberLifecycleChanged event) {
        counters.refreshMembers(List.of(event.memberId()));
    }

    @EventListener
    void on(MemberRecordUpdated event) {
        counters.refreshMembers(List.of(event.member()));
    }

    @EventListener
    void on(MembersImported event) {
        counters.refreshImported(event.importId());
    }

    @EventListener
    void on(OrgUnitCreated event) {
        counters.refreshSubtrees(List.of(event.unitId()));
    }

    @EventListener
    void on(OrgUnitMoved event) {
        counters.moveSubtree(event.unitId(), event.oldPath(), event.newPath());
    }

    @EventListener
    void on(OrgUnitsMerged event) {
        List<Long> units = new ArrayList<>(event.absorbedIds());
        units.add(event.survivorId());
        counters.refreshSubtrees(units);
    }

    @EventListener
    void on(OrgUnitSplit event) {
        List<Long> units = new ArrayList<>(event.newUnitIds());
        units.add(event.sourceId());
        counters.refreshSubtrees(units);
    }

    @EventListener
    void on(OrgUnitDissolved event) {
        counters.refreshSubtrees(List.of(event.unitId()));
    }
}
