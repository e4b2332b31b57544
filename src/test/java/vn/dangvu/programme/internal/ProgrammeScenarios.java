package vn.dangvu.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.Sheets;

/**
 * Work programmes through the API on the test clock's 01/03/2026: the city office issues a programme for the term
 * 2025–2030, the organisation staff of a commune (a subordinate unit) read it, report its indicators and tasks with
 * evidence, adopt it with their own targets, and the city sees each commune's contribution and the review worded like
 * the committee's reports. Every scenario creates its own programmes.
 */
abstract class ProgrammeScenarios extends PlatformTestBase {

    long root() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    static String code() {
        return vn.dangvu.support.TestCodes.next() + "-CTr/TU";
    }

    static String programme(long unit, String code) {
        return "{\"issuingUnitId\":" + unit + ",\"code\":\"" + code + "\","
                + "\"title\":\"Tăng cường xây dựng, chỉnh đốn Đảng\",\"periodFrom\":\"2025-10-01\","
                + "\"periodTo\":\"2030-09-30\",\"goals\":\"Xây dựng Đảng bộ trong sạch, vững mạnh\","
                + "\"committee\":[{\"fullName\":\"Nguyễn Văn Trưởng\",\"role\":\"HEAD\","
                + "\"position\":\"Phó Bí thư Thường trực Thành ủy\"},"
                + "{\"fullName\":\"Trần Thị Phó\",\"role\":\"DEPUTY\"}],"
                + "\"documents\":[{\"label\":\"Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVIII\"}]}";
    }

