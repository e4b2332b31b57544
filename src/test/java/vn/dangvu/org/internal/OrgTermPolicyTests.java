package vn.dangvu.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.DomainException;

/** REGULATIONS §1.3: 5-year terms; chi bộ 2.5 or 5 years (QĐ 294-QĐ/TW, HD 06-HD/TW pilot); HD 06 numbering. */
class OrgTermPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final OrgProperties BOTH = OrgProperties.defaults();

    @ParameterizedTest(name = "{0}: {1} months allowed = {2}")
    @CsvSource({
        "CELL, 30, true",
        "CELL, 60, true",
        "CELL, 24, false",
        // the pilot concerns chi bộ trực thuộc, not chi bộ cơ sở
        "GRASSROOTS_CELL, 30, false",
        "GRASSROOTS_CELL, 60, true",
        "GRASSROOTS_COMMITTEE, 60, true",
        "COMMUNE, 30, false",
        "PROVINCIAL, 60, true"
    })
    void termLengthsByKind(OrgUnitKind kind, int months, boolean allowed) {
        var check = assertThatCode(() -> OrgTermPolicy.check(kind, 1, TODAY, months, null, TODAY, BOTH));
        if (allowed) {
            check.doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> OrgTermPolicy.check(kind, 1, TODAY, months, null, TODAY, BOTH))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("org.term.length-not-allowed");
                        assertThat(e.field()).isEqualTo("lengthMonths");
                    });
        }
    }

    @Test
    void theFiveYearCellTermIsASetting() {
        OrgProperties halfOnly = new OrgProperties(List.of(30));
        assertThat(OrgTermPolicy.allowedLengths(OrgUnitKind.CELL, halfOnly)).containsExactly(30);
        assertThatThrownBy(() -> OrgTermPolicy.check(OrgUnitKind.CELL, 1, TODAY, 60, null, TODAY, halfOnly))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new OrgProperties(List.of(36))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartyGroupHasNoCongressAndNoTerm() {
        assertThat(OrgTermPolicy.allowedLengths(OrgUnitKind.PARTY_GROUP, BOTH)).isEmpty();
        assertThatThrownBy(() -> OrgTermPolicy.check(OrgUnitKind.PARTY_GROUP, 1, TODAY, 60, null, TODAY, BOTH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("org.term.not-applicable"));
    }

    @Test
    void hd06TheCongressNumberContinuesAndTheTermStartsAtTheCongress() {
        OrgTerm previous = new OrgTerm(1, 5, 3, LocalDate.of(2022, 6, 1), 30, LocalDate.of(2024, 12, 1), true);
        assertThatCode(() ->
                        OrgTermPolicy.check(OrgUnitKind.CELL, 4, LocalDate.of(2025, 5, 10), 30, previous, TODAY, BOTH))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        OrgTermPolicy.check(OrgUnitKind.CELL, 3, LocalDate.of(2025, 5, 10), 30, previous, TODAY, BOTH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("congressNumber"));
        assertThatThrownBy(() ->
                        OrgTermPolicy.check(OrgUnitKind.CELL, 4, LocalDate.of(2022, 6, 1), 30, previous, TODAY, BOTH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThatThrownBy(() -> OrgTermPolicy.check(OrgUnitKind.CELL, 4, TODAY.plusDays(1), 30, previous, TODAY, BOTH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("org.term.starts-in-future"));
    }
}
