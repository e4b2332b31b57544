package vn.dangvu.duty.internal.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Party fees through the API (REGULATIONS §6; QĐ 01-QĐ/TW 2026) on the test clock's 01/03/2026: the cell's ledger,
 * cash payments, the portal import all or nothing, arrears of 2025 raised as removal proposals (idempotent) and shown on
 * the deadlines view, "paid up to", the collection report and the member's own view. Members are registered here as
 * arrivals in the secretary's cell so that no scenario depends on the demo city's draw or on another's data.
 */
abstract class FeeScenarios extends PlatformTestBase {

    @Test
    void aCellRecordsCashForTheMonthAndTheLedgerShowsIt() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        UUID a = arrive(bithu, "Phạm Văn Phí", null);
        UUID b = arrive(bithu, "Đỗ Thị Sinh Viên", null);
        basis(bithu, a, "BHXH_SALARY", 7_345_678L, "2026-01");
        basis(bithu, b, "STUDENT", null, "2026-01");

        ApiClient.Response paid = bithu.post(
                "/api/v1/fees/payments",
                "{\"month\":\"2026-01\",\"paidOn\":\"2026-01-20\",\"payments\":[{\"memberId\":\"" + a
                        + "\"},{\"memberId\":\"" + b + "\"}]}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get(0).path("paid").asLong())
                .as("1 % of 7,345,678 half up")
                .isEqualTo(73_457);
        assertThat(paid.json().get(1).path("paid").asLong()).isEqualTo(5_000);
        assertThat(bithu.post(
                                "/api/v1/fees/payments",
                                "{\"month\":\"2026-02\",\"payments\":[{\"memberId\":\"" + a + "\",\"amount\":73457}]}")
                        .status())
                .isEqualTo(200);

        JsonNode ledger = bithu.get("/api/v1/fees/ledger?orgUnitId=" + cell + "&year=2026")
                .json();
        JsonNode row = row(ledger.path("members"), a);
        assertThat(row.path("months").get(0).path("status").asString()).isEqualTo("PAID");
        assertThat(row.path("months").get(1).path("status").asString()).isEqualTo("PAID");
        assertThat(row.path("months").get(2).path("status").asString()).isEqualTo("UNPAID");
        assertThat(row.path("months").get(3).path("status").asString()).isEqualTo("UPCOMING");
        assertThat(row.path("paidUpTo").asString()).isEqualTo("2026-02");
        assertThat(row(ledger.path("members"), b)
                        .path("months")
                        .get(1)
                        .path("status")
                        .asString())
                .isEqualTo("UNPAID");
        assertThat(ledger.path("totals").get(0).path("paid").asLong()).isGreaterThanOrEqualTo(78_457);
        assertThat(bithu.get("/api/v1/fees/members/" + a + "/paid-up-to")
                        .json()
                        .path("paidUpTo")
                        .asString())
                .isEqualTo("2026-02");
        assertThat(audits("fee.payment.cash", a)).isEqualTo(2);
        assertThat(audits("fee.paid-up-to.read", a)).isEqualTo(1);

        // a batch is one transaction: the second member owes nothing more for January, so nothing is recorded
        UUID c = arrive(bithu, "Lê Văn Chưa Đóng", null);
        basis(bithu, c, "PENSION", 6_000_000L, "2026-01");
        long before = payments();
        ApiClient.Response refused = bithu.post(
                "/api/v1/fees/payments",
                "{\"month\":\"2026-01\",\"payments\":[{\"memberId\":\"" + c + "\"},{\"memberId\":\"" + a + "\"}]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("fee.payment.nothing-due");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("payments[1].amount");
        assertThat(payments()).isEqualTo(before);
    }

    @Test
    void basesAndReliefsAreCheckedVersionedAndScoped() {
        ApiClient bithu = loggedIn("bithu");
        UUID a = arrive(bithu, "Vũ Văn Căn Cứ", null);
        JsonNode basis = basis(bithu, a, "PENSION", 6_000_000L, "2026-01");
        long id = basis.path("id").asLong();

        ApiClient.Response noAmount = bithu.post(
                "/api/v1/fees/members/" + a + "/bases", "{\"category\":\"PENSION\",\"fromMonth\":\"2026-02\"}");
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.code()).isEqualTo("fee.basis.amount-required");
        ApiClient.Response badMonth = bithu.post(
                "/api/v1/fees/members/" + a + "/bases", "{\"category\":\"STUDENT\",\"fromMonth\":\"2026-13\"}");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.json().path("errors").get(0).path("field").asString())
                .isEqualTo("fromMonth");
        ApiClient.Response taken = bithu.post(
                "/api/v1/fees/members/" + a + "/bases", "{\"category\":\"STUDENT\",\"fromMonth\":\"2026-01\"}");
        assertThat(taken.status()).isEqualTo(409);

