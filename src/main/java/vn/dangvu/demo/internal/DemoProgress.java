package vn.dangvu.demo.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dangvu.demo.DemoSize;

/** Logs a line about every 10 % of the rows written, so a long generation (HANOI) shows it is moving. */
final class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    private final DemoSize size;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private int reported;

    /** @param total rows expected (an estimate is fine: the percentage is capped) */
    DemoProgress(DemoSize size, long total) {
        this.size = size;
        this.total = Math.max(1, total);
    }

    void advance(int rows) {
        done += rows;
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent / 10 > reported / 10 && percent < 100) {
            reported = percent;
            log.info("Dữ liệu mẫu {}: {} % ({} s)", size, percent / 10 * 10, seconds());
        }
    }

    void done() {
        log.info("Dữ liệu mẫu {}: 100 % ({} s)", size, seconds());
    }

    private long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000;
    }
}
