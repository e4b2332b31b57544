package vn.dangvu.shared.persistence;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Keys for rows written in bulk that ascend in the order they are made: UUID version 7 (RFC 9562, §5.7) with the
 * milliseconds of {@code start}, then a counter (method 1 of §6.2: the 12 bits of {@code rand_a} and the top 20 of
 * {@code rand_b}), then 42 random bits. A random key puts each new row of a 5.6 M-row table on a different page of
 * every index that begins with it (the table's key, its history's, its statistics'); ascending keys fill a few pages
 * at the end (docs/benchmarks.md, member import). Keys made by two generators of the same millisecond differ in
 * their random bits. One generator per bulk write; not thread-safe.
 */
public final class OrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long COUNTER_LIMIT = 1L << 32;

    private final long high;
    private long counter;

    private OrderedIds(Instant start) {
        this.high = (start.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L;
    }

    /** A generator whose keys carry the milliseconds of {@code start}. */
    public static OrderedIds startingAt(Instant start) {
        return new OrderedIds(start);
    }

    /** The next key, greater (byte by byte, as databases compare them) than every key made before by this one. */
    public UUID next() {
        if (counter == COUNTER_LIMIT) {
            throw new IllegalStateException("more than 2^32 keys from one generator");
        }
        long n = counter++;
        long msb = high | (n >>> 20);
        long lsb = 0x8000_0000_0000_0000L | (n & 0xF_FFFFL) << 42 | RANDOM.nextLong() >>> 22;
        return new UUID(msb, lsb);
    }
}
