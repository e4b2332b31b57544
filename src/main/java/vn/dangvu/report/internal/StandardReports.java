package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.Religion;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Movements;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;
import vn.dangvu.report.SubtreeStatistics;
import vn.dangvu.report.SubtreeStatistics.Bucket;
import vn.dangvu.report.internal.ReportDefinition.Column;
import vn.dangvu.report.internal.ReportDefinition.Row;

/**
 * Lays out the four standard reports (REGULATIONS §12.3; HD 11-HD/BTCTW 2021, modelled on the 2012 forms Biểu
 * 1–4-TCTW) from the figures of a unit and of each of its direct children: one row per child, a row for what the unit
 * holds itself (members registered at it, or the unit itself among the organisations) when that is not nothing, and the
 * unit's own figures as the totals row, so that every column adds up. Report 1 covers the year up to the reference
 * date (the forms' annual period starts on 1/1).
 */
final class StandardReports {

    /** The minority groups given a column of their own in report 3; the others are summed under "Dân tộc khác". */
    static final int ETHNIC_COLUMNS = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String KINH = "KINH";

    private final ReportFigures figures;
    private final String place;

    StandardReports(ReportFigures figures, String place) {
        this.figures = figures;
        this.place = place;
    }

    ReportDefinition build(ReportKind kind, OrgUnitRef unit, LocalDate date) {
        return switch (kind) {
            case MEMBERS -> members(unit, date);
            case QUALITY -> fromStatistics(kind, unit, date, qualityColumns(), qualityNotes(date));
            case ETHNICITY_RELIGION -> {
                SubtreeStatistics total = figures.statistics(unit, date);
                yield fromStatistics(kind, unit, date, total, ethnicityColumns(total), ethnicityNotes());
            }
            case ORGANISATIONS -> fromStatistics(kind, unit, date, organisationColumns(), organisationNotes());
        };
    }

    /** The heading's top-left lines: the organisation, and under it the body that makes its statistics. */
    static List<String> issuer(OrgUnitRef unit) {
        String name = unit.name().toUpperCase(new Locale("vi", "VN"));
        return switch (unit.kind()) {
            case NATIONAL -> List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC");
            case PROVINCIAL -> List.of(name, "BAN TỔ CHỨC");
            case CELL, GRASSROOTS_CELL, PARTY_GROUP -> List.of(name);
            default -> List.of(name, "ĐẢNG ỦY");
        };
    }

    // ---- report 1: numbers and movements ----

