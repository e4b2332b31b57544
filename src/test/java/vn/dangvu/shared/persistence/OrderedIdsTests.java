package vn.dangvu.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderedIdsTests {

    private static final Instant START = Instant.parse("2026-12-06T08:30:00.123Z");

    @Test
    void keysAscendAsTheDatabaseComparesThemAndAreVersionSevenWithTheStartMillis() {
        OrderedIds ids = OrderedIds.startingAt(START);
        List<String> made = new ArrayList<>();
        // past the 20 counter bits kept in rand_b, where the counter carries into rand_a
        for (int i = 0; i < (1 << 20) + 5; i++) {
            made.add(ids.next().toString());
        }
        // the text form is the bytes in order: ascending text is ascending keys for PostgreSQL and H2
        assertThat(made).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        UUID first = UUID.fromString(made.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(START.toEpochMilli());
        assertThat(UUID.fromString(made.get(made.size() - 1)).version()).isEqualTo(7);
    }

    @Test
    void twoGeneratorsOfTheSameMillisecondMakeDifferentKeys() {
        OrderedIds one = OrderedIds.startingAt(START);
        OrderedIds other = OrderedIds.startingAt(START);
        HashSet<UUID> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(one.next());
            keys.add(other.next());
        }
        assertThat(keys).hasSize(20_000);
    }
}
