package vn.dangvu.security.internal.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Walks the whole chain and names the first entry whose hash, predecessor or number does not fit. */
@Component
public class AuditVerifier {

    /**
     * The verdict.
     *
     * @param valid every entry fits
     * @param checked entries read
     * @param firstBrokenSeq the first entry that does not fit, or {@code null}
     */
    public record Verdict(
            boolean valid, long checked, @Nullable Long firstBrokenSeq) {}

    private static final String GENESIS = "0".repeat(64);

    private final AuditQueries queries;

    AuditVerifier(AuditQueries queries) {
        this.queries = queries;
    }

    public Verdict verify() {
        long[] checked = {0};
        long[] expectedSeq = {1};
        String[] previous = {GENESIS};
        Long[] broken = {null};
        queries.forEachInOrder(entry -> {
            checked[0]++;
            if (broken[0] != null) {
                return;
            }
            boolean fits = entry.seq() == expectedSeq[0]
                    && entry.prevHash().equals(previous[0])
                    && AuditHash.of(entry).equals(entry.hash());
            if (!fits) {
                broken[0] = entry.seq() == expectedSeq[0] ? entry.seq() : expectedSeq[0];
            }
            expectedSeq[0] = entry.seq() + 1;
            previous[0] = entry.hash();
        });
        if (broken[0] == null) {
            Object[] head = queries.head();
            if ((Long) head[0] != expectedSeq[0] - 1 || !head[1].equals(previous[0])) {
                broken[0] = expectedSeq[0] - 1 == 0 ? 0L : expectedSeq[0] - 1;
            }
        }
        return new Verdict(broken[0] == null, checked[0], broken[0]);
    }
}