    private ReportDefinition members(OrgUnitRef unit, LocalDate date) {
        LocalDate from = date.withDayOfYear(1);
        List<Spec<Movements>> specs = new ArrayList<>();
        specs.add(new Spec<>(new Column("START", "Đầu kỳ", null), Movements::start));
        String in = "Tăng trong kỳ";
        String[][] arrivals = {
            {"ADMITTED", "Kết nạp"},
            {"READMITTED", "Kết nạp lại"},
            {"TRANSFERRED_IN", "Chuyển đến"},
            {"TEMPORARY_IN", "Đến sinh hoạt tạm thời"},
            {"REORGANISED_IN", "Do sắp xếp tổ chức"},
            {"OTHER_IN", "Tăng khác"}
        };
        for (String[] a : arrivals) {
            specs.add(new Spec<>(new Column("IN." + a[0], a[1], in), m -> count(m.in(), a[0])));
        }
        specs.add(new Spec<>(new Column("IN", "Cộng tăng", in), m -> sum(m.in())));
        String out = "Giảm trong kỳ";
        String[][] departures = {
            {"TRANSFERRED_OUT", "Chuyển đi"},
            {"TEMPORARY_OUT", "Đi sinh hoạt tạm thời"},
            {"DIED", "Từ trần"},
            {"REMOVED", "Xóa tên"},
            {"EXPELLED", "Khai trừ"},
            {"LEFT", "Xin ra khỏi Đảng"},
            {"REORGANISED_OUT", "Do sắp xếp tổ chức"},
            {"OTHER_OUT", "Giảm khác"}
        };
        for (String[] d : departures) {
            specs.add(new Spec<>(new Column("OUT." + d[0], d[1], out), m -> count(m.out(), d[0])));
        }
        specs.add(new Spec<>(new Column("OUT", "Cộng giảm", out), m -> sum(m.out())));
        specs.add(new Spec<>(new Column("RECOGNISED", "Công nhận chính thức", null), Movements::recognised));
        specs.add(new Spec<>(new Column("END", "Cuối kỳ", null), Movements::end));

        Movements total = figures.movements(unit, from, date);
        List<OrgUnitRef> children =
                total.children().stream().map(Movements.ChildMovements::unit).toList();
        Table table = table(specs, total, children, child -> figures.movements(child, from, date), unit, false);
        List<String> unbalanced = new ArrayList<>();
        for (Row row : table.rowsAndTotal()) {
            List<Long> v = row.values();
            int last = v.size() - 1;
            long start = v.get(0);
            long arrived = v.get(arrivals.length + 1);
            long left = v.get(arrivals.length + 2 + departures.length);
            if (start + arrived - left != v.get(last)) {
                unbalanced.add(row.label());
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Kiểm tra cân đối (đầu kỳ + cộng tăng − cộng giảm = cuối kỳ): "
                + (unbalanced.isEmpty() ? "đúng ở mọi dòng." : "KHÔNG cân đối ở: " + String.join("; ", unbalanced)));
        notes.add("Công nhận chính thức là thay đổi loại đảng viên, không làm thay đổi số lượng.");
        notes.add("Chuyển sinh hoạt giữa các tổ chức trong cùng đảng bộ chỉ tính ở các tổ chức liên quan.");
        String period = "Từ ngày " + from.format(DAY) + " đến ngày " + date.format(DAY);
        return definition(ReportKind.MEMBERS, unit, date, period, specs, table, notes);
    }

    // ---- reports 2, 3, 4: structure on the reference date ----

    private ReportDefinition fromStatistics(
            ReportKind kind, OrgUnitRef unit, LocalDate date, List<Spec<SubtreeStatistics>> specs, List<String> notes) {
        return fromStatistics(kind, unit, date, figures.statistics(unit, date), specs, notes);
    }

    private ReportDefinition fromStatistics(
            ReportKind kind,
            OrgUnitRef unit,
            LocalDate date,
            SubtreeStatistics total,
            List<Spec<SubtreeStatistics>> specs,
            List<String> notes) {
        List<OrgUnitRef> children = total.children().stream()
                .map(SubtreeStatistics.ChildStatistics::unit)
                .toList();
        Table table = table(
                specs,
                total,
                children,
                child -> figures.statistics(child, date),
                unit,
                kind == ReportKind.ORGANISATIONS);
        String period = "Số liệu tính đến ngày " + date.format(DAY);
        return definition(kind, unit, date, period, specs, table, notes);
    }

    private static List<Spec<SubtreeStatistics>> qualityColumns() {
        List<Spec<SubtreeStatistics>> specs = new ArrayList<>();
        specs.add(new Spec<>(new Column("MEMBERS", "Tổng số đảng viên", null), SubtreeStatistics::members));
        specs.add(new Spec<>(new Column("SEX.F", "Nữ", null), s -> count(buckets(s, StatDimension.SEX), "F")));
        bandColumns(specs, StatDimension.AGE_BAND, "Tuổi đời");
        bandColumns(specs, StatDimension.GENERAL_EDUCATION, "Giáo dục phổ thông");
        bandColumns(specs, StatDimension.PROFESSIONAL_LEVEL, "Chuyên môn, nghiệp vụ");
        bandColumns(specs, StatDimension.THEORY_LEVEL, "Lý luận chính trị");
        bandColumns(specs, StatDimension.PARTY_AGE_BAND, "Tuổi Đảng (năm)");
        return specs;
    }

    private static List<String> qualityNotes(LocalDate date) {
        return List.of(
                "Tuổi đời và tuổi Đảng tính tròn năm đến ngày " + date.format(DAY)
                        + "; tuổi Đảng tính từ ngày kết nạp lần đầu, trừ thời gian gián đoạn.",
                "Trình độ chuyên môn và lý luận chính trị: ghi trình độ cao nhất.");
    }

    private static List<Spec<SubtreeStatistics>> ethnicityColumns(SubtreeStatistics total) {
        List<Spec<SubtreeStatistics>> specs = new ArrayList<>();
        specs.add(new Spec<>(new Column("MEMBERS", "Tổng số đảng viên", null), SubtreeStatistics::members));
        String ethnic = "Dân tộc thiểu số";
        specs.add(new Spec<>(new Column("ETHNICITY.MINORITY", "Cộng", ethnic), StandardReports::minorities));
        List<String> named = buckets(total, StatDimension.ETHNICITY).stream()
                .map(Bucket::key)
                .filter(key -> !KINH.equals(key) && !StatBands.UNKNOWN.equals(key))
                .limit(ETHNIC_COLUMNS)
                .toList();
        for (String key : named) {
            specs.add(new Spec<>(
                    new Column("ETHNICITY." + key, ReportLabels.ethnicity(key), ethnic),
                    s -> count(buckets(s, StatDimension.ETHNICITY), key)));
        }
        specs.add(new Spec<>(
                new Column("ETHNICITY.OTHER", "Dân tộc khác", ethnic),
                s -> minorities(s)
                        - named.stream()
                                .mapToLong(key -> count(buckets(s, StatDimension.ETHNICITY), key))
                                .sum()));
        String religious = "Có tôn giáo";
        specs.add(new Spec<>(new Column("RELIGION.ANY", "Cộng", religious), StandardReports::religious));
        for (Religion religion : Religion.values()) {
            if (religion != Religion.NONE) {
                specs.add(new Spec<>(
                        new Column("RELIGION." + religion.name(), ReportLabels.religion(religion), religious),
                        s -> count(buckets(s, StatDimension.RELIGION), religion.name())));
            }
        }
        return specs;
    }

    private static List<String> ethnicityNotes() {
        return List.of(
                "Các cột dân tộc: những dân tộc thiểu số có nhiều đảng viên nhất trong đảng bộ (tối đa "
                        + ETHNIC_COLUMNS + "); các dân tộc thiểu số còn lại ở cột «Dân tộc khác».",
                "Đảng viên chưa ghi dân tộc hoặc tôn giáo không được tính vào các cột tương ứng.");
    }

    private static long minorities(SubtreeStatistics s) {
        return buckets(s, StatDimension.ETHNICITY).stream()
                .filter(b -> !KINH.equals(b.key()) && !StatBands.UNKNOWN.equals(b.key()))
                .mapToLong(Bucket::count)
                .sum();
    }

    private static long religious(SubtreeStatistics s) {
        return buckets(s, StatDimension.RELIGION).stream()
                .filter(b -> !Religion.NONE.name().equals(b.key()) && !StatBands.UNKNOWN.equals(b.key()))
                .mapToLong(Bucket::count)
                .sum();
    }

    private static List<Spec<SubtreeStatistics>> organisationColumns() {
        List<Spec<SubtreeStatistics>> specs = new ArrayList<>();
        String kinds = "Tổ chức đảng theo loại hình";
        specs.add(new Spec<>(
                new Column("UNIT_KIND.ALL", "Tổng số", kinds), s -> sum(buckets(s, StatDimension.UNIT_KIND))));
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            if (kind != OrgUnitKind.NATIONAL) {
                specs.add(new Spec<>(
                        new Column("UNIT_KIND." + kind.name(), ReportLabels.unitKind(kind), kinds),
                        s -> count(buckets(s, StatDimension.UNIT_KIND), kind.name())));
            }
        }
        String cells = "Chi bộ theo số đảng viên";
        specs.add(new Spec<>(
                new Column("CELL_SIZE.ALL", "Tổng số chi bộ", cells), s -> sum(buckets(s, StatDimension.CELL_SIZE))));
        for (Map.Entry<String, String> band :
                ReportLabels.bands(StatDimension.CELL_SIZE).entrySet()) {
            specs.add(new Spec<>(
                    new Column("CELL_SIZE." + band.getKey(), band.getValue(), cells),
                    s -> count(buckets(s, StatDimension.CELL_SIZE), band.getKey())));
        }
        return specs;
    }

