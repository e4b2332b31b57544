package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.org.OrgSizeWarning;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.OrgMembership.MemberCounts;

/** REGULATIONS §1.2: Điều lệ Đảng Art 21 (3 official members; 30 members) and Art 24(4) (9 official members). */
class OrgSizePolicyTests {

    private static List<String> codes(OrgUnitKind kind, long active, long official) {
        return OrgSizePolicy.warnings(1, "Chi bộ A", kind, new MemberCounts(active, official)).stream()
                .map(OrgSizeWarning::code)
                .toList();
    }

    @ParameterizedTest(name = "{0} with {1} official members: too few = {2}")
    @CsvSource({
        // Điều lệ Art 21, 24: at least 3 official members (boundary 2/3)
        "CELL, 2, true",
        "CELL, 3, false",
        "GRASSROOTS_CELL, 2, true",
        "GRASSROOTS_CELL, 3, false",
        "GRASSROOTS_COMMITTEE, 2, true",
        "GRASSROOTS_COMMITTEE, 3, false",
        // the rule is about party organisations that need 3 members; a tổ đảng or a commune committee is not checked
        "PARTY_GROUP, 0, false",
        "COMMUNE, 0, false"
    })
    void fewerThanThreeOfficialMembers(OrgUnitKind kind, long official, boolean warned) {
        assertThat(codes(kind, official + 1, official).contains("TOO_FEW_OFFICIAL"))
                .isEqualTo(warned);
    }

    @Test
    void exemptedAndProbationaryMembersDoNotMakeUpTheThreeOfficialOnes() {
        assertThat(codes(OrgUnitKind.CELL, 10, 2)).contains("TOO_FEW_OFFICIAL");
    }

    @ParameterizedTest(name = "chi bộ cơ sở with {0} members should become a đảng bộ cơ sở: {1}")
    @CsvSource({"29, false", "30, true", "45, true"})
    void grassrootsCellReachingThirtyMembers(long active, boolean warned) {
        List<OrgSizeWarning> warnings =
                OrgSizePolicy.warnings(1, "Chi bộ cơ sở X", OrgUnitKind.GRASSROOTS_CELL, new MemberCounts(active, 5));
        assertThat(warnings.stream().anyMatch(w -> w.code().equals("SHOULD_BECOME_COMMITTEE")))
                .isEqualTo(warned);
        warnings.stream()
                .filter(w -> w.code().equals("SHOULD_BECOME_COMMITTEE"))
                .forEach(w -> {
                    assertThat(w.level()).isEqualTo("WARNING");
                    assertThat(w.threshold()).isEqualTo(30);
                    assertThat(w.count()).isEqualTo(active);
                    assertThat(w.source()).contains("Điều 21");
                });
    }

    @Test
    void theThirtyMemberRuleIsForChiBoCoSoOnly() {
        assertThat(codes(OrgUnitKind.CELL, 35, 30)).doesNotContain("SHOULD_BECOME_COMMITTEE");
        assertThat(codes(OrgUnitKind.GRASSROOTS_COMMITTEE, 35, 30)).doesNotContain("SHOULD_BECOME_COMMITTEE");
    }

    @ParameterizedTest(name = "{0} with {1} official members elects a chi ủy: {2}")
    @CsvSource({
        "CELL, 8, false",
        "CELL, 9, true",
        "GRASSROOTS_CELL, 8, false",
        "GRASSROOTS_CELL, 9, true",
        "GRASSROOTS_COMMITTEE, 40, false"
    })
    void cellWithNineOfficialMembersElectsACellCommittee(OrgUnitKind kind, long official, boolean informed) {
        List<OrgSizeWarning> warnings =
                OrgSizePolicy.warnings(7, "Chi bộ B", kind, new MemberCounts(official + 2, official));
        assertThat(warnings.stream().anyMatch(w -> w.code().equals("ELECTS_CELL_COMMITTEE")))
                .isEqualTo(informed);
        warnings.stream().filter(w -> w.code().equals("ELECTS_CELL_COMMITTEE")).forEach(w -> {
            assertThat(w.level()).as("informational only").isEqualTo("INFO");
            assertThat(w.source()).contains("Điều 24");
            assertThat(w.unitId()).isEqualTo(7);
        });
    }
}
