package vn.dangvu.bench;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcomes of a load run per request kind, counted between the end of the warm-up and the end of the run: the
 * latencies of the 2xx answers, the 409 conflicts apart, and the errors (other non-2xx answers, timeouts, broken
 * connections); also the load average sampled during the run.
 */
final class Tally {

    static final String HEADER =
            "| Request | Requests | Throughput | p50 | p95 | p99 | Errors (HTTP / timeout / connection) | 409 conflicts |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|";

    private final long measureFrom;
    private final long end;
    private final Map<String, Kind> kinds = new TreeMap<>();
    private final Kind all = new Kind();
    private Latencies interval = new Latencies();
    private double loadSum;
    private double loadMax;
    private int loadSamples;

    Tally(long measureFrom, long end) {
        this.measureFrom = measureFrom;
        this.end = end;
    }

    /** One request: its status (0 when there was no answer, then {@code failure} says why). */
    void record(String kind, long sent, long done, int status, IOException failure) {
        if (sent < measureFrom || done > end) {
            return;
        }
        Kind counts;
        synchronized (this) {
            counts = kinds.computeIfAbsent(kind, k -> new Kind());
            if (status / 100 == 2) {
                interval.add(done - sent);
            }
        }
        counts.add(done - sent, status, failure);
        all.add(done - sent, status, failure);
    }

    /** The 2xx latencies since the last call, sorted. */
    synchronized long[] drainInterval() {
        long[] sorted = interval.sorted();
        interval = new Latencies();
        return sorted;
    }

    long errors() {
        return all.errors();
    }

    synchronized void loadSample(double load) {
        loadSum += load;
        loadMax = Math.max(loadMax, load);
        loadSamples++;
    }

    synchronized String load() {
        return "mean %.1f, max %.1f".formatted(loadSum / Math.max(1, loadSamples), loadMax);
    }

    /** A row per request kind, then the whole mix. */
    synchronized String rows(int seconds) {
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Kind> kind : kinds.entrySet()) {
            rows.append(kind.getValue().row(kind.getKey(), seconds)).append('\n');
        }
        return rows.append(all.row("**all**", seconds)).append('\n').toString();
    }

    synchronized String row(String label, String kind, int seconds) {
        return kinds.getOrDefault(kind, new Kind()).row(label, seconds);
    }

    private static final class Kind {
        private final Latencies latencies = new Latencies();
        private long http;
        private long timeouts;
        private long connections;
        private long conflicts;

        synchronized void add(long latency, int status, IOException failure) {
            if (failure != null) {
                if (failure instanceof HttpTimeoutException) {
                    timeouts++;
                } else {
                    connections++;
                }
            } else if (status == 409) {
                conflicts++;
            } else if (status / 100 != 2) {
                http++;
            } else {
                latencies.add(latency);
            }
        }

        synchronized long errors() {
            return http + timeouts + connections;
        }

        synchronized String row(String label, int seconds) {
            long[] sorted = latencies.sorted();
            long requests = sorted.length + errors() + conflicts;
            return "| %s | %,d | %.1f req/s | %.0f ms | %.0f ms | %.0f ms | %d (%d / %d / %d) | %d |"
                    .formatted(
                            label,
                            requests,
                            requests / (double) seconds,
                            BenchClient.percentile(sorted, 50),
                            BenchClient.percentile(sorted, 95),
                            BenchClient.percentile(sorted, 99),
                            errors(),
                            http,
                            timeouts,
                            connections,
                            conflicts);
        }
    }

    /** A growing array of nanosecond latencies (no boxing: a soak keeps hundreds of thousands). */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