    private static List<String> organisationNotes() {
        return List.of(
                "Tổng số tổ chức gồm cả tổ chức báo cáo; chi bộ gồm chi bộ cơ sở và chi bộ trực thuộc.",
                "Chi bộ dưới 3 đảng viên chính thức phải được sáp nhập; từ 9 đảng viên bầu chi ủy; chi bộ cơ sở từ 30"
                        + " đảng viên lập đảng bộ cơ sở (Điều lệ Đảng, Điều 21, 24).");
    }

    private static void bandColumns(List<Spec<SubtreeStatistics>> specs, StatDimension dimension, String group) {
        for (Map.Entry<String, String> band : ReportLabels.bands(dimension).entrySet()) {
            specs.add(new Spec<>(
                    new Column(dimension.name() + "." + band.getKey(), band.getValue(), group),
                    s -> count(buckets(s, dimension), band.getKey())));
        }
    }

    // ---- the table ----

    /** How one column is computed from a unit's figures. */
    private record Spec<T>(Column column, ToLongFunction<T> value) {}

    private record Table(List<Row> rows, Row total) {
        List<Row> rowsAndTotal() {
            List<Row> all = new ArrayList<>(rows);
            all.add(total);
            return all;
        }
    }

    private static <T> Table table(
            List<Spec<T>> specs,
            T totalFigures,
            List<OrgUnitRef> children,
            Function<OrgUnitRef, T> figuresOf,
            OrgUnitRef unit,
            boolean countsUnits) {
        long[] rest = values(specs, totalFigures);
        long[] total = rest.clone();
        List<Row> rows = new ArrayList<>();
        for (OrgUnitRef child : children) {
            long[] values = values(specs, figuresOf.apply(child));
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= values[i];
            }
            rows.add(new Row(child.id(), child.name(), boxed(values)));
        }
        if (Arrays.stream(rest).anyMatch(v -> v != 0)) {
            String label = countsUnits ? "Bản thân " + unit.name() : "Sinh hoạt trực tiếp tại " + unit.name();
            rows.add(new Row(null, label, boxed(rest)));
        }
        return new Table(List.copyOf(rows), new Row(null, "Tổng cộng", boxed(total)));
    }

    private static <T> long[] values(List<Spec<T>> specs, T figures) {
        long[] values = new long[specs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = specs.get(i).value().applyAsLong(figures);
        }
        return values;
    }

    private <T> ReportDefinition definition(
            ReportKind kind,
            OrgUnitRef unit,
            LocalDate date,
            String period,
            List<Spec<T>> specs,
            Table table,
            List<String> notes) {
        return new ReportDefinition(
                kind,
                kind.formCode(),
                kind.title(),
                issuer(unit),
                place,
                unit.id(),
                unit.name(),
                date,
                period,
                "Tổ chức đảng",
                specs.stream().map(Spec::column).toList(),
                table.rows(),
                table.total(),
                List.copyOf(notes));
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static List<Bucket> buckets(SubtreeStatistics s, StatDimension dimension) {
        for (SubtreeStatistics.Breakdown breakdown : s.breakdowns()) {
            if (breakdown.dimension() == dimension) {
                return breakdown.buckets();
            }
        }
        return List.of();
    }

    private static long count(List<Bucket> buckets, @Nullable String key) {
        for (Bucket bucket : buckets) {
            if (bucket.key().equals(key)) {
                return bucket.count();
            }
        }
        return 0;
    }

    private static long sum(List<Bucket> buckets) {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }
}
