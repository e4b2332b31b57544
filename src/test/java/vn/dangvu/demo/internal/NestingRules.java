package vn.dangvu.demo.internal;

import java.util.Map;
import java.util.Set;

/**
 * The nesting of REGULATIONS §1.1–1.2 as the org module's policy states it, written out again so the demo's tests
 * check the generated tree against the rule rather than against the generator.
 */
final class NestingRules {

    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "PROVINCIAL", Set.of("COMMUNE", "SECTORAL", "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"),
            "COMMUNE", Set.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"),
            "SECTORAL", Set.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"),
            "GRASSROOTS_COMMITTEE", Set.of("PARTIAL_COMMITTEE", "CELL"),
            "PARTIAL_COMMITTEE", Set.of("CELL"),
            "GRASSROOTS_CELL", Set.of("PARTY_GROUP"),
            "CELL", Set.of("PARTY_GROUP"),
            "PARTY_GROUP", Set.of());

    private NestingRules() {}

    static boolean allows(String parent, String child) {
        return CHILDREN.getOrDefault(parent, Set.of()).contains(child);
    }
}
