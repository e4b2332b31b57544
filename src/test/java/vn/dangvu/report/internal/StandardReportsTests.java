package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.report.internal.ReportFixtures.CITY;
import static vn.dangvu.report.internal.ReportFixtures.DATE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.report.internal.ReportDefinition.Row;

/** The four standard reports laid out from constructed figures (REGULATIONS §12.3, Biểu 1–4-TCTW). */
class StandardReportsTests {

    private final FakeFigures figures = ReportFixtures.figures();
    private final StandardReports reports = ReportFixtures.reports(figures);

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyColumnOfTheTotalsIsTheSumOfTheRows(ReportKind kind) {
        ReportDefinition report = reports.build(kind, CITY, DATE);

        assertThat(report.rows()).isNotEmpty();
        for (int c = 0; c < report.columns().size(); c++) {
            int column = c;
            long sum = report.rows().stream()
                    .mapToLong(r -> r.values().get(column))
                    .sum();
            assertThat(sum)
                    .as(report.columns().get(c).label())
                    .isEqualTo(report.total().values().get(c));
        }
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.values()).hasSameSizeAs(report.columns()));
    }

    @Test
    void theHeadingIsThatOfAPartyDocument() {
        ReportDefinition report = reports.build(ReportKind.QUALITY, CITY, DATE);

        assertThat(report.formCode()).isEqualTo("Biểu 2-TCTW");
        assertThat(report.title()).isEqualTo("BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN");
        assertThat(report.issuer()).containsExactly("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "BAN TỔ CHỨC");
        assertThat(report.period()).isEqualTo("Số liệu tính đến ngày 31/12/2025");
        assertThat(report.rows())
                .extracting(Row::label)
                .containsExactly(
                        "Đảng bộ phường Ba Đình", "Đảng bộ phường Hoàn Kiếm", "Đảng bộ các cơ quan Đảng Thành phố");
        assertThat(report.total().label()).isEqualTo("Tổng cộng");
    }

    @Test
    void theQualityReportCountsMembersAndWomenPerChild() {
        ReportDefinition report = reports.build(ReportKind.QUALITY, CITY, DATE);
        SubtreeStatistics baDinh = figures.statistics(ReportFixtures.BA_DINH, DATE);

        assertThat(report.columns().get(0).label()).isEqualTo("Tổng số đảng viên");
        assertThat(report.columns().get(1).label()).isEqualTo("Nữ");
        assertThat(report.rows().get(0).values().get(0)).isEqualTo(baDinh.members());
        assertThat(report.rows().get(0).values().get(1)).isEqualTo(FakeFigures.count(baDinh, StatDimension.SEX, "F"));
        assertThat(report.columns())
                .extracting(ReportDefinition.Column::label)
                .contains("Đến 30", "Trên 70", "Trung học phổ thông", "Thạc sĩ", "Cao cấp", "Từ 50", "Chưa rõ");
        assertThat(report.columns())
                .extracting(ReportDefinition.Column::group)
                .contains("Tuổi đời", "Giáo dục phổ thông", "Chuyên môn, nghiệp vụ", "Lý luận chính trị");
        long ageSum = 0;
        for (int c = 0; c < report.columns().size(); c++) {
            if ("Tuổi đời".equals(report.columns().get(c).group())) {
                ageSum += report.total().values().get(c);
            }
        }
        assertThat(ageSum)
                .as("every member in one age band")
                .isEqualTo(report.total().values().get(0));
    }

    @Test
    void theMovementsReportBalancesAndCoversTheYearToTheReferenceDate() {
        ReportDefinition report = reports.build(ReportKind.MEMBERS, CITY, LocalDate.of(2025, 6, 30));

        assertThat(report.period()).isEqualTo("Từ ngày 01/01/2025 đến ngày 30/06/2025");
        assertThat(report.columns())
                .extracting(ReportDefinition.Column::label)
                .startsWith("Đầu kỳ", "Kết nạp")
                .contains("Từ trần", "Khai trừ", "Cộng tăng", "Cộng giảm")
                .endsWith("Công nhận chính thức", "Cuối kỳ");
        assertThat(report.notes().get(0)).endsWith("đúng ở mọi dòng.");
    }

    @Test
    void anUnbalancedRowIsNamedInTheCheck() {
        FakeFigures broken = new FakeFigures(u -> u.id() == CITY.id() ? List.of(ReportFixtures.BA_DINH) : List.of()) {
            @Override
            public vn.dangvu.report.Movements movements(OrgUnitRef unit, LocalDate from, LocalDate to) {
                vn.dangvu.report.Movements m = super.movements(unit, from, to);
                return new vn.dangvu.report.Movements(
                        m.unit(),
                        from,
                        to,
                        m.start(),
                        m.in(),
                        m.out(),
                        m.recognised(),
                        m.end() + 1,
                        false,
                        m.children());
            }
        };
        ReportDefinition report = ReportFixtures.reports(broken).build(ReportKind.MEMBERS, CITY, DATE);

        assertThat(report.notes().get(0)).contains("KHÔNG cân đối ở: Đảng bộ phường Ba Đình");
    }

    @Test
    void theEthnicityReportNamesTheLargestMinoritiesAndSumsTheRest() {
        ReportDefinition report = reports.build(ReportKind.ETHNICITY_RELIGION, CITY, DATE);

        assertThat(report.columns())
                .extracting(ReportDefinition.Column::label)
                .contains("Tày", "Thái", "Mường", "Dân tộc khác", "Phật giáo", "Công giáo", "Phật giáo Hòa Hảo");
        assertThat(report.columns()).noneMatch(c -> c.label().equals("Kinh"));
        int minority = keyIndex(report, "ETHNICITY.MINORITY");
        int named = 0;
        for (int c = minority + 1; c < report.columns().size(); c++) {
            if ("Dân tộc thiểu số".equals(report.columns().get(c).group())) {
                named += report.total().values().get(c);
            }
        }
        assertThat((long) named).isEqualTo(report.total().values().get(minority));
    }

    @Test
    void theOrganisationsReportCountsTheUnitItselfAndCellsBySize() {
        ReportDefinition report = reports.build(ReportKind.ORGANISATIONS, CITY, DATE);

        // 1 city + 2 communes + 1 sectoral + 7 cells
        assertThat(report.total().values().get(keyIndex(report, "UNIT_KIND.ALL")))
                .isEqualTo(11);
        assertThat(report.total().values().get(keyIndex(report, "CELL_SIZE.ALL")))
                .isEqualTo(7);
        assertThat(report.rows().get(report.rows().size() - 1).label()).isEqualTo("Bản thân Đảng bộ Thành phố Hà Nội");
        assertThat(report.rows().get(0).values().get(keyIndex(report, "UNIT_KIND.COMMUNE")))
                .isEqualTo(1);
    }

    @Test
    void membersRegisteredAtTheUnitItselfGetTheirOwnRow() {
        OrgUnitRef cell = new OrgUnitRef(500, OrgUnitKind.GRASSROOTS_CELL, "Chi bộ Công ty Điện lực", "/1/500/");
        ReportDefinition report =
                ReportFixtures.reports(FakeFigures.flat(cell, List.of())).build(ReportKind.QUALITY, cell, DATE);

        assertThat(report.issuer()).containsExactly("CHI BỘ CÔNG TY ĐIỆN LỰC");
        assertThat(report.rows())
                .extracting(Row::label)
                .containsExactly("Sinh hoạt trực tiếp tại Chi bộ Công ty Điện lực");
    }

    @Test
    void theDefaultReferenceDateIsTheLastYearEndReached() {
        assertThat(ReportPolicy.defaultReferenceDate(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportPolicy.defaultReferenceDate(LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    private static int keyIndex(ReportDefinition report, String key) {
        for (int c = 0; c < report.columns().size(); c++) {
            if (report.columns().get(c).key().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no column " + key);
    }
}
