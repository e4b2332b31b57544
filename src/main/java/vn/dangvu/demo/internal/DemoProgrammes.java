package vn.dangvu.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.programme.AddIndicator;
import vn.dangvu.programme.AddTask;
import vn.dangvu.programme.AdoptProgramme;
import vn.dangvu.programme.CommitteeRole;
import vn.dangvu.programme.CommitteeSeat;
import vn.dangvu.programme.IndicatorDirection;
import vn.dangvu.programme.IndicatorView;
import vn.dangvu.programme.LinkedDocument;
import vn.dangvu.programme.ProgrammeDetails;
import vn.dangvu.programme.ProgrammeManagement;
import vn.dangvu.programme.ProgrammeView;
import vn.dangvu.programme.Programmes;
import vn.dangvu.programme.ReportIndicator;
import vn.dangvu.programme.ReportTask;
import vn.dangvu.programme.ReportingPeriod;
import vn.dangvu.programme.TaskView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * The city's work programme {@code 01-CTr/TU} for the term (log-in {@code vanphong}), through the programme module's
 * facade: six indicators and six tasks, partly reported, so the boards show every status; and its adoption by the
 * demo commune ({@code 01-CTr/ĐU}, log-in {@code tochuc}) with its own targets, one indicator and one task reported,
 * so the city sees a contribution and the units that have not reported.
 */
@Component
class DemoProgrammes {

