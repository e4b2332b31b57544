package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.DomainException;

/** REGULATIONS §1.1–1.2: QĐ 294-QĐ/TW (2025) three levels; Điều lệ Đảng Art 21 and 24. */
class OrgNestingPolicyTests {

    @ParameterizedTest(name = "{0} may contain {1}: {2}")
    @CsvSource({
        // QĐ 294-QĐ/TW: communes and sectoral committees sit directly under the provincial committee
        "PROVINCIAL, COMMUNE, true",
        "PROVINCIAL, SECTORAL, true",
        // the district level is gone: nothing between province and commune
        "COMMUNE, COMMUNE, false",
        // a special zone's organisation may itself be grassroots, directly under the province
        "PROVINCIAL, GRASSROOTS_CELL, true",
        // Điều lệ Art 21: grassroots organisations under the commune / sectoral committees
        "COMMUNE, GRASSROOTS_COMMITTEE, true",
        "SECTORAL, GRASSROOTS_CELL, true",
        "COMMUNE, CELL, false",
        // đảng bộ cơ sở has cells and đảng bộ bộ phận; a chi bộ cơ sở has no cells under it
        "GRASSROOTS_COMMITTEE, CELL, true",
        "GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE, true",
        "PARTIAL_COMMITTEE, CELL, true",
        "GRASSROOTS_CELL, CELL, false",
        // Điều lệ Art 24: tổ đảng inside cells only
        "CELL, PARTY_GROUP, true",
        "GRASSROOTS_CELL, PARTY_GROUP, true",
        "GRASSROOTS_COMMITTEE, PARTY_GROUP, false",
        "PARTY_GROUP, PARTY_GROUP, false",
        "NATIONAL, PROVINCIAL, true",
        "NATIONAL, COMMUNE, false"
    })
    void decidesWhichKindMaySitUnderWhich(OrgUnitKind parent, OrgUnitKind child, boolean allowed) {
        assertThat(OrgNestingPolicy.allows(parent, child)).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void refusalNamesTheRuleAndBothKinds() {
        assertThatThrownBy(() -> OrgNestingPolicy.check(OrgUnitKind.COMMUNE, OrgUnitKind.CELL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.nesting.not-allowed");
                    assertThat(e.args()).containsExactly(OrgUnitKind.CELL, OrgUnitKind.COMMUNE);
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
                });
    }
}
