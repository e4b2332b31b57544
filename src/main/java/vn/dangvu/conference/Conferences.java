package vn.dangvu.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.conference.internal.ConferenceAccess;
import vn.dangvu.conference.internal.ConferenceStore;
import vn.dangvu.conference.internal.ConferenceStore.ConferenceRow;
import vn.dangvu.conference.internal.OpinionSummary;
import vn.dangvu.conference.internal.ResolutionVotePolicy;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.report.ReportTable;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;

/**
 * Reads of conferences for the staff of the body's unit and the leadership, for the members taking part (their
 * conference's agenda, drafts and opinions), and for the staff of the organisations a consultation asks. Reads that
 * show participants are audited (so they run in a writing transaction: the audit chain is locked for each entry).
 */
@Service
@Transactional
public class Conferences {

    private final ConferenceStore store;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Clock clock;

    Conferences(ConferenceStore store, OrgUnits orgUnits, AuditTrail audit, Clock clock) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The conferences the caller reaches, optionally of one unit and body, latest first. */
    public List<ConferenceSummary> list(Actor actor, @Nullable Long unitId, @Nullable ConferenceBody body) {
        List<ConferenceRow> rows = store.list(ConferenceAccess.readers(actor), unitId, body);
        Map<UUID, long[]> counts =
                store.counts(rows.stream().map(ConferenceRow::id).toList());
        Map<Long, String> names = orgUnits.namesOf(
                rows.stream().map(ConferenceRow::orgUnitId).distinct().toList());
        return rows.stream()
                .map(r -> new ConferenceSummary(
                        r.id(),
                        r.orgUnitId(),
                        names.getOrDefault(r.orgUnitId(), ""),
                        r.body(),
                        r.kind(),
                        r.number(),
                        r.title(),
                        r.heldOn(),
                        counts.get(r.id())[0],
                        counts.get(r.id())[1]))
                .toList();
    }

    /** A conference with its agenda, groups, participants, drafts and votes (audited: it names participants). */
    public ConferenceView view(UUID id, Actor actor) {
        ConferenceRow row = store.require(id, ConferenceAccess.readers(actor));
        List<ConferenceView.ConferenceParticipant> participants = store.participants(row.id());
        UUID self = actor.memberId();
        UUID participantId = participants.stream()
                .filter(p -> self != null && self.equals(p.memberId()))
                .map(ConferenceView.ConferenceParticipant::id)
                .findFirst()
                .orElse(null);
        boolean manageable = orgUnits.find(row.orgUnitId())
                .map(u -> actor.scopeFor(ConferenceAccess.MANAGERS).covers(u.path()))
                .orElse(false);
        audit.record("conference.read", "conference", id, null);
        return new ConferenceView(
                row.id(),
                row.orgUnitId(),
                orgUnits.find(row.orgUnitId()).map(OrgUnitRef::name).orElse(""),
                row.body(),
                row.kind(),
                row.congressNumber(),
                row.number(),
                row.title(),
                row.topic(),
                row.heldOn(),
                row.place(),
                row.programmeItemId(),
                store.agenda(row.id()),
                store.groups(row.id()),
                participants,
                store.drafts(row.id()),
                store.votes(row.id()),
                ResolutionVotePolicy.base(ResolutionVotePolicy.seats(participants)),
                manageable,
                participantId,
                row.version());
    }

    /** The opinions of a conference, filtered by draft, group and disposition ({@code pending}: not yet answered). */
    public List<OpinionView> opinions(
            UUID id,
            @Nullable UUID draftId,
            @Nullable UUID groupId,
            @Nullable Disposition disposition,
            boolean pending,
            Actor actor) {
        ConferenceRow row = store.require(id, ConferenceAccess.readers(actor));
        audit.record("conference.opinions.read", "conference", id, null);
        return store.opinions(row.id(), draftId, groupId, disposition, pending);
    }

    /** The opinions counted per draft, group and disposition, with the generated summary. */
    public OpinionDigest digest(UUID id, Actor actor) {
        ConferenceRow row = store.require(id, ConferenceAccess.readers(actor));
        return digest(row);
    }