    static UUID create(ApiClient client, long unit, String code) {
        ApiClient.Response created = client.post("/api/v1/programmes", programme(unit, code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    static JsonNode indicator(ApiClient client, UUID programme, String body) {
        ApiClient.Response added = client.post("/api/v1/programmes/" + programme + "/indicators", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode list = added.json().path("indicators");
        return list.get(list.size() - 1);
    }

    static JsonNode task(ApiClient client, UUID programme, String title, long owner, String deadline) {
        ApiClient.Response added = client.post(
                "/api/v1/programmes/" + programme + "/tasks",
                "{\"title\":\"" + title + "\",\"ownerUnitId\":" + owner + ",\"ownerPerson\":\"Đồng chí Bí thư\","
                        + "\"deadline\":\"" + deadline + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode list = added.json().path("tasks");
        return list.get(list.size() - 1);
    }

    static String atLeast(String name, long unit, String baseline, String target) {
        return "{\"name\":\"" + name + "\",\"unit\":\"%\",\"baseline\":" + baseline + ",\"target\":" + target
                + ",\"direction\":\"AT_LEAST\",\"reporting\":\"QUARTER\",\"responsibleUnitId\":" + unit + "}";
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode row : list) {
            if (row.path("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void theCityIssuesAProgrammeAndACommuneReportsItsIndicatorsAndTasks() {
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient tochuc = loggedIn("tochuc");
        long commune = staffScopeRoot();
        long city = root();

        ApiClient.Response badCode = vanphong.post(
                "/api/v1/programmes", programme(city, "CTr 01").replace("\"title\":\"Tăng", "\"title\":\"T"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(fields(badCode)).containsExactly("code");
        ApiClient.Response backwards =
                vanphong.post("/api/v1/programmes", programme(city, code()).replace("2030-09-30", "2025-01-01"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.code()).isEqualTo("programme.period.invalid");

        String code = code();
        UUID id = create(vanphong, city, code);
        ApiClient.Response twice = vanphong.post("/api/v1/programmes", programme(city, code));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("programme.code.taken");

        JsonNode rate = indicator(
                vanphong, id, atLeast("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", commune, "80", "95"));
        ApiClient.Response noTarget = vanphong.post(
                "/api/v1/programmes/" + id + "/indicators", atLeast("Không mục tiêu", commune, "1", "null"));
        assertThat(noTarget.status()).isEqualTo(422);
        assertThat(noTarget.code()).isEqualTo("programme.indicator.target.required");
        JsonNode late = task(vanphong, id, "Ban hành quy chế làm việc", commune, "2026-02-15");
        JsonNode open = task(vanphong, id, "Rà soát, sắp xếp chi bộ", commune, "2026-12-31");
        assertThat(late.path("status").asString()).isEqualTo("LATE");
        assertThat(late.path("overdue").asBoolean()).isTrue();
        assertThat(open.path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(rate.path("status").asString()).isEqualTo("NOT_REPORTED");

        JsonNode seen = tochuc.get("/api/v1/programmes/" + id).json();
        assertThat(seen.path("canEdit").asBoolean())
                .as("a commune reads the city's programme")
                .isFalse();
        assertThat(seen.path("committee")).hasSize(2);
        assertThat(seen.path("documents").get(0).path("label").asString()).contains("lần thứ XVIII");
        JsonNode board = find(seen.path("indicators"), rate.path("id").asString());
        assertThat(board.path("canReport").asBoolean()).isTrue();
        ApiClient.Response notTheirs = tochuc.method(
                "PUT",
                "/api/v1/programmes/" + id,
                "application/json",
                programme(city, code).replace("}]}", "}],\"version\":0}"));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.code()).isEqualTo("programme.write.forbidden");

        String reports =
                "/api/v1/programmes/" + id + "/indicators/" + rate.path("id").asString() + "/reports";
        ApiClient.Response wrongPeriod = tochuc.post(reports, "{\"period\":\"2026\",\"value\":84,\"version\":0}");
        assertThat(wrongPeriod.status()).isEqualTo(422);
        assertThat(wrongPeriod.code()).isEqualTo("programme.report.period.mismatch");
        ApiClient.Response future =
                tochuc.post(reports, "{\"period\":\"2026-Q1\",\"asOf\":\"2026-03-02\",\"value\":84,\"version\":0}");
        assertThat(future.code()).isEqualTo("programme.date.future");
        ApiClient.Response first = tochuc.post(
                reports,
                "{\"period\":\"2025-Q4\",\"asOf\":\"2025-12-31\",\"value\":84,\"evidenceText\":\"Báo cáo 12-BC/ĐU\","
                        + "\"comment\":\"Theo kết quả đánh giá cuối năm\",\"version\":0}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode afterFirst =
                find(first.json().path("indicators"), rate.path("id").asString());
        assertThat(afterFirst.path("status").asString())
                .as("26% of the way when 8% of the term has passed")
                .isEqualTo("ON_TRACK");
        assertThat(afterFirst.path("progress").asInt()).isEqualTo(26);
        assertThat(afterFirst.path("rule").asString()).contains("tuyến tính");
        ApiClient.Response stale = tochuc.post(reports, "{\"period\":\"2026-Q1\",\"value\":96,\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");
        JsonNode met = find(
                tochuc.post(reports, "{\"period\":\"2026-Q1\",\"value\":96,\"version\":1}")
                        .json()
                        .path("indicators"),
                rate.path("id").asString());
        assertThat(met.path("status").asString()).isEqualTo("MET");
        assertThat(met.path("value").decimalValue()).isEqualByComparingTo("96");

        JsonNode history = tochuc.get(reports).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("evidenceText").asString()).isEqualTo("Báo cáo 12-BC/ĐU");
        assertThat(history.get(0).path("by").asString()).isEqualTo("tochuc");
        assertThat(history.get(0).path("reportingUnitName").asString()).isNotEmpty();

        String taskReports =
                "/api/v1/programmes/" + id + "/tasks/" + open.path("id").asString() + "/reports";
        ApiClient.Response halfway = tochuc.post(
                taskReports,
                "{\"asOf\":\"2026-02-01\",\"progress\":50,\"evidenceText\":\"Đã rà soát 12/24 chi bộ\",\"version\":0}");
        assertThat(find(halfway.json().path("tasks"), open.path("id").asString())
                        .path("status")
                        .asString())
                .isEqualTo("ON_SCHEDULE");
        ApiClient.Response tooMuch = tochuc.post(taskReports, "{\"progress\":120,\"version\":1}");
        assertThat(tooMuch.status()).isEqualTo(400);
        JsonNode done = find(
                tochuc.post(taskReports, "{\"progress\":100,\"comment\":\"Hoàn thành\",\"version\":1}")
                        .json()
                        .path("tasks"),
                open.path("id").asString());
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(tochuc.get(taskReports).json()).hasSize(2);

        JsonNode before =
                tochuc.get("/api/v1/programmes/" + id + "?asOf=2026-01-15").json();
        assertThat(find(before.path("indicators"), rate.path("id").asString())
                        .path("value")
                        .decimalValue())
                .as("as of a day, the value reported by then")
                .isEqualByComparingTo("84");
        assertThat(find(before.path("tasks"), open.path("id").asString())
                        .path("status")
                        .asString())
                .isEqualTo("NOT_STARTED");
        assertThat(audits("programme.indicator.report", rate.path("id").asString()))
                .isEqualTo(2);
    }

    @Test
    void aCommuneAdoptsTheCityProgrammeAndTheCitySeesItsContribution() {
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient tochuc = loggedIn("tochuc");
        long commune = staffScopeRoot();
        long city = root();
        UUID parent = create(vanphong, city, code());
        JsonNode rate = indicator(vanphong, parent, atLeast("Tỷ lệ chi bộ xếp loại tốt", city, "70", "90"));
        JsonNode work = task(vanphong, parent, "Sơ kết công tác kiểm tra", city, "2026-12-31");

        ApiClient.Response notBelow = vanphong.post(
                "/api/v1/programmes/" + parent + "/adoptions",
                "{\"issuingUnitId\":" + city + ",\"code\":\"01-CTr/ĐU\"}");
        assertThat(notBelow.status()).isEqualTo(422);
        assertThat(notBelow.code()).isEqualTo("programme.adopt.not-subordinate");

        String childCode = vn.dangvu.support.TestCodes.next() + "-CTr/ĐU";
        ApiClient.Response adopted = tochuc.post(
                "/api/v1/programmes/" + parent + "/adoptions",
                "{\"issuingUnitId\":" + commune + ",\"code\":\"" + childCode + "\",\"targets\":{\""
                        + rate.path("id").asString() + "\":95}}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        JsonNode child = adopted.json();
        assertThat(child.path("parentProgrammeId").asString()).isEqualTo(parent.toString());
        assertThat(child.path("canEdit").asBoolean()).isTrue();
        JsonNode childRate = child.path("indicators").get(0);
        assertThat(childRate.path("parentIndicatorId").asString())
                .isEqualTo(rate.path("id").asString());
        assertThat(childRate.path("target").decimalValue()).isEqualByComparingTo("95");
        assertThat(childRate.path("responsibleUnitId").asLong()).isEqualTo(commune);
        assertThat(child.path("tasks").get(0).path("parentTaskId").asString())
                .isEqualTo(work.path("id").asString());
        ApiClient.Response again = tochuc.post(
                "/api/v1/programmes/" + parent + "/adoptions",
                "{\"issuingUnitId\":" + commune + ",\"code\":\"" + vn.dangvu.support.TestCodes.next() + "-CTr/ĐU\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("programme.adopt.already");

        JsonNode silent =
                vanphong.get("/api/v1/programmes/" + parent + "/cascade").json();
        assertThat(silent.get(0).path("contributions")).hasSize(1);
        assertThat(silent.get(0).path("notReported")).hasSize(1);
        assertThat(vanphong.get("/api/v1/programmes/" + parent).json().path("children"))
                .hasSize(1);

        UUID childId = UUID.fromString(child.path("id").asString());
        tochuc.post(
                "/api/v1/programmes/" + childId + "/indicators/"
                        + childRate.path("id").asString() + "/reports",
                "{\"period\":\"2026-Q1\",\"value\":88,\"version\":0}");
        JsonNode cascade =
                vanphong.get("/api/v1/programmes/" + parent + "/cascade").json();
        JsonNode row = cascade.get(0);
        assertThat(row.path("kind").asString()).isEqualTo("INDICATOR");
        assertThat(row.path("notReported")).isEmpty();
        assertThat(row.path("total").decimalValue()).isEqualByComparingTo("88");
        JsonNode contribution = row.path("contributions").get(0);
        assertThat(contribution.path("unitId").asLong()).isEqualTo(commune);
        assertThat(contribution.path("code").asString()).isEqualTo(childCode);
        assertThat(contribution.path("status").asString()).isEqualTo("ON_TRACK");
        assertThat(cascade.get(1).path("kind").asString()).isEqualTo("TASK");
        assertThat(cascade.get(1).path("notReported")).hasSize(1);
    }

    @Test
    void theMidTermReviewCountsIndicatorsAndTasksInTheCommitteesWords() throws java.io.IOException {
        ApiClient vanphong = loggedIn("vanphong");
        long city = root();
        ApiClient.Response created = vanphong.post(
                "/api/v1/programmes",
                programme(city, code()).replace("2025-10-01", "2021-10-01").replace("2030-09-30", "2026-09-30"));
        UUID id = UUID.fromString(created.json().path("id").asString());
        JsonNode met = indicator(vanphong, id, atLeast("Kết nạp đảng viên mới", city, "0", "100"));
        JsonNode behind = indicator(vanphong, id, atLeast("Tỷ lệ đảng viên xếp loại tốt", city, "80", "90"));
        indicator(vanphong, id, atLeast("Chi bộ có cấp ủy", city, "60", "70"));
        JsonNode done = task(vanphong, id, "Ban hành kế hoạch", city, "2026-02-01");
        JsonNode going = task(vanphong, id, "Kiện toàn ban chỉ đạo", city, "2026-12-31");
        task(vanphong, id, "Tổng kết", city, "2026-09-30");
        String base = "/api/v1/programmes/" + id;
        vanphong.post(
                base + "/indicators/" + met.path("id").asString() + "/reports",
                "{\"period\":\"2026-Q1\",\"value\":120,\"version\":0}");
        vanphong.post(
                base + "/indicators/" + behind.path("id").asString() + "/reports",
                "{\"period\":\"2026-Q1\",\"value\":79,\"version\":0}");
        vanphong.post(
                base + "/tasks/" + done.path("id").asString() + "/reports",
                "{\"asOf\":\"2026-01-20\",\"progress\":100,\"version\":0}");
        vanphong.post(base + "/tasks/" + going.path("id").asString() + "/reports", "{\"progress\":30,\"version\":0}");

        JsonNode review = vanphong.get(base + "/review?kind=MID_TERM").json();
        List<String> summary = new ArrayList<>();
        review.path("summary").forEach(s -> summary.add(s.asString()));
        assertThat(summary.get(0))
                .startsWith("Sơ kết giữa nhiệm kỳ thực hiện Chương trình số ")
                .contains("01/03/2026");
        assertThat(summary.get(1))
                .isEqualTo(
                        "Đến nay đã có 1/3 chỉ tiêu cơ bản đạt, 1 chỉ tiêu có nguy cơ không đạt, 1 chỉ tiêu chưa có số liệu.");
        assertThat(summary.get(2))
                .isEqualTo(
                        "1/3 nhiệm vụ đã hoàn thành, 1 nhiệm vụ đang thực hiện đúng tiến độ, 1 nhiệm vụ chưa triển khai.");
        assertThat(review.path("indicatorCounts").path("MET").asInt()).isEqualTo(1);
        assertThat(review.path("taskCounts").path("DONE").asInt()).isEqualTo(1);
        assertThat(review.path("indicators")).hasSize(3);
        assertThat(review.path("tasks")).hasSize(3);

        JsonNode earlier =
                vanphong.get(base + "/review?kind=FINAL&asOf=2026-01-10").json();
        assertThat(earlier.path("summary").get(0).asString()).startsWith("Tổng kết");
        assertThat(earlier.path("taskCounts").path("DONE").asInt())
                .as("reported on 20/01")
                .isZero();

        ApiClient.Download workbook = vanphong.download(base + "/review.xlsx");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.contentType()).startsWith("application/vnd.openxmlformats");
        List<Row> rows = Sheets.rows(workbook.bytes());
        assertThat(rows.get(0).getCell(0).getText()).contains("Tăng cường xây dựng");
        assertThat(rows.stream().map(r -> r.getCell(0).getText())).contains(summary.get(1), summary.get(2));

        ApiClient.Download pdf = vanphong.download(base + "/review.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        java.nio.file.Files.write(
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"))
                        .resolve("programme-review.pdf"),
                pdf.bytes());
        String text = vn.dangvu.support.PdfText.of(pdf.bytes());
        assertThat(text)
                .contains("SƠ KẾT GIỮA NHIỆM KỲ", "Chỉ tiêu", "Nhiệm vụ", "Đơn vị chủ trì", "Tổng cộng")
                .contains("Đến nay đã có");
        assertThat(vanphong.download(base + "/review.pdf").bytes())
                .as("the same review gives the same file")
                .isEqualTo(pdf.bytes());
    }

    @Test
    void theIssuingUnitRevisesItsProgrammeIndicatorsAndTasksAndRemovesOnlyWhatNothingIsReportedOn() {
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient tochuc = loggedIn("tochuc");
        long commune = staffScopeRoot();
        long city = root();
        String code = code();
        UUID id = create(vanphong, city, code);
        String base = "/api/v1/programmes/" + id;

        JsonNode revisedProgramme = vanphong.method(
                        "PUT",
                        base,
                        "application/json",
                        programme(city, code)
                                .replace("Tăng cường xây dựng", "Đẩy mạnh xây dựng")
                                .replace("}]}", "}],\"version\":0}"))
                .json();
        assertThat(revisedProgramme.path("title").asString()).startsWith("Đẩy mạnh");
        assertThat(revisedProgramme.path("version").asLong()).isEqualTo(1);
        ApiClient.Response staleProgramme = vanphong.method(
                "PUT", base, "application/json", programme(city, code).replace("}]}", "}],\"version\":0}"));
        assertThat(staleProgramme.status()).isEqualTo(409);
        assertThat(staleProgramme.code()).isEqualTo("conflict.stale");

        JsonNode one = indicator(vanphong, id, atLeast("Tỷ lệ chi bộ trong sạch", commune, "70", "90"));
        JsonNode two = indicator(vanphong, id, atLeast("Kết nạp đảng viên", commune, "0", "50"));
        String oneUrl = base + "/indicators/" + one.path("id").asString();
        String revision = atLeast("Tỷ lệ chi bộ trong sạch, vững mạnh", commune, "72", "92")
                .replace("}", ",\"version\":");
        ApiClient.Response noVersion =
                vanphong.method("PUT", oneUrl, "application/json", atLeast("X", commune, "1", "2"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(fields(noVersion)).contains("version");
        JsonNode revised = find(
                vanphong.method("PUT", oneUrl, "application/json", revision + "0}")
                        .json()
                        .path("indicators"),
                one.path("id").asString());
        assertThat(revised.path("name").asString()).endsWith("vững mạnh");
        assertThat(revised.path("target").decimalValue()).isEqualByComparingTo("92");
        assertThat(audits("programme.indicator.revise", one.path("id").asString()))
                .isEqualTo(1);
        ApiClient.Response stale = vanphong.method("PUT", oneUrl, "application/json", revision + "0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");
        ApiClient.Response notTheirs = tochuc.method("PUT", oneUrl, "application/json", revision + "1}");
        assertThat(notTheirs.status()).isEqualTo(403);

        tochuc.post(oneUrl + "/reports", "{\"period\":\"2026-Q1\",\"value\":80,\"version\":1}");
        ApiClient.Response changeDirection =
                vanphong.method("PUT", oneUrl, "application/json", revision.replace("AT_LEAST", "AT_MOST") + "2}");
        assertThat(changeDirection.status()).isEqualTo(422);
        assertThat(changeDirection.code()).isEqualTo("programme.indicator.reported.fixed");
        JsonNode board = vanphong.get(base).json();
        assertThat(find(board.path("indicators"), one.path("id").asString())
                        .path("canRemove")
                        .asBoolean())
                .isFalse();
        assertThat(find(board.path("indicators"), two.path("id").asString())
                        .path("canRemove")
                        .asBoolean())
                .isTrue();
        ApiClient.Response reported = vanphong.method("DELETE", oneUrl + "?version=2", "application/json", "");
        assertThat(reported.status()).isEqualTo(422);
        assertThat(reported.code()).isEqualTo("programme.indicator.in-use");
        assertThat(reported.json().path("detail").asString()).contains("1 lần báo cáo");
        JsonNode afterRemoval = vanphong.method(
                        "DELETE",
                        base + "/indicators/" + two.path("id").asString() + "?version=0",
                        "application/json",
                        "")
                .json();
        assertThat(afterRemoval.path("indicators")).hasSize(1);
        assertThat(audits("programme.indicator.remove", two.path("id").asString()))
                .isEqualTo(1);

        JsonNode first = task(vanphong, id, "Ban hành quy chế", commune, "2026-06-30");
        JsonNode second = task(vanphong, id, "Sơ kết", commune, "2026-12-31");
        String firstUrl = base + "/tasks/" + first.path("id").asString();
        JsonNode revisedTask = find(
                vanphong.method(
                                "PUT",
                                firstUrl,
                                "application/json",
                                "{\"title\":\"Ban hành quy chế làm việc\",\"ownerUnitId\":" + commune
                                        + ",\"ownerPerson\":\"Chánh Văn phòng\",\"deadline\":\"2026-03-20\",\"version\":0}")
                        .json()
                        .path("tasks"),
                first.path("id").asString());
        assertThat(revisedTask.path("title").asString()).isEqualTo("Ban hành quy chế làm việc");
        assertThat(revisedTask.path("dueSoon").asBoolean()).isTrue();
        ApiClient.Response before = vanphong.method(
                "PUT",
                firstUrl,
                "application/json",
                "{\"title\":\"X\",\"ownerUnitId\":" + commune + ",\"deadline\":\"2020-01-01\",\"version\":1}");
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.code()).isEqualTo("programme.task.deadline.before");
        tochuc.post(firstUrl + "/reports", "{\"progress\":20,\"version\":1}");
        ApiClient.Response inUse = vanphong.method("DELETE", firstUrl + "?version=2", "application/json", "");
        assertThat(inUse.status()).isEqualTo(422);
        assertThat(inUse.code()).isEqualTo("programme.task.in-use");
        JsonNode left = vanphong.method(
                        "DELETE",
                        base + "/tasks/" + second.path("id").asString() + "?version=0",
                        "application/json",
                        "")
                .json()
                .path("tasks");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).path("seq").asInt()).isEqualTo(1);
    }

    @Test
    void aCommuneAdoptsWithItsOwnTargetsAndTasksAndRevisesThemAfterwards() {
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient tochuc = loggedIn("tochuc");
        long commune = staffScopeRoot();
        long city = root();
        UUID parent = create(vanphong, city, code());
        JsonNode rate = indicator(vanphong, parent, atLeast("Tỷ lệ chi bộ xếp loại tốt", city, "70", "90"));
        task(vanphong, parent, "Sơ kết công tác kiểm tra", city, "2026-12-31");
        String adopt = "/api/v1/programmes/" + parent + "/adoptions";
        ApiClient.Response unknown = tochuc.post(
                adopt,
                "{\"issuingUnitId\":" + commune + ",\"code\":\"" + vn.dangvu.support.TestCodes.next() + "-CTr/ĐU\","
                        + "\"targets\":{\"" + UUID.randomUUID() + "\":95}}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("programme.adopt.target.unknown");
        ApiClient.Response ownOutside = tochuc.post(
                adopt,
                "{\"issuingUnitId\":" + commune + ",\"code\":\"" + vn.dangvu.support.TestCodes.next() + "-CTr/ĐU\","
                        + "\"ownTasks\":[{\"title\":\"X\",\"ownerUnitId\":" + city
                        + ",\"deadline\":\"2026-06-30\"}]}");
        assertThat(ownOutside.status()).isEqualTo(422);
        assertThat(ownOutside.code()).isEqualTo("programme.unit.outside");
        assertThat(vanphong.get("/api/v1/programmes/" + parent).json().path("children"))
                .as("a refused adoption leaves nothing behind")
                .isEmpty();

        JsonNode child = tochuc.post(
                        adopt,
                        "{\"issuingUnitId\":" + commune + ",\"code\":\"" + vn.dangvu.support.TestCodes.next()
                                + "-CTr/ĐU\","
                                + "\"targets\":{\"" + rate.path("id").asString() + "\":93},"
                                + "\"ownTasks\":[{\"title\":\"Rà soát đảng viên cư trú\",\"ownerUnitId\":" + commune
                                + ",\"ownerPerson\":\"Phó Bí thư\",\"deadline\":\"2026-06-30\"}]}")
                .json();
        assertThat(child.path("tasks")).hasSize(2);
        JsonNode own = child.path("tasks").get(1);
        assertThat(own.path("seq").asInt()).isEqualTo(2);
        assertThat(own.path("parentTaskId").isNull()).isTrue();
        assertThat(own.path("title").asString()).isEqualTo("Rà soát đảng viên cư trú");
        JsonNode childRate = child.path("indicators").get(0);
        assertThat(childRate.path("target").decimalValue()).isEqualByComparingTo("93");

        String childBase = "/api/v1/programmes/" + child.path("id").asString();
        String url = childBase + "/indicators/" + childRate.path("id").asString();
        ApiClient.Response renamed = tochuc.method(
                "PUT",
                url,
                "application/json",
                atLeast("Tên khác", commune, "70", "95").replace("}", ",\"version\":0}"));
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.code()).isEqualTo("programme.indicator.inherited");
        JsonNode retargeted = tochuc.method(
                        "PUT",
                        url,
                        "application/json",
                        atLeast("Tỷ lệ chi bộ xếp loại tốt", commune, "75", "96")
                                .replace("}", ",\"version\":0}"))
                .json()
                .path("indicators")
                .get(0);
        assertThat(retargeted.path("target").decimalValue()).isEqualByComparingTo("96");
        assertThat(retargeted.path("baseline").decimalValue()).isEqualByComparingTo("75");
        ApiClient.Response parentTaskRemoval = vanphong.method(
                "DELETE",
                "/api/v1/programmes/" + parent + "/tasks/"
                        + child.path("tasks").get(0).path("parentTaskId").asString() + "?version=0",
                "application/json",
                "");
        assertThat(parentTaskRemoval.status()).as("an adopted task stays").isEqualTo(422);
        assertThat(parentTaskRemoval.code()).isEqualTo("programme.task.in-use");
    }

    @Test
    void theOwnersOfOverdueAndDueSoonTasksAreReminded() {
        ApiClient vanphong = loggedIn("vanphong");
        long city = root();
        UUID id = create(vanphong, city, code());
        UUID owner = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", plainMemberLogin())
                .query(UUID.class)
                .single();
        String base = "/api/v1/programmes/" + id;
        for (String deadline : List.of("2026-02-15", "2026-03-20", "2026-12-31")) {
            ApiClient.Response added = vanphong.post(
                    base + "/tasks",
                    "{\"title\":\"Nhiệm vụ hạn " + deadline + "\",\"ownerUnitId\":" + city + ",\"ownerMemberId\":\""
                            + owner + "\",\"deadline\":\"" + deadline + "\"}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        task(vanphong, id, "Không có người trong danh sách", city, "2026-02-20");
        long before = notifications(owner);
        JsonNode sent = vanphong.post(base + "/task-reminders", "").json();
        assertThat(sent.path("overdue").asInt()).isEqualTo(2);
        assertThat(sent.path("dueSoon").asInt()).isEqualTo(1);
        assertThat(sent.path("reminded").asInt()).isEqualTo(2);
        assertThat(sent.path("withoutOwner").asInt()).isEqualTo(1);
        assertThat(notifications(owner)).isEqualTo(before + 2);
        assertThat(vanphong.post(base + "/task-reminders", "")
                        .json()
                        .path("reminded")
                        .asInt())
                .as("once a day")
                .isZero();
        JsonNode tasks = vanphong.get(base).json().path("tasks");
        assertThat(tasks.get(0).path("remindedOn").asString()).isEqualTo("2026-03-01");
        assertThat(tasks.get(2).path("remindedOn").isNull()).isTrue();
        assertThat(loggedIn("tochuc").post(base + "/task-reminders", "").status())
                .isEqualTo(403);
    }

    long notifications(UUID memberId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM handbook_notification
                         WHERE member_id = :m AND kind IN ('programme.task.overdue', 'programme.task.due-soon')""").param("m", memberId).query(Long.class).single();
    }

    @Test
    void programmesOfAnotherSubtreeStayHidden() {
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient tochuc = loggedIn("tochuc");
        long elsewhere = unitOutside(pathOf(staffScopeRoot()), "CELL");
        UUID foreign = create(vanphong, elsewhere, vn.dangvu.support.TestCodes.next() + "-CTr/CB");
        ApiClient.Response hidden = tochuc.get("/api/v1/programmes/" + foreign);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("programme.not-found");
        List<String> ids = new ArrayList<>();
        tochuc.get("/api/v1/programmes?size=500")
                .json()
                .path("content")
                .forEach(r -> ids.add(r.path("id").asString()));
        assertThat(ids).doesNotContain(foreign.toString());
        UUID cityWide = create(vanphong, root(), code());
        ids.clear();
        tochuc.get("/api/v1/programmes?size=500")
                .json()
                .path("content")
                .forEach(r -> ids.add(r.path("id").asString()));
        assertThat(ids).as("the city's programme is carried out by the commune").contains(cityWide.toString());
        ApiClient.Response outside = tochuc.post("/api/v1/programmes", programme(elsewhere, code()));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("org.unit.not-found");
        assertThat(loggedIn("bithu").get("/api/v1/programmes/" + cityWide).status())
                .as("a cell secretary under the city reads it")
                .isEqualTo(200);
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    long audits(String action, Object id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}
