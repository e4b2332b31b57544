package vn.dangvu.election.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code election_token} and {@code election_evote} rows of electronic voting. Codes and receipts are stored only
 * as SHA-256 hashes; a ballot row has a random id, its round, its marks and its receipt's hash — no voter, no token, no
 * time — so that who voted (a used token) cannot be joined to what was voted.
 */
@Component
public class ElectronicVoteStore {

    private final JdbcClient jdbc;

    ElectronicVoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** SHA-256 of a code, in hex. */
    public static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the unused token of a voter for a round; a used one stays (the voter has voted). */
    public boolean issue(UUID electionId, int round, UUID voterId, String code) {
        Integer used = jdbc.sql("""
                        SELECT COUNT(*) FROM election_token
                         WHERE election_id = :e AND round_no = :r AND voter_id = :v AND used""")
                .param("e", electionId)
                .param("r", round)
                .param("v", voterId)
                .query(Integer.class)
                .single();
        if (used > 0) {
            return false;
        }
        jdbc.sql("DELETE FROM election_token WHERE election_id = :e AND round_no = :r AND voter_id = :v")
                .param("e", electionId)
                .param("r", round)
                .param("v", voterId)
                .update();
        jdbc.sql("""
                        INSERT INTO election_token (id, election_id, round_no, voter_id, code_hash, used)
                        VALUES (:id, :e, :r, :v, :h, FALSE)""")
                .param("id", UUID.randomUUID())
                .param("e", electionId)
                .param("r", round)
                .param("v", voterId)
                .param("h", hash(code))
                .update();
        return true;
    }

    /** The voter of an unused token of the round, if the code is one. */
    public Optional<UUID> voterOf(UUID electionId, int round, String code) {
        return jdbc.sql("""
                        SELECT voter_id FROM election_token
                         WHERE election_id = :e AND round_no = :r AND code_hash = :h AND NOT used""")
                .param("e", electionId)
                .param("r", round)
                .param("h", hash(code))
                .query(UUID.class)
                .optional();
    }

    /** Marks the token used; false when another request used it first. */
    public boolean use(UUID electionId, int round, String code) {
        return jdbc.sql("""
                        UPDATE election_token SET used = TRUE
                         WHERE election_id = :e AND round_no = :r AND code_hash = :h AND NOT used""")
                        .param("e", electionId)
                        .param("r", round)
                        .param("h", hash(code))
                        .update()
                == 1;
    }

    /** Stores a ballot under a fresh random id with its receipt's hash. */
    public void cast(UUID roundId, String marks, String receipt) {
        jdbc.sql("INSERT INTO election_evote (id, round_id, marks, receipt_hash) VALUES (:id, :r, :m, :h)")
                .param("id", UUID.randomUUID())
                .param("r", roundId)
                .param("m", marks)
                .param("h", hash(receipt))
                .update();
    }

    /** The marks of the round's electronic ballots. */
    public List<String> marks(UUID roundId) {
        return jdbc.sql("SELECT marks FROM election_evote WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
    }

    /** Whether a ballot with this receipt is stored in one of the election's rounds. */
    public boolean counted(UUID electionId, String receipt) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM election_evote b JOIN election_round r ON r.id = b.round_id
                         WHERE r.election_id = :e AND b.receipt_hash = :h""")
                        .param("e", electionId)
                        .param("h", hash(receipt))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Tokens of a round: issued, used. */
    public int[] tokens(UUID electionId, int round) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS issued, COALESCE(SUM(CASE WHEN used THEN 1 ELSE 0 END), 0) AS used
                          FROM election_token WHERE election_id = :e AND round_no = :r""")
                .param("e", electionId)
                .param("r", round)
                .query((rs, n) -> new int[] {rs.getInt("issued"), rs.getInt("used")})
                .single();
    }
}