    private OpinionDigest digest(ConferenceRow row) {
        List<OpinionView> opinions = store.opinions(row.id(), null, null, null, false);
        Map<String, Tally> perDraft = new LinkedHashMap<>();
        for (ConferenceView.ConferenceDraft d : store.drafts(row.id())) {
            perDraft.put(d.id().toString(), new Tally(d.id().toString(), d.title()));
        }
        Map<String, Tally> perGroup = new LinkedHashMap<>();
        for (ConferenceView.ConferenceGroup g : store.groups(row.id())) {
            perGroup.put(g.id().toString(), new Tally(g.id().toString(), g.name()));
        }
        Set<String> speakers = new LinkedHashSet<>();
        Set<UUID> groups = new LinkedHashSet<>();
        Tally all = new Tally(null, "");
        for (OpinionView o : opinions) {
            speakers.add(o.participantId() != null ? "p" + o.participantId() : "u" + o.speakerUnitId());
            all.add(o.disposition());
            perDraft.get(o.draftId().toString()).add(o.disposition());
            if (o.groupId() != null) {
                groups.add(o.groupId());
                perGroup.get(o.groupId().toString()).add(o.disposition());
            }
        }
        List<OpinionSummary.DraftCount> drafts = perDraft.values().stream()
                .filter(t -> t.count > 0)
                .map(t -> new OpinionSummary.DraftCount(t.label, t.count))
                .toList();
        String text = OpinionSummary.text(new OpinionSummary.Figures(
                speakers.size(),
                groups.size(),
                opinions.size(),
                drafts,
                all.accepted,
                all.explained,
                all.reserved,
                row.kind() == ConferenceKind.CONSULTATION));
        List<OpinionDigest.OpinionCount> dispositions = List.of(
                new OpinionDigest.OpinionCount(
                        Disposition.ACCEPTED.name(), "Tiếp thu", all.accepted, all.accepted, 0, 0),
                new OpinionDigest.OpinionCount(
                        Disposition.EXPLAINED.name(), "Giải trình", all.explained, 0, all.explained, 0),
                new OpinionDigest.OpinionCount(
                        Disposition.RESERVED.name(), "Bảo lưu", all.reserved, 0, 0, all.reserved));
        return new OpinionDigest(
                text,
                speakers.size(),
                groups.size(),
                opinions.size(),
                all.count - all.accepted - all.explained - all.reserved,
                perDraft.values().stream().map(Tally::count).toList(),
                perGroup.values().stream().map(Tally::count).toList(),
                dispositions);
    }

    /**
     * The acceptance and explanation report (báo cáo tiếp thu, giải trình, REGULATIONS §9) laid out for printing: the
     * summary, one row per draft with its counts, and each opinion with its response under the table.
     */
    public ReportTable acceptanceReport(UUID id, String place, Actor actor) {
        ConferenceRow row = store.require(id, ConferenceAccess.readers(actor));
        OpinionDigest digest = digest(row);
        String unitName = orgUnits.find(row.orgUnitId()).map(OrgUnitRef::name).orElse("");
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("opinions", "Số ý kiến", null),
                new ReportTable.Column("accepted", "Tiếp thu", "Đã trả lời"),
                new ReportTable.Column("explained", "Giải trình", "Đã trả lời"),
                new ReportTable.Column("reserved", "Bảo lưu", "Đã trả lời"),
                new ReportTable.Column("pending", "Chưa trả lời", null));
        List<ReportTable.Row> rows = new ArrayList<>();
        long[] total = new long[5];
        for (OpinionDigest.OpinionCount c : digest.perDraft()) {
            long[] v = {
                c.count(),
                c.accepted(),
                c.explained(),
                c.reserved(),
                c.count() - c.accepted() - c.explained() - c.reserved()
            };
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
            rows.add(new ReportTable.Row(null, c.label(), List.of(v[0], v[1], v[2], v[3], v[4])));
        }
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (OpinionView o : store.opinions(row.id(), null, null, null, false)) {
            n++;
            StringBuilder line = new StringBuilder().append(n).append(". ").append(o.speakerName());
            if (o.groupName() != null) {
                line.append(" (").append(o.groupName()).append(')');
            }
            line.append(" — ").append(o.draftTitle());
            if (o.section() != null) {
                line.append(", ").append(o.section());
            }
            line.append(": ").append(o.text()).append(" — ");
            if (o.disposition() == null) {
                line.append("Chưa trả lời.");
            } else {
                line.append(DISPOSITION_LABELS.get(o.disposition()))
                        .append(": ")
                        .append(o.response());
            }
            notes.add(line.toString());
        }
        LocalDate day = LocalDate.now(clock);
        return new ReportTable(
                "CONFERENCE_ACCEPTANCE_" + row.id(),
                "Báo cáo tiếp thu, giải trình",
                "BÁO CÁO TIẾP THU, GIẢI TRÌNH Ý KIẾN",
                List.of(unitName.toUpperCase(java.util.Locale.forLanguageTag("vi"))),
                place,
                row.orgUnitId(),
                unitName,
                row.heldOn().isAfter(day) ? day : row.heldOn(),
                row.title(),
                List.of(digest.text()),
                "Dự thảo",
                columns,
                rows,
                new ReportTable.Row(null, "Tổng cộng", List.of(total[0], total[1], total[2], total[3], total[4])),
                notes);
    }

    private static final Map<Disposition, String> DISPOSITION_LABELS = Map.of(
            Disposition.ACCEPTED, "Tiếp thu", Disposition.EXPLAINED, "Giải trình", Disposition.RESERVED, "Bảo lưu");

    /** Counts of one draft or group. */
    private static final class Tally {
        private final @Nullable String key;
        private final String label;
        private int count;
        private int accepted;
        private int explained;
        private int reserved;

        Tally(@Nullable String key, String label) {
            this.key = key;
            this.label = label;
        }

        void add(@Nullable Disposition disposition) {
            count++;
            if (disposition == Disposition.ACCEPTED) {
                accepted++;
            } else if (disposition == Disposition.EXPLAINED) {
                explained++;
            } else if (disposition == Disposition.RESERVED) {
                reserved++;
            }
        }

        OpinionDigest.OpinionCount count() {
            return new OpinionDigest.OpinionCount(key, label, count, accepted, explained, reserved);
        }
    }
}
