package vn.dangvu.election.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.election.BallotForm;
import vn.dangvu.election.CandidateSource;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.ElectionState;
import vn.dangvu.election.ElectionSummary;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code election*} rows: elections, roll, list, rounds, paper-ballot entries and results. */
@Component
public class ElectionStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    ElectionStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * An election row.
     *
     * @param id the election
     * @param orgUnitId its organisation
     * @param title the title
     * @param occasion where held
     * @param body what is elected
     * @param seats seats
     * @param heldOn the day
     * @param directSecretary direct election of the secretary
     * @param state the step reached
     * @param version optimistic-lock version
     */
    public record ElectionRow(
            UUID id,
            long orgUnitId,
            String title,
            ElectionOccasion occasion,
            ElectedBody body,
            int seats,
            LocalDate heldOn,
            boolean directSecretary,
            ElectionState state,
            long version) {}

    /**
     * A roll entry.
     *
     * @param id the entry
     * @param memberId the member, if from the registry
     * @param fullName the name
     * @param kind what they are
     * @param exclusion why out of the base
     * @param present present at the voting
     * @param counter on the counting committee
     */
    public record VoterRow(
            UUID id,
            @Nullable UUID memberId,
            String fullName,
            VoterKind kind,
            VoterExclusion exclusion,
            boolean present,
            boolean counter) {

        ElectorateBasePolicy.Entry entry() {
            return new ElectorateBasePolicy.Entry(kind, exclusion, present);
        }
    }

    /**
     * A list entry.
     *
     * @param id the entry
     * @param memberId the member, if from the registry
     * @param fullName the name
     * @param source convening committee or floor
     * @param support floor support
     */
    public record CandidateRow(
            UUID id,
            @Nullable UUID memberId,
            String fullName,
            CandidateSource source,
            @Nullable Integer support) {}

    /**
     * A round.
     *
     * @param id the round
     * @param number from 1
     * @param seats seats
     * @param form ballot form
     * @param issued ballots issued
     * @param returned ballots returned
     * @param announced result announced
     */
    public record RoundRow(
            UUID id,
            int number,
            int seats,
            BallotForm form,
            @Nullable Integer issued,
            @Nullable Integer returned,
            boolean announced) {}

    /**
     * A name on a round's ballot.
     *
     * @param candidateId the candidate
     * @param position from 1
     * @param votes counted votes, once announced
     * @param elected elected, once announced
     */
    public record RoundCandidateRow(
            UUID candidateId,
            int position,
            @Nullable Integer votes,
            @Nullable Boolean elected) {}

    /**
     * One entry of a paper ballot.
     *
     * @param ballotNumber the serial number on the ballot
     * @param entry 1 or 2
     * @param marks one letter per name
     * @param spoiled not issued or written on
     * @param enteredBy the counting committee member's roll entry
     */
    public record EntryRow(int ballotNumber, int entry, String marks, boolean spoiled, UUID enteredBy) {}

    public void insert(ElectionRow row, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO election (id, org_unit_id, title, occasion, body, seats, held_on, direct_secretary,
                               state, version, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :unit, :title, :occasion, :body, :seats, :heldOn, :direct, :state, 0, :now, :by,
                                :now, :by)""")
                .param("id", row.id())
                .param("unit", row.orgUnitId())
                .param("title", row.title())
                .param("occasion", row.occasion().name())
                .param("body", row.body().name())
                .param("seats", row.seats())
                .param("heldOn", Date.valueOf(row.heldOn()))
                .param("direct", row.directSecretary())
                .param("state", row.state().name())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** An election whose unit lies in the scope, or {@code election.not-found}. */
    public ElectionRow require(UUID id, OrgScope scope) {
        return find(id, scope).orElseThrow(() -> DomainException.notFound("election.not-found", id));
    }

    /** An election whose unit lies in the scope. */
    public Optional<ElectionRow> find(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("e.org_unit_id", scope, "s");
        Map<String, Object> params = new HashMap<>(within.params());
        params.put("id", id);
        return jdbc.sql("SELECT e.* FROM election e WHERE e.id = :id AND " + within.sql())
                .params(params)
                .query(ElectionStore::election)
                .optional();
    }

    /** An election on whose counting committee the member sits. */
    public Optional<ElectionRow> findForCounter(UUID id, @Nullable UUID memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT e.* FROM election e WHERE e.id = :id AND EXISTS (SELECT 1 FROM election_voter v
                         WHERE v.election_id = e.id AND v.member_id = :member AND v.counter)""")
                .param("id", id)
                .param("member", memberId)
                .query(ElectionStore::election)
                .optional();
    }

    /** An election on whose roll the member is. */
    public Optional<ElectionRow> findForVoter(UUID id, @Nullable UUID memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT e.* FROM election e WHERE e.id = :id AND EXISTS (SELECT 1 FROM election_voter v
                         WHERE v.election_id = e.id AND v.member_id = :member)""")
                .param("id", id)
                .param("member", memberId)
                .query(ElectionStore::election)
                .optional();
    }

    /** The elections of the scope (of one unit's subtree when given), latest first. */
    public List<ElectionSummary> list(OrgScope scope, @Nullable String subtreePath) {
        SqlFragment within = orgUnits.unitWithin("e.org_unit_id", scope, "s");
        Map<String, Object> params = new HashMap<>(within.params());
        String sql = "SELECT e.* FROM election e WHERE " + within.sql();
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "t");
            params.putAll(sub.params());
            sql += " AND " + sub.sql();
        }
        List<ElectionRow> rows = jdbc.sql(sql + " ORDER BY e.held_on DESC, e.title, e.id LIMIT 500")
                .params(params)
                .query(ElectionStore::election)
                .list();
        Map<Long, String> names = orgUnits.namesOf(
                rows.stream().map(ElectionRow::orgUnitId).distinct().toList());
        return rows.stream()
                .map(r -> new ElectionSummary(
                        r.id(),
                        r.orgUnitId(),
                        names.getOrDefault(r.orgUnitId(), ""),
                        r.title(),
                        r.body(),
                        r.seats(),
                        r.heldOn(),
                        r.state()))
                .toList();
    }

    /** Moves the election on (same or new state) if nobody changed it since {@code version}; else 409. */
    public void touch(UUID id, long version, ElectionState state, String by, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE election SET state = :state, version = version + 1, updated_at = :now, updated_by = :by
                         WHERE id = :id AND version = :version""")
                .param("state", state.name())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public List<VoterRow> voters(UUID electionId) {
        return jdbc.sql("SELECT * FROM election_voter WHERE election_id = :id ORDER BY position")
                .param("id", electionId)
                .query((rs, n) -> new VoterRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        VoterKind.valueOf(rs.getString("kind")),
                        VoterExclusion.valueOf(rs.getString("exclusion")),
                        rs.getBoolean("present"),
                        rs.getBoolean("counter")))
                .list();
    }

    public void replaceVoters(UUID electionId, List<VoterRow> voters) {
        jdbc.sql("DELETE FROM election_voter WHERE election_id = :id")
                .param("id", electionId)
                .update();
        int position = 0;
        for (VoterRow v : voters) {
            jdbc.sql("""
                            INSERT INTO election_voter (id, election_id, position, member_id, full_name, kind,
                                   exclusion, present, counter)
                            VALUES (:id, :election, :position, :member, :name, :kind, :exclusion, :present, :counter)""")
                    .param("id", v.id())
                    .param("election", electionId)
                    .param("position", ++position)
                    .param("member", v.memberId())
                    .param("name", v.fullName())
                    .param("kind", v.kind().name())
                    .param("exclusion", v.exclusion().name())
                    .param("present", v.present())
                    .param("counter", v.counter())
                    .update();
        }
    }

    public List<CandidateRow> candidates(UUID electionId) {
        return jdbc.sql("SELECT * FROM election_candidate WHERE election_id = :id ORDER BY position")
                .param("id", electionId)
                .query((rs, n) -> new CandidateRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"),
                        CandidateSource.valueOf(rs.getString("source")),
                        (Integer) rs.getObject("support")))
                .list();
    }

    public void replaceCandidates(UUID electionId, List<CandidateRow> candidates) {
        jdbc.sql("DELETE FROM election_candidate WHERE election_id = :id")
                .param("id", electionId)
                .update();
        int position = 0;
        for (CandidateRow c : candidates) {
            jdbc.sql("""
                            INSERT INTO election_candidate (id, election_id, position, member_id, full_name, source,
                                   support)
                            VALUES (:id, :election, :position, :member, :name, :source, :support)""")
                    .param("id", c.id())
                    .param("election", electionId)
                    .param("position", ++position)
                    .param("member", c.memberId())
                    .param("name", c.fullName())
                    .param("source", c.source().name())
                    .param("support", c.support())
                    .update();
        }
    }

    public void insertRound(UUID electionId, RoundRow round, List<UUID> candidateIds) {
        jdbc.sql("""
                        INSERT INTO election_round (id, election_id, number, seats, form, announced)
                        VALUES (:id, :election, :number, :seats, :form, FALSE)""")
                .param("id", round.id())
                .param("election", electionId)
                .param("number", round.number())
                .param("seats", round.seats())
                .param("form", round.form().name())
                .update();
        int position = 0;
        for (UUID candidate : candidateIds) {
            jdbc.sql("""
                            INSERT INTO election_round_candidate (round_id, candidate_id, position)
                            VALUES (:round, :candidate, :position)""")
                    .param("round", round.id())
                    .param("candidate", candidate)
                    .param("position", ++position)
                    .update();
        }
    }

    public List<RoundRow> rounds(UUID electionId) {
        return jdbc.sql("SELECT * FROM election_round WHERE election_id = :id ORDER BY number")
                .param("id", electionId)
                .query((rs, n) -> new RoundRow(
                        rs.getObject("id", UUID.class),
                        rs.getInt("number"),
                        rs.getInt("seats"),
                        BallotForm.valueOf(rs.getString("form")),
                        (Integer) rs.getObject("issued"),
                        (Integer) rs.getObject("returned"),
                        rs.getBoolean("announced")))
                .list();
    }

    public List<RoundCandidateRow> roundCandidates(UUID roundId) {
        return jdbc.sql("SELECT * FROM election_round_candidate WHERE round_id = :id ORDER BY position")
                .param("id", roundId)
                .query((rs, n) -> new RoundCandidateRow(
                        rs.getObject("candidate_id", UUID.class),
                        rs.getInt("position"),
                        (Integer) rs.getObject("votes"),
                        (Boolean) rs.getObject("elected")))
                .list();
    }

    public void setIssued(UUID roundId, int issued) {
        jdbc.sql("UPDATE election_round SET issued = :n WHERE id = :id")
                .param("n", issued)
                .param("id", roundId)
                .update();
    }

    public void setReturned(UUID roundId, int returned) {
        jdbc.sql("UPDATE election_round SET returned = :n WHERE id = :id")
                .param("n", returned)
                .param("id", roundId)
                .update();
    }

    public void announce(UUID roundId, Map<UUID, Integer> votes, List<UUID> elected) {
        votes.forEach((candidate, count) -> jdbc.sql("""
                        UPDATE election_round_candidate SET votes = :votes, elected = :elected
                         WHERE round_id = :round AND candidate_id = :candidate""")
                .param("votes", count)
                .param("elected", elected.contains(candidate))
                .param("round", roundId)
                .param("candidate", candidate)
                .update());
        jdbc.sql("UPDATE election_round SET announced = TRUE WHERE id = :id")
                .param("id", roundId)
                .update();
    }

    public List<EntryRow> entries(UUID roundId) {
        return jdbc.sql("SELECT * FROM election_ballot_entry WHERE round_id = :id ORDER BY ballot_number, entry")
                .param("id", roundId)
                .query((rs, n) -> new EntryRow(
                        rs.getInt("ballot_number"),
                        rs.getInt("entry"),
                        rs.getString("marks"),
                        rs.getBoolean("spoiled"),
                        rs.getObject("entered_by", UUID.class)))
                .list();
    }

    public List<EntryRow> entries(UUID roundId, int ballotNumber) {
        return entries(roundId).stream()
                .filter(e -> e.ballotNumber() == ballotNumber)
                .toList();
    }

    /** Stores an entry; the unique key turns a concurrent second "entry 2" into a 409. */
    public void insertEntry(UUID roundId, EntryRow entry) {
        try {
            jdbc.sql("""
                            INSERT INTO election_ballot_entry (id, round_id, ballot_number, entry, marks, spoiled,
                                   entered_by)
                            VALUES (:id, :round, :number, :entry, :marks, :spoiled, :by)""")
                    .param("id", UUID.randomUUID())
                    .param("round", roundId)
                    .param("number", entry.ballotNumber())
                    .param("entry", entry.entry())
                    .param("marks", entry.marks())
                    .param("spoiled", entry.spoiled())
                    .param("by", entry.enteredBy())
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw DomainException.conflict("election.ballot.entered-meanwhile", entry.ballotNumber());
        }
    }

    public void deleteEntries(UUID roundId, int ballotNumber) {
        jdbc.sql("DELETE FROM election_ballot_entry WHERE round_id = :round AND ballot_number = :number")
                .param("round", roundId)
                .param("number", ballotNumber)
                .update();
    }

    private static ElectionRow election(ResultSet rs, int n) throws SQLException {
        return new ElectionRow(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                rs.getString("title"),
                ElectionOccasion.valueOf(rs.getString("occasion")),
                ElectedBody.valueOf(rs.getString("body")),
                rs.getInt("seats"),
                rs.getObject("held_on", LocalDate.class),
                rs.getBoolean("direct_secretary"),
                ElectionState.valueOf(rs.getString("state")),
                rs.getLong("version"));
    }
}