        String change = "{\"category\":\"PENSION\",\"amount\":7000000,\"fromMonth\":\"2026-01\",\"version\":0}";
        assertThat(bithu.method("PUT", "/api/v1/fees/bases/" + id, "application/json", change)
                        .status())
                .isEqualTo(200);
        ApiClient.Response stale = bithu.method("PUT", "/api/v1/fees/bases/" + id, "application/json", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict.stale");

        ApiClient.Response tooLong = bithu.post(
                "/api/v1/fees/members/" + a + "/reliefs",
                "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"2026-01\",\"toMonth\":\"2027-01\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("fee.relief.too-long");
        ApiClient.Response relief = bithu.post(
                "/api/v1/fees/members/" + a + "/reliefs",
                "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"2026-02\",\"toMonth\":\"2027-01\","
                        + "\"decision\":\"NQ 05 của chi bộ\"}");
        assertThat(relief.status()).as(relief.body()).isEqualTo(201);
        JsonNode record = bithu.get("/api/v1/fees/members/" + a + "?year=2026").json();
        assertThat(record.path("year").path("months").get(0).path("due").asLong())
                .isEqualTo(35_000);
        assertThat(record.path("year").path("months").get(1).path("due").asLong())
                .as("0.5 % of 7,000,000 reduced by 50 %")
                .isEqualTo(17_500);
        assertThat(record.path("reliefs")).hasSize(1);
        assertThat(audits("fee.member.read", a)).isEqualTo(1);

        UUID outside = memberOutside(secretaryCell());
        ApiClient.Response foreign = bithu.post(
                "/api/v1/fees/members/" + outside + "/bases", "{\"category\":\"STUDENT\",\"fromMonth\":\"2026-01\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(bithu.method("DELETE", "/api/v1/fees/bases/" + id + "?version=1", "application/json", "")
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aPortalFileWithMismatchesRecordsNothingAndACleanOneIsRecordedOnce() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        String card = card();
        UUID a = arrive(bithu, "Hoàng Văn Cổng", card);
        basis(bithu, a, "BHXH_SALARY", 4_960_000L, "2026-01");
        String ref = "GD" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String bad = PortalCsv.HEADER + "\n"
                + card + ",01/2026,49.600," + ref + "1,15/01/2026\n"
                + "999999999999,01/2026,49600," + ref + "2,15/01/2026\n"
                + card + ",02/2026,50000," + ref + "1,15/02/2026\n"
                + card + ",2026-02,abc," + ref + "3,2026-02-15\n";
        long before = payments();
        ApiClient.Response rejected = upload(bithu, cell, bad);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode report = rejected.json();
        assertThat(report.path("applied").asBoolean()).isFalse();
        assertThat(report.path("rows").asInt()).isEqualTo(4);
        assertThat(report.path("issues").findValuesAsString("kind"))
                .containsExactly("UNMATCHED", "DUPLICATE", "INVALID");
        assertThat(payments()).as("all or nothing").isEqualTo(before);

        String good = PortalCsv.HEADER + "\n"
                + card + ",01/2026,49.600," + ref + "1,15/01/2026\n"
                + card + ",02/2026,50000," + ref + "4,15/02/2026\n";
        JsonNode applied = upload(bithu, cell, good).json();
        assertThat(applied.path("applied").asBoolean()).isTrue();
        assertThat(applied.path("recorded").asInt()).isEqualTo(2);
        assertThat(applied.path("amount").asLong()).isEqualTo(99_600);
        assertThat(applied.path("issues").get(0).path("kind").asString()).isEqualTo("AMOUNT_DIFFERS");
        assertThat(applied.path("issues").get(0).path("blocking").asBoolean()).isFalse();
        assertThat(payments()).isEqualTo(before + 2);
        ApiClient.Response again = upload(bithu, cell, good);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("fee.import.already-applied");
        assertThat(bithu.get("/api/v1/fees/members/" + a + "/paid-up-to")
                        .json()
                        .path("paidUpTo")
                        .asString())
                .isEqualTo("2026-02");
    }

    @Test
    void threeUnpaidMonthsOf2025RaiseOneProposalShownOnTheDeadlines() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        UUID late = arrive(bithu, "Trịnh Văn Nợ", null);
        UUID fine = arrive(bithu, "Mai Thị Đủ", null);
        basis(bithu, late, "STUDENT", null, "2025-01");
        basis(bithu, fine, "STUDENT", null, "2025-01");
        for (int m = 1; m <= 12; m++) {
            String month = String.format("\"2025-%02d\"", m);
            String who = m <= 9
                    ? "{\"memberId\":\"" + late + "\"},{\"memberId\":\"" + fine + "\"}"
                    : "{\"memberId\":\"" + fine + "\"}";
            ApiClient.Response r =
                    bithu.post("/api/v1/fees/payments", "{\"month\":" + month + ",\"payments\":[" + who + "]}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        JsonNode arrears = bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&year=2025&size=500")
                .json();
        JsonNode row = row(arrears.path("members"), late);
        assertThat(row.path("unpaidMonths")).hasSize(3);
        assertThat(row.path("meetsRemovalRule").asBoolean()).isTrue();
        assertThat(row.path("owed").asLong()).isEqualTo(15_000);
        assertThat(row(arrears.path("members"), fine)).isNull();

        ApiClient.Response notMet = bithu.post(
                "/api/v1/fees/arrears/proposals",
                "{\"orgUnitId\":" + cell + ",\"year\":2025,\"memberIds\":[\"" + fine + "\"]}");
        assertThat(notMet.status()).isEqualTo(422);
        assertThat(notMet.code()).isEqualTo("fee.arrears.rule-not-met");
        String body = "{\"orgUnitId\":" + cell + ",\"year\":2025,\"memberIds\":[\"" + late + "\"]}";
        JsonNode first = bithu.post("/api/v1/fees/arrears/proposals", body).json();
        JsonNode second = bithu.post("/api/v1/fees/arrears/proposals", body).json();
        assertThat(first.get(0).path("ground").asString()).isEqualTo("INACTIVE_OR_UNPAID_FEES");
        assertThat(first.get(0).path("sourceKey").asString()).isEqualTo("fees:2025");
        assertThat(second.get(0).path("id").asLong())
                .as("idempotent")
                .isEqualTo(first.get(0).path("id").asLong());
        assertThat(audits("member.removal.propose", late)).isEqualTo(1);

        JsonNode deadlines =
                bithu.get("/api/v1/deadlines?kind=REMOVAL_PROPOSED&limit=1000").json();
        JsonNode item = null;
        for (JsonNode d : deadlines.path("items")) {
            if (d.path("memberId").asString().equals(late.toString())) {
                item = d;
            }
        }
        assertThat(item).as("listed on the deadlines").isNotNull();
        assertThat(item.path("proposalId").asLong())
                .isEqualTo(first.get(0).path("id").asLong());
        assertThat(bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&year=2025&size=500")
                        .json()
                        .path("members")
                        .findValuesAsString("proposalState"))
                .contains("OPEN");

        long proposal = first.get(0).path("id").asLong();
        String dismissal = "{\"reason\":\"Đã đóng bù, có lý do chính đáng\",\"version\":0}";
        assertThat(bithu.post("/api/v1/removal-proposals/" + proposal + "/dismissal", dismissal)
                        .status())
                .as("the secretary does not dismiss")
                .isEqualTo(403);
        ApiClient.Response dismissed = tochuc.post("/api/v1/removal-proposals/" + proposal + "/dismissal", dismissal);
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().path("state").asString()).isEqualTo("DISMISSED");
        assertThat(tochuc.post("/api/v1/removal-proposals/" + proposal + "/dismissal", dismissal)
                        .status())
                .isEqualTo(409);
        assertThat(audits("member.removal.dismiss", late)).isEqualTo(1);
    }

    @Test
    void theReportRollsUpAndTheMemberSeesTheirOwnMonths() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        UUID a = arrive(bithu, "Cao Văn Báo Cáo", null);
        basis(bithu, a, "BHXH_SALARY", 10_000_000L, "2026-01");
        bithu.post("/api/v1/fees/payments", "{\"month\":\"2026-01\",\"payments\":[{\"memberId\":\"" + a + "\"}]}");

        JsonNode cellReport = bithu.get("/api/v1/fees/report?orgUnitId=" + cell + "&year=2026&month=1")
                .json();
        assertThat(cellReport.path("cells")).hasSize(1);
        assertThat(cellReport.path("collected").asLong()).isGreaterThanOrEqualTo(100_000);
        long collected = cellReport.path("collected").asLong();
        JsonNode levels = cellReport.path("levels");
        assertThat(levels.get(0).path("amount").asLong()
                        + levels.get(1).path("amount").asLong()
                        + levels.get(2).path("amount").asLong())
                .isEqualTo(collected);
        JsonNode rolled = tochuc.get("/api/v1/fees/report?orgUnitId=" + staffScopeRoot() + "&year=2026")
                .json();
        assertThat(rolled.path("collected").asLong()).isGreaterThanOrEqualTo(collected);
        assertThat(rolled.path("cells").findValuesAsString("orgUnitId")).contains(String.valueOf(cell));
        ApiClient.Response outside = bithu.get("/api/v1/fees/report?orgUnitId=" + staffScopeRoot());
        assertThat(outside.status())
                .as("the committee is outside the secretary's cell")
                .isEqualTo(404);
        assertThat(bithu.get("/api/v1/fees/report?orgUnitId=" + cell + "&month=13")
                        .status())
                .isEqualTo(400);

        ApiClient member = loggedIn(plainMemberLogin());
        ApiClient.Response mine = member.get("/api/v1/fees/mine?year=2026");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().path("months")).hasSize(12);
        String me = member.get("/api/v1/me").json().path("member").path("id").asString();
        assertThat(mine.json().path("memberId").asString()).isEqualTo(me);
        assertThat(member.get("/api/v1/fees/ledger?orgUnitId=" + cell).status()).isEqualTo(403);
    }

    @Test
    void theSetBasedFiguresOfASubtreeEqualTheLedgerComputedMemberByMember() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        // two bases in the window, a reduction, an amount that rounds half up, a member of 50 years (exempt by age)
        UUID changed = arrive(bithu, "Hà Văn Đổi Mức", null);
        basis(bithu, changed, "BHXH_SALARY", 4_444_450L, "2025-11");
        basis(bithu, changed, "PENSION", 3_333_300L, "2026-02");
        UUID reduced = arrive(bithu, "Ninh Thị Giảm", null);
        basis(bithu, reduced, "BHXH_ALLOWANCE", 5_555_550L, "2026-01");
        assertThat(bithu.post(
                                "/api/v1/fees/members/" + reduced + "/reliefs",
                                "{\"ground\":\"HARDSHIP\",\"percent\":70,\"fromMonth\":\"2026-02\","
                                        + "\"toMonth\":\"2026-06\"}")
                        .status())
                .isEqualTo(201);
        UUID veteran = arriveAdmitted(bithu, "Lão Văn Năm Mươi", "1970-03-02", "1971-03-02");
        basis(bithu, veteran, "PENSION", 8_000_000L, "2025-06");
        bithu.post(
                "/api/v1/fees/payments", "{\"month\":\"2026-01\",\"payments\":[{\"memberId\":\"" + changed + "\"}]}");
        // paid for months with nothing due (before the first basis, under an exemption) while a month due is unpaid
        UUID lateStart = arrive(bithu, "Mạc Văn Bắt Đầu Muộn", null);
        basis(bithu, lateStart, "BHXH_SALARY", 6_000_000L, "2026-02");
        assertThat(bithu.post(
                                "/api/v1/fees/payments",
                                "{\"month\":\"2026-01\",\"payments\":[{\"memberId\":\"" + lateStart
                                        + "\",\"amount\":20000}]}")
                        .status())
                .isEqualTo(200);
        UUID exempted = arrive(bithu, "Lý Thị Được Miễn", null);
        basis(bithu, exempted, "STUDENT", null, "2026-01");
        assertThat(bithu.post(
                                "/api/v1/fees/members/" + exempted + "/reliefs",
                                "{\"ground\":\"POOR_HOUSEHOLD\",\"percent\":100,\"fromMonth\":\"2026-02\","
                                        + "\"toMonth\":\"2026-02\"}")
                        .status())
                .isEqualTo(201);
        assertThat(bithu.post(
                                "/api/v1/fees/payments",
                                "{\"month\":\"2026-02\",\"payments\":[{\"memberId\":\"" + exempted
                                        + "\",\"amount\":5000}]}")
                        .status())
                .isEqualTo(200);

        JsonNode ledger = bithu.get("/api/v1/fees/ledger?orgUnitId=" + cell + "&year=2026")
                .json();
        JsonNode report = bithu.get("/api/v1/fees/report?orgUnitId=" + cell + "&year=2026")
                .json();
        long ledgerDue = 0;
        for (int m = 0; m < 3; m++) {
            ledgerDue += ledger.path("totals").get(m).path("due").asLong();
        }
        assertThat(report.path("cells").get(0).path("due").asLong())
                .as("January to March 2026 (the clock's month) as the ledger computes them")
                .isEqualTo(ledgerDue);
        assertThat(row(ledger.path("members"), veteran)
                        .path("months")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("EXEMPT");
        JsonNode february = bithu.get("/api/v1/fees/report?orgUnitId=" + cell + "&year=2026&month=2")
                .json();
        assertThat(february.path("due").asLong())
                .isEqualTo(ledger.path("totals").get(1).path("due").asLong());

        JsonNode arrears = bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&year=2026&size=500")
                .json();
        int listed = 0;
        for (JsonNode member : ledger.path("members")) {
            long unpaid = 0;
            long owed = 0;
            for (int m = 0; m < 2; m++) {
                JsonNode month = member.path("months").get(m);
                if (month.path("status").asString().equals("UNPAID")) {
                    unpaid++;
                    owed += month.path("due").asLong();
                }
            }
            JsonNode row = row(
                    arrears.path("members"),
                    UUID.fromString(member.path("memberId").asString()));
            if (unpaid == 0) {
                assertThat(row).isNull();
            } else {
                listed++;
                assertThat(row.path("unpaidMonths")).hasSize((int) unpaid);
                assertThat(row.path("owed").asLong()).isEqualTo(owed);
            }
        }
        assertThat(arrears.path("total").asInt()).isEqualTo(listed);
        assertThat(row(arrears.path("members"), changed).path("owed").asLong())
                .as("February: 0.5 % of 3,333,300 = 16,666.5, half up")
                .isEqualTo(16_667);
        assertThat(row(arrears.path("members"), veteran)).isNull();
        assertThat(row(arrears.path("members"), lateStart).path("unpaidMonths"))
                .as("February is unpaid; January, paid, had no basis")
                .hasSize(1);
        assertThat(row(arrears.path("members"), exempted).path("unpaidMonths"))
                .as("January is unpaid; February, paid, was exempt")
                .hasSize(1);
        // the pages, one member each, follow the order of the whole list
        JsonNode all = arrears.path("members");
        for (int i = 0; i < all.size(); i++) {
            JsonNode page = bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&year=2026&size=1&page=" + i)
                    .json();
            assertThat(page.path("members").get(0).path("memberId").asString())
                    .isEqualTo(all.get(i).path("memberId").asString());
            assertThat(page.path("members").get(0).path("unpaidMonths"))
                    .isEqualTo(all.get(i).path("unpaidMonths"));
            assertThat(page.path("meetingRule").asInt())
                    .isEqualTo(arrears.path("meetingRule").asInt());
        }

        JsonNode firstPage = bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&year=2026&size=1")
                .json();
        assertThat(firstPage.path("members")).hasSize(1);
        assertThat(firstPage.path("total").asInt()).isEqualTo(listed);
        assertThat(bithu.get("/api/v1/fees/arrears?orgUnitId=" + cell + "&size=501")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theTransferLetterStatesTheMonthFeesArePaidUpTo() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        UUID paying = arrive(bithu, "Tạ Văn Chuyển Đi", null);
        basis(bithu, paying, "STUDENT", null, "2026-01");
        for (String month : new String[] {"2026-01", "2026-02"}) {
            bithu.post(
                    "/api/v1/fees/payments",
                    "{\"month\":\"" + month + "\",\"payments\":[{\"memberId\":\"" + paying + "\"}]}");
        }
        JsonNode out = step(
                tochuc,
                paying,
                "{\"kind\":\"TRANSFER_OUT\",\"effectiveDate\":\"2026-02-25\",\"destination\":\"Đảng bộ tỉnh Nam Định\","
                        + "\"note\":\"Chuyển công tác\"");
        assertThat(out.path("note").asString()).isEqualTo("Chuyển công tác\nĐã đóng đảng phí đến hết tháng 02/2026.");

        // no fee record: nothing is stated
        UUID unknown = arrive(bithu, "Tạ Thị Chưa Có Căn Cứ", null);
        JsonNode bare = step(
                tochuc,
                unknown,
                "{\"kind\":\"TRANSFER_OUT\",\"effectiveDate\":\"2026-02-25\",\"destination\":\"Đảng bộ tỉnh Nam Định\"");
        assertThat(bare.path("note").isNull() || bare.path("note").isMissingNode())
                .as(bare.toString())
                .isTrue();
    }

    @Test
    void anOpenProposalIsClosedWhenTheRemovalIsRecordedAndOpenedAgainWhenItIsAnnulled() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        UUID late = arrive(bithu, "Khúc Văn Xóa Tên", null);
        basis(bithu, late, "STUDENT", null, "2025-01");
        for (int m = 1; m <= 9; m++) {
            bithu.post(
                    "/api/v1/fees/payments",
                    "{\"month\":\"2025-" + String.format("%02d", m) + "\",\"payments\":[{\"memberId\":\"" + late
                            + "\"}]}");
        }
        JsonNode proposed = bithu.post(
                        "/api/v1/fees/arrears/proposals",
                        "{\"orgUnitId\":" + cell + ",\"year\":2025,\"memberIds\":[\"" + late + "\"]}")
                .json();
        long proposal = proposed.get(0).path("id").asLong();
        assertThat(deadlineProposals(bithu)).contains(String.valueOf(proposal));

        JsonNode removed = step(
                tochuc,
                late,
                "{\"kind\":\"REMOVED\",\"effectiveDate\":\"2026-02-20\",\"decisionNumber\":\"31-QĐ/ĐU\","
                        + "\"decisionDate\":\"2026-02-20\",\"decisionBody\":\"Đảng ủy\",\"ground\":"
                        + "\"INACTIVE_OR_UNPAID_FEES\"");
        java.util.Map<String, Object> closed = proposalOf(proposal);
        assertThat(closed.get("state")).isEqualTo("DONE");
        assertThat(((Number) closed.get("closed_event_id")).longValue())
                .isEqualTo(removed.path("id").asLong());
        assertThat((String) closed.get("closed_reason")).startsWith("Đã ghi nhận xóa tên ngày 20/02/2026");
        assertThat(deadlineProposals(bithu)).doesNotContain(String.valueOf(proposal));
        assertThat(audits("member.removal.done", late)).isEqualTo(1);

        ApiClient.Response annulled = tochuc.post(
                "/api/v1/members/" + late + "/events/" + removed.path("id").asLong() + "/annulment",
                "{\"reason\":\"Ghi nhầm quyết định\",\"version\":" + version(tochuc, late) + "}");
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(201);
        java.util.Map<String, Object> reopened = proposalOf(proposal);
        assertThat(reopened.get("state")).isEqualTo("OPEN");
        assertThat(reopened.get("closed_event_id")).isNull();
        assertThat(deadlineProposals(bithu)).contains(String.valueOf(proposal));
    }

    private java.util.List<String> deadlineProposals(ApiClient client) {
        return client.get("/api/v1/deadlines?kind=REMOVAL_PROPOSED&limit=1000")
                .json()
                .path("items")
                .findValuesAsString("proposalId");
    }

    /** The proposal's row: the open list no longer shows a closed one. */
    private java.util.Map<String, Object> proposalOf(long id) {
        return jdbc.sql("SELECT state, closed_event_id, closed_reason FROM member_removal_proposal WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private JsonNode step(ApiClient client, UUID id, String bodyStart) {
        ApiClient.Response response = client.post(
                "/api/v1/members/" + id + "/events", bodyStart + ",\"version\":" + version(client, id) + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static long version(ApiClient client, UUID id) {
        return client.get("/api/v1/members/" + id + "/lifecycle")
                .json()
                .path("version")
                .asLong();
    }

    private UUID arriveAdmitted(ApiClient client, String name, String admittedOn, String officialOn) {
        ApiClient.Response response = client.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + secretaryCell() + ",\"fullName\":\"" + name
                        + "\",\"sex\":\"M\",\"birthDate\":\"1950-04-04\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2025-01-02\",\"statusOnArrival\":\"OFFICIAL\","
                        + "\"admittedOn\":\"" + admittedOn + "\",\"ceremonyDate\":\"" + admittedOn
                        + "\",\"officialOn\":\"" + officialOn + "\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private UUID arrive(ApiClient client, String name, String cardNumber) {
        ApiClient.Response response = client.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + secretaryCell() + ",\"fullName\":\"" + name
                        + "\",\"sex\":\"M\",\"birthDate\":\"1985-04-04\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2025-01-02\",\"statusOnArrival\":\"OFFICIAL\","
                        + "\"admittedOn\":\"2010-05-19\",\"ceremonyDate\":\"2010-05-29\","
                        + "\"officialOn\":\"2011-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\""
                        + (cardNumber == null ? "" : ",\"cardNumber\":\"" + cardNumber + "\"") + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private static JsonNode basis(ApiClient client, UUID member, String category, Long amount, String from) {
        ApiClient.Response response = client.post(
                "/api/v1/fees/members/" + member + "/bases",
                "{\"category\":\"" + category + "\"" + (amount == null ? "" : ",\"amount\":" + amount)
                        + ",\"fromMonth\":\"" + from + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static ApiClient.Response upload(ApiClient client, long unit, String csv) {
        return client.multipart(
                "POST",
                "/api/v1/fees/imports?orgUnitId=" + unit,
                "file",
                "cong-dvc.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String card() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    private static JsonNode row(JsonNode rows, UUID id) {
        for (JsonNode row : rows) {
            if (row.path("memberId").asString().equals(id.toString())) {
                return row;
            }
        }
        return null;
    }

    private long payments() {
        return jdbc.sql("SELECT COUNT(*) FROM duty_fee_payment")
                .query(Long.class)
                .single();
    }

    private long audits(String action, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }
}
