package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;

/** A small city for the report tests: three organisations under the city committee, two or three cells each. */
final class ReportFixtures {

    static final LocalDate DATE = LocalDate.of(2025, 12, 31);
    static final OrgUnitRef CITY = new OrgUnitRef(1, OrgUnitKind.PROVINCIAL, "Đảng bộ Thành phố Hà Nội", "/1/");
    static final OrgUnitRef BA_DINH = new OrgUnitRef(10, OrgUnitKind.COMMUNE, "Đảng bộ phường Ba Đình", "/1/10/");
    static final OrgUnitRef HOAN_KIEM = new OrgUnitRef(11, OrgUnitKind.COMMUNE, "Đảng bộ phường Hoàn Kiếm", "/1/11/");
    static final OrgUnitRef AGENCIES =
            new OrgUnitRef(12, OrgUnitKind.SECTORAL, "Đảng bộ các cơ quan Đảng Thành phố", "/1/12/");

    private static final Map<Long, List<OrgUnitRef>> TREE = Map.of(
            1L, List.of(BA_DINH, HOAN_KIEM, AGENCIES),
            10L, cells(BA_DINH, 100, "Chi bộ Tổ dân phố số ", 3),
            11L, cells(HOAN_KIEM, 110, "Chi bộ Khu phố Hàng Bạc ", 2),
            12L, cells(AGENCIES, 120, "Chi bộ Văn phòng Thành ủy ", 2));

    private ReportFixtures() {}

    static FakeFigures figures() {
        return new FakeFigures(unit -> TREE.getOrDefault(unit.id(), List.of()));
    }

    /** A unit with {@code n} cells: enough rows for a long report. */
    static FakeFigures wide(OrgUnitRef root, int n) {
        return FakeFigures.flat(root, cells(root, 1000, "Chi bộ Thôn Đồng Tâm số ", n));
    }

    static StandardReports reports(ReportFigures figures) {
        return new StandardReports(figures, "Hà Nội");
    }

    private static List<OrgUnitRef> cells(OrgUnitRef parent, int first, String name, int n) {
        List<OrgUnitRef> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = first + i;
            cells.add(new OrgUnitRef(id, OrgUnitKind.CELL, name + (i + 1), parent.path() + id + "/"));
        }
        return List.copyOf(cells);
    }
}
