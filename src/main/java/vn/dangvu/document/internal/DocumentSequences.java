package vn.dangvu.document.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbering counters ({@code document_sequence}): one row per issuing unit, sequence and term, incremented in the
 * publishing transaction. The row's update lock serialises concurrent publications, so two of them never draw the
 * same number; a rolled-back publication gives its number back.
 */
@Component
public class DocumentSequences {

    private final JdbcClient jdbc;

    DocumentSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Draws the next number of the sequence (01 for a new one). */
    public int next(long unitId, String key, long term) {
        jdbc.sql("""
                        INSERT INTO document_sequence (org_unit_id, sequence_key, term_key, last_number)
                        VALUES (:unit, :key, :term, 0) ON CONFLICT DO NOTHING""")
                .param("unit", unitId)
                .param("key", key)
                .param("term", term)
                .update();
        jdbc.sql("""
                        UPDATE document_sequence SET last_number = last_number + 1
                         WHERE org_unit_id = :unit AND sequence_key = :key AND term_key = :term""")
                .param("unit", unitId)
                .param("key", key)
                .param("term", term)
                .update();
        return last(unitId, key, term).orElseThrow();
    }

    /** The last number drawn, if any. */
    public Optional<Integer> last(long unitId, String key, long term) {
        return jdbc.sql("""
                        SELECT last_number FROM document_sequence
                         WHERE org_unit_id = :unit AND sequence_key = :key AND term_key = :term""")
                .param("unit", unitId)
                .param("key", key)
                .param("term", term)
                .query(Integer.class)
                .optional();
    }
}
