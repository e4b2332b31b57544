package vn.dangvu.handbook.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.handbook.MyData;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.report.ReportTable;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.PersonalDataSection;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * Collects every module's {@link PersonalDataSource} into the member's copy of their data, and prints it as a PDF laid
 * out as the other reports: the records of each section as lines of "field: value", then a table of how many records
 * each section holds.
 */
@Component
class MyDataExport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };

    private final List<PersonalDataSource> sources;
    private final ReportDocuments documents;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcClient jdbc;

    MyDataExport(
            List<PersonalDataSource> sources,
            ReportDocuments documents,
            MessageSource messages,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    MyData of(MemberCard member) {
        List<PersonalDataSection> sections = PersonalDataQuery.all(sources).stream()
                .map(query -> query.of(jdbc, member.id()))
                .toList();
        return new MyData(member.id(), member.fullName(), clock.instant(), sections);
    }

    byte[] pdf(MemberCard member, MyData data) {
        LocalDate today = LocalDate.ofInstant(data.generatedAt(), clock.getZone());
        List<String> paragraphs = new ArrayList<>();
        List<ReportTable.Row> rows = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < data.sections().size(); i++) {
            PersonalDataSection section = data.sections().get(i);
            String number = i < ROMAN.length ? ROMAN[i] : String.valueOf(i + 1);
            paragraphs.add(number + ". " + section.title().toUpperCase(VIETNAMESE)
                    + (section.records().isEmpty() ? ": không có." : ""));
            for (Map<String, @Nullable String> record : section.records()) {
                paragraphs.add(line(section, record));
            }
            rows.add(new ReportTable.Row(null, number + ". " + section.title(), List.of((long)
                    section.records().size())));
            total += section.records().size();
        }
        ReportTable table = new ReportTable(
                "MY_DATA",
                "Dữ liệu cá nhân",
                "DỮ LIỆU CÁ NHÂN CỦA ĐẢNG VIÊN",
                List.of(member.cellName().toUpperCase(VIETNAMESE)),
                documents.place(),
                member.cellId(),
                member.fullName(),
                today,
                "Trích xuất ngày " + DAY.format(today),
                paragraphs,
                "Mục",
                List.of(new ReportTable.Column("records", "Số bản ghi", null)),
                rows,
                new ReportTable.Row(null, "Tổng số", List.of(total)),
                List.of(
                        "Bản sao dữ liệu cá nhân cấp cho chủ thể dữ liệu theo Nghị định 13/2023/NĐ-CP, Điều 14.",
                        "Giờ ghi theo giờ Việt Nam; bản dữ liệu (JSON) ghi ngày theo ISO 8601 và giờ theo UTC."));
        return documents.pdf(table);
    }

    private String line(PersonalDataSection section, Map<String, @Nullable String> record) {
        StringJoiner line = new StringJoiner("; ", "– ", ".");
        for (PersonalDataSection.Field field : section.fields()) {
            String value = record.get(field.key());
            if (value != null && !value.isBlank()) {
                line.add(field.label() + ": " + words(field, value));
            }
        }
        return line.toString();
    }

    private String words(PersonalDataSection.Field field, String value) {
        String codes = field.codes();
        if (codes != null) {
            return messages.getMessage(codes + value, null, value, VIETNAMESE);
        }
        if (ISO_DAY.matcher(value).matches()) {
            return DAY.format(LocalDate.parse(value));
        }
        if (ISO_INSTANT.matcher(value).matches()) {
            return MOMENT.format(Instant.parse(value));
        }
        return value;
    }
}