    private final ProgrammeManagement management;
    private final Programmes programmes;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DemoProgrammes(ProgrammeManagement management, Programmes programmes, OrgUnits orgUnits, Clock clock) {
        this.management = management;
        this.programmes = programmes;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    void seed(long cityId, String cityPath, long communeId) {
        OrgUnitRef commune = orgUnits.find(communeId).orElseThrow();
        Actor office = new Actor(
                new UUID(0, 3), "vanphong", null, null, List.of(new RoleGrant(Role.CITY_OFFICE, cityId, cityPath)));
        Actor communeStaff = new Actor(
                new UUID(0, 4),
                "tochuc",
                null,
                null,
                List.of(new RoleGrant(Role.ORG_STAFF, communeId, commune.path())));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusYears(1).withDayOfMonth(1);
        LocalDate to = from.plusYears(5).minusDays(1);
        UUID id = management.create(
                new ProgrammeDetails(
                        cityId,
                        "01-CTr/TU",
                        "Tăng cường công tác xây dựng, chỉnh đốn Đảng, xây dựng Đảng bộ và hệ thống chính trị thành phố"
                                + " trong sạch, vững mạnh giai đoạn " + from.getYear() + "-" + to.getYear(),
                        from,
                        to,
                        "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng"
                                + " viên; đẩy mạnh chuyển đổi số trong công tác đảng.",
                        List.of(
                                new CommitteeSeat(
                                        null,
                                        "Nguyễn Văn Thành",
                                        CommitteeRole.HEAD,
                                        "Phó Bí thư Thường trực Thành ủy"),
                                new CommitteeSeat(
                                        null, "Trần Thị Hương", CommitteeRole.DEPUTY, "Trưởng Ban Tổ chức Thành ủy"),
                                new CommitteeSeat(
                                        null, "Lê Minh Đức", CommitteeRole.MEMBER, "Chánh Văn phòng Thành ủy"),
                                new CommitteeSeat(null, "Văn phòng Thành ủy", CommitteeRole.SECRETARY, null)),
                        List.of(new LinkedDocument(
                                null,
                                "Nghị quyết Đại hội đại biểu Đảng bộ thành phố nhiệm kỳ " + from.getYear() + "-"
                                        + to.getYear())),
                        null),
                office);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        String year = Integer.toString(today.getYear());
        add(
                id,
                "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                "%",
                "85",
                "90",
                null,
                IndicatorDirection.AT_LEAST,
                ReportingPeriod.YEAR,
                cityId,
                office);
        add(
                id,
                "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
                "%",
                "80",
                "90",
                null,
                IndicatorDirection.AT_LEAST,
                ReportingPeriod.QUARTER,
                communeId,
                office);
        add(
                id,
                "Số đảng viên mới kết nạp trong nhiệm kỳ",
                "đảng viên",
                "0",
                "5000",
                null,
                IndicatorDirection.AT_LEAST,
                ReportingPeriod.YEAR,
                cityId,
                office);
        add(
                id,
                "Tỷ lệ đảng viên bị thi hành kỷ luật",
                "%",
                "0.5",
                "0.3",
                null,
                IndicatorDirection.AT_MOST,
                ReportingPeriod.YEAR,
                cityId,
                office);
        add(
                id,
                "Số hóa toàn bộ hồ sơ đảng viên",
                "%",
                "0",
                null,
                from.plusYears(2),
                IndicatorDirection.BY_DATE,
                ReportingPeriod.QUARTER,
                cityId,
                office);
        add(
                id,
                "Tỷ lệ chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần",
                "%",
                "70",
                "100",
                null,
                IndicatorDirection.EXACTLY,
                ReportingPeriod.QUARTER,
                communeId,
                office);
        String[][] tasks = {
            {"Ban hành quy chế làm việc của Ban Chỉ đạo chương trình", "3"},
            {"Rà soát, sắp xếp lại các chi bộ trực thuộc đảng ủy cơ sở", "10"},
            {"Tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên", "5"},
            {"Xây dựng cơ sở dữ liệu đảng viên thống nhất toàn thành phố", "24"},
            {"Sơ kết giữa nhiệm kỳ việc thực hiện chương trình", "30"},
            {"Kiện toàn đội ngũ cấp ủy viên cơ sở còn thiếu", "14"},
        };
        for (String[] task : tasks) {
            management.addTask(
                    id,
                    new AddTask(
                            task[0], cityId, null, "Ban Tổ chức Thành ủy", from.plusMonths(Long.parseLong(task[1]))),
                    office);
        }
        ProgrammeView city = programmes.view(id, today, office);
        List<IndicatorView> is = city.indicators();
        report(
                id,
                is.get(0),
                year,
                "92",
                null,
                "Báo cáo kết quả đánh giá, xếp loại tổ chức đảng năm " + (today.getYear() - 1),
                office);
        report(id, is.get(1), quarter, "84", null, "Tổng hợp đánh giá, xếp loại đảng viên", communeStaff);
        report(id, is.get(2), year, "900", null, "Báo cáo công tác phát triển đảng viên", office);
        report(id, is.get(3), year, "0.28", null, "Báo cáo của Ủy ban Kiểm tra Thành ủy", office);
        report(id, is.get(4), quarter, "35", null, "Biên bản nghiệm thu giai đoạn 1", office);
        List<TaskView> ts = city.tasks();
        progress(id, ts.get(0), 100, "Quyết định ban hành quy chế số 12-QĐ/TU", office);
        progress(id, ts.get(1), 100, "Đã sắp xếp 24 chi bộ", office);
        progress(id, ts.get(2), 100, "Đã tổ chức hội nghị quán triệt toàn thành phố", office);
        progress(id, ts.get(3), 40, "Đã nhập liệu 40% hồ sơ", office);
        progress(id, ts.get(5), 60, null, office);

        UUID childId = management.adopt(
                id,
                new AdoptProgramme(
                        communeId,
                        "01-CTr/ĐU",
                        "Chương trình thực hiện Chương trình 01-CTr/TU của Thành ủy",
                        Map.of(is.get(1).id(), new BigDecimal("92")),
                        List.of(new AddTask(
                                "Kiện toàn chi ủy các chi bộ khu dân cư sau đại hội",
                                communeId,
                                null,
                                "Phó Bí thư Thường trực Đảng ủy",
                                LocalDate.of(today.getYear(), 12, 31)))),
                communeStaff);
        ProgrammeView child = programmes.view(childId, today, communeStaff);
        report(childId, child.indicators().get(0), year, "88", null, "Báo cáo của Đảng ủy", communeStaff);
        progress(childId, child.tasks().get(0), 100, "Quyết định của Đảng ủy", communeStaff);
    }

    private void add(
            UUID id,
            String name,
            String unit,
            String baseline,
            @Nullable String target,
            @Nullable LocalDate targetDate,
            IndicatorDirection direction,
            ReportingPeriod reporting,
            long responsible,
            Actor actor) {
        management.addIndicator(
                id,
                new AddIndicator(
                        name,
                        unit,
                        new BigDecimal(baseline),
                        target == null ? null : new BigDecimal(target),
                        targetDate,
                        direction,
                        reporting,
                        responsible),
                actor);
    }

    private void report(
            UUID id,
            IndicatorView i,
            String period,
            String value,
            @Nullable LocalDate achievedOn,
            String evidence,
            Actor actor) {
        String p = i.reporting() == ReportingPeriod.YEAR ? period.substring(0, 4) : period;
        management.reportIndicator(
                id,
                i.id(),
                new ReportIndicator(p, null, new BigDecimal(value), achievedOn, null, evidence, null, i.version()),
                actor);
    }

    private void progress(UUID id, TaskView t, int percent, @Nullable String evidence, Actor actor) {
        management.reportTask(id, t.id(), new ReportTask(null, percent, null, evidence, null, t.version()), actor);
    }
}
