package vn.dangvu.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Seeded draws: everything random in the demo city comes from one {@link SplittableRandom}, so it repeats. */
final class Draw {

    private Draw() {}

    /** A version-4 shaped UUID taken from the seeded stream (never {@code UUID.randomUUID()}). */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** A log-normal factor with median 1: the skew of sizes in PERF-BASELINE §2. */
    static double logNormal(SplittableRandom random, double sigma) {
        return Math.exp(sigma * random.nextGaussian());
    }

    /** Normal draw clipped to {@code [min, max]}. */
    static double clippedNormal(SplittableRandom random, double mean, double sd, double min, double max) {
        return Math.max(min, Math.min(max, mean + sd * random.nextGaussian()));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * Splits {@code total} into integer parts proportional to {@code weights}, each at least {@code min} (largest
     * remainder; ties go to the lower index, so the result is deterministic). When {@code total} is below {@code
     * min * weights.length} every part is {@code min}.
     */
    static int[] apportion(int total, double[] weights, int min) {
        int n = weights.length;
        int[] parts = new int[n];
        Arrays.fill(parts, min);
        int rest = total - min * n;
        if (n == 0 || rest <= 0) {
            return parts;
        }
        double sum = Arrays.stream(weights).sum();
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            int whole = (int) Math.floor(exact);
            parts[i] += whole;
            given += whole;
            remainders[i] = exact - whole;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order, (a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : a - b);
        for (int k = 0; k < rest - given; k++) {
            parts[order[k % n]]++;
        }
        return parts;
    }

    /** A choice among values with weights (need not sum to one). */
    static final class Weighted<T> {

        private final List<T> values;
        private final double[] cumulative;

        Weighted(List<T> values, double... weights) {
            if (values.size() != weights.length) {
                throw new IllegalArgumentException(values.size() + " values, " + weights.length + " weights");
            }
            this.values = List.copyOf(values);
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        /** Values and weights written as {@code "Nguyễn 38, Trần 11, …"}. */
        static Weighted<String> parse(String table) {
            List<String> values = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String entry : table.split(",")) {
                String[] words = entry.strip().split("\\s+");
                values.add(String.join(" ", Arrays.copyOf(words, words.length - 1)));
                weights.add(Double.parseDouble(words[words.length - 1]));
            }
            return new Weighted<>(
                    values, weights.stream().mapToDouble(Double::doubleValue).toArray());
        }

        List<T> values() {
            return values;
        }

        T next(SplittableRandom random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, u);
            int slot = index >= 0 ? index + 1 : -index - 1;
            return values.get(Math.min(slot, values.size() - 1));
        }
    }
}
