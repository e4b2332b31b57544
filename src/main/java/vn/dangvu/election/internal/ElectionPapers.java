package vn.dangvu.election.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.dangvu.election.BallotForm;
import vn.dangvu.election.ElectedBody;
import vn.dangvu.election.ElectionCandidate;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.ElectionRound;
import vn.dangvu.election.ElectionView;
import vn.dangvu.report.ReportTable;

/**
 * The election's papers laid out for the report module's printing (A4, the Party heading): the ballot in the form of
 * QĐ 190-QĐ/TW, Điều 15 (REGULATIONS §8.4) — the names to strike through on a list with surplus, the "đồng ý / không
 * đồng ý" columns on a list without — and the vote-counting minutes (biên bản kiểm phiếu, HD 04-HD/TW 2024, Phụ lục 2)
 * of a counted round.
 */
final class ElectionPapers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ElectionPapers() {}

    static String bodyName(ElectedBody body) {
        return switch (body) {
            case EXECUTIVE_COMMITTEE -> "Ban Chấp hành";
            case STANDING_COMMITTEE -> "Ban Thường vụ";
            case SECRETARY -> "Bí thư";
            case DEPUTY_SECRETARIES -> "Phó Bí thư";
            case INSPECTION_COMMISSION -> "Ủy ban Kiểm tra";
            case INSPECTION_CHAIRMAN -> "Chủ nhiệm Ủy ban Kiểm tra";
            case DELEGATES -> "Đại biểu dự đại hội cấp trên";
        };
    }

    static String occasionName(ElectionOccasion occasion) {
        return switch (occasion) {
            case MEMBERS_CONGRESS -> "Đại hội đảng viên";
            case DELEGATES_CONGRESS -> "Đại hội đại biểu";
            case COMMITTEE_PLENUM -> "Hội nghị Ban Chấp hành";
        };
    }

    /** The ballot of a round (the last when {@code round} is null: before adoption, the list as it stands). */
    static ReportTable ballot(ElectionView e, @org.jspecify.annotations.Nullable ElectionRound round, String place) {
        BallotForm form = round == null ? e.form() : round.form();
        int seats = round == null ? e.seats() : round.seats();
        List<String> names = round == null
                ? e.candidates().stream()
                        .filter(ElectionCandidate::admitted)
                        .map(ElectionCandidate::fullName)
                        .toList()
                : round.results().stream()
                        .sorted(java.util.Comparator.comparingInt(ElectionRound.ElectionRoundResult::position))
                        .map(ElectionRound.ElectionRoundResult::fullName)
                        .toList();
        List<ReportTable.Column> columns = form == BallotForm.YES_NO
                ? List.of(
                        new ReportTable.Column("YES", "Đồng ý", null),
                        new ReportTable.Column("NO", "Không đồng ý", null))
                : List.of();
        List<Long> blanks = Collections.nCopies(columns.size(), null);
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new ReportTable.Row(null, "Đồng chí " + name, blanks));
        }
        List<String> notes = form == BallotForm.YES_NO
                ? List.of(
                        "Đánh dấu X vào một ô \"Đồng ý\" hoặc \"Không đồng ý\" của từng đồng chí.",
                        "Phiếu có đóng dấu của cấp ủy triệu tập ở góc trên bên trái; phiếu không do Ban kiểm phiếu phát ra"
                                + " là phiếu không hợp lệ.")
                : List.of(
                        "Đồng chí không bầu ai thì gạch ngang cả họ và tên người đó.",
                        "Số người để lại không quá %d; không gạch tên ai, hoặc gạch tên tất cả, là phiếu không hợp lệ."
                                .formatted(seats),
                        "Phiếu có đóng dấu của cấp ủy triệu tập ở góc trên bên trái; phiếu không do Ban kiểm phiếu phát ra"
                                + " là phiếu không hợp lệ.");
        return new ReportTable(
                "ELECTION_BALLOT_" + e.id() + "_" + (round == null ? 0 : round.number()),
                round == null || round.number() == 1 ? "Phiếu bầu" : "Phiếu bầu lần " + round.number(),
                "PHIẾU BẦU " + bodyName(e.body()).toUpperCase(VI),
                List.of(e.orgUnitName().toUpperCase(VI)),
                place,
                e.orgUnitId(),
                e.orgUnitName(),
                e.heldOn(),
                e.title() + " — " + occasionName(e.occasion()) + ", ngày " + DAY.format(e.heldOn()),
                List.of(),
                "Họ và tên",
                columns,
                rows,
                new ReportTable.Row(null, "Số lượng cần bầu: %d đồng chí".formatted(seats), blanks),
                notes);
    }

    /** The vote-counting minutes of a counted round. */
    static ReportTable minutes(ElectionView e, ElectionRound round, List<String> counters, String place) {
        List<ReportTable.Row> rows = new ArrayList<>();
        List<String> elected = new ArrayList<>();
        for (ElectionRound.ElectionRoundResult r : round.results()) {
            rows.add(new ReportTable.Row(
                    null, r.fullName() + (r.elected() ? " (trúng cử)" : r.tied() ? " (bằng phiếu)" : ""), List.of((long)
                            r.votes())));
            if (r.elected()) {
                elected.add(r.fullName());
            }
        }
        int issued = round.issued() == null ? 0 : round.issued();
        int returned = round.returned() == null ? 0 : round.returned();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(("Hôm nay, ngày %s, tại %s, Ban kiểm phiếu gồm các đồng chí: %s đã tiến hành kiểm phiếu bầu %s"
                        + " (lần %d).")
                .formatted(
                        DAY.format(e.heldOn()),
                        occasionName(e.occasion()).toLowerCase(VI) + " " + e.orgUnitName(),
                        String.join(", ", counters),
                        bodyName(e.body()),
                        round.number()));
        paragraphs.add(("Số lượng cần bầu: %d. Tổng số đảng viên (đại biểu) được triệu tập tính làm căn cứ (QĐ"
                        + " 190-QĐ/TW, Điều 30): %d; có mặt: %d.")
                .formatted(round.seats(), e.base(), e.present()));
        paragraphs.add("Số phiếu phát ra: %d. Số phiếu thu vào: %d. Số phiếu không thu về: %d. Số phiếu hợp lệ: %d. Số"
                        .formatted(issued, returned, issued - returned, round.valid())
                + " phiếu không hợp lệ: %d.".formatted(round.invalid()));
        paragraphs.add(
                elected.isEmpty()
                        ? "Không đồng chí nào đạt số phiếu bầu quá một nửa so với tổng số được triệu tập tính làm căn cứ."
                        : "Các đồng chí trúng cử (số phiếu bầu quá một nửa so với tổng số được triệu tập tính làm căn"
                                + " cứ, lấy theo thứ tự số phiếu từ cao xuống thấp): " + String.join(", ", elected)
                                + ".");
        if (round.tiedSeats() > 0) {
            paragraphs.add("Còn %d chỗ: các đồng chí bằng phiếu nhau ở vị trí cuối được bầu lại giữa họ."
                    .formatted(round.tiedSeats()));
        }
        if (round.unfilled() > 0) {
            paragraphs.add("Còn thiếu %d người so với số lượng cần bầu; đại hội quyết định việc bầu tiếp."
                    .formatted(round.unfilled()));
        }
        List<String> notes = new ArrayList<>();
        for (ElectionRound.ElectionRoundResult r : round.results()) {
            notes.add("%s: %d phiếu, đạt %s%% so với tổng số được triệu tập."
                    .formatted(
                            r.fullName(),
                            r.votes(),
                            String.valueOf(r.percentOfBase()).replace('.', ',')));
        }
        notes.add(
                "Biên bản lập xong hồi … giờ … cùng ngày. TRƯỞNG BAN KIỂM PHIẾU — CÁC THÀNH VIÊN (ký, ghi rõ họ tên).");
        return new ReportTable(
                "ELECTION_MINUTES_" + e.id() + "_" + round.number(),
                "Biên bản kiểm phiếu",
                "BIÊN BẢN KIỂM PHIẾU BẦU " + bodyName(e.body()).toUpperCase(VI),
                List.of(e.orgUnitName().toUpperCase(VI), "BAN KIỂM PHIẾU"),
                place,
                e.orgUnitId(),
                e.orgUnitName(),
                e.heldOn(),
                e.title(),
                paragraphs,
                "Họ và tên",
                List.of(new ReportTable.Column("VOTES", "Số phiếu bầu", null)),
                rows,
                new ReportTable.Row(null, "Số phiếu hợp lệ", List.of((long) round.valid())),
                notes);
    }
}
