package vn.dangvu.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * A member list as an Excel workbook: a title row, the filters in words, the column headers, then one row per member
 * in list order. Rows are written as they are read and flushed every thousand (fastexcel inline strings, nothing
 * kept), so the export needs the same little memory for ten rows as for {@link #ROW_LIMIT}.
 */
@Component
class MemberExcelExport {

    /** The most rows one export may have by default; a larger list must be narrowed by its filters first. */
    static final int ROW_LIMIT = 100_000;

    /**
     * The most rows for the city organisation department, which reports on whole subtrees (a city of 500,000 members
     * in one list): the export streams, so the limit bounds the time of one request, not its memory.
     */
    static final int CITY_ROW_LIMIT = 1_000_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final String[] HEADERS = {
        "no",
        "fullName",
        "sex",
        "birthDate",
        "ethnicity",
        "theoryLevel",
        "admittedOn",
        "officialOn",
        "status",
        "cardNumber",
        "cell"
    };

    private final MemberSearch search;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;
    private final int rowLimit;
    private final int cityRowLimit;

    MemberExcelExport(
            MemberSearch search,
            OrgUnits orgUnits,
            MessageSource messages,
            Clock clock,
            @Value("${dangvu.member.export-row-limit:" + ROW_LIMIT + "}") int rowLimit,
            @Value("${dangvu.member.city-export-row-limit:" + CITY_ROW_LIMIT + "}") int cityRowLimit) {
        this.search = search;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
        this.rowLimit = rowLimit;
        this.cityRowLimit = cityRowLimit;
    }

    /** The row limit of the caller: the city organisation department's is larger. */
    int rowLimitFor(Actor actor) {
        return actor.has(Role.CITY_ORGANISATION) ? Math.max(rowLimit, cityRowLimit) : rowLimit;
    }

    /** Checks the list is small enough to export and returns its size; refuses (422) above {@code limit}. */
    long checkedSize(MemberFilter filter, OrgScope scope, int limit) {
        long rows = search.count(filter, scope, limit + 1);
        if (rows > limit) {
            throw DomainException.rule("member.export.too-many", limit);
        }
        return rows;
    }

    /** Writes the workbook of the list to {@code out}. */
    void write(MemberFilter filter, OrgScope scope, long rows, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Dang Vu", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("member.export.sheet", locale));
        int columns = HEADERS.length;
        sheet.inlineString(0, 0, text("member.export.title", locale));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.inlineString(1, 0, describe(filter, scope, locale));
        sheet.range(1, 0, 1, columns - 1).merge();
        sheet.inlineString(
                2, 0, text("member.export.made", locale, LocalDate.now(clock).format(DAY), rows));
        sheet.range(2, 0, 2, columns - 1).merge();
        for (int c = 0; c < columns; c++) {
            sheet.inlineString(3, c, text("member.export.header." + HEADERS[c], locale));
            sheet.style(3, c)
                    .bold()
                    .fillColor("D9E1F2")
                    .borderStyle("thin")
                    .wrapText(true)
                    .set();
        }
        double[] widths = {6, 28, 8, 12, 12, 18, 13, 13, 16, 14, 40};
        for (int c = 0; c < columns; c++) {
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, 4);
        int[] row = {4};
        try {
            search.forEach(filter, scope, member -> {
                int r = row[0]++;
                MemberSummary s = member.summary();
                sheet.value(r, 0, r - 3);
                sheet.inlineString(r, 1, s.fullName());
                sheet.inlineString(r, 2, text("member.export.sex." + s.sex(), locale));
                date(sheet, r, 3, s.birthDate());
                sheet.inlineString(r, 4, member.ethnicity().vietnameseName());
                if (member.theoryLevel() != null) {
                    sheet.inlineString(r, 5, member.theoryLevel().vietnameseName());
                }
                date(sheet, r, 6, member.admittedOn());
                date(sheet, r, 7, member.officialOn());
                sheet.inlineString(r, 8, status(s.status(), locale));
                if (s.cardNumber() != null) {
                    sheet.inlineString(r, 9, s.cardNumber());
                }
                sheet.inlineString(r, 10, s.cellName());
                if (r % 1_000 == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    /** The filters of the list in words, e.g. "Tổ chức: …; Trạng thái: Dự bị, Chính thức; Giới tính: Nữ". */
    String describe(MemberFilter filter, OrgScope scope, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.orgUnitId() != null) {
            orgUnits.findWithin(filter.orgUnitId(), scope)
                    .ifPresent(unit -> parts.add(text("member.export.filter.orgUnit", locale, unit.name())));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            parts.add(text("member.export.filter.q", locale, filter.q().strip()));
        }
        if (!filter.statuses().isEmpty()) {
            parts.add(text(
                    "member.export.filter.status",
                    locale,
                    String.join(
                            ", ",
                            filter.statuses().stream()
                                    .map(s -> status(s, locale))
                                    .toList())));
        }
        if (filter.sex() != null) {
            parts.add(text("member.export.filter.sex", locale, text("member.export.sex." + filter.sex(), locale)));
        }
        if (filter.minAge() != null || filter.maxAge() != null) {
            parts.add(text("member.export.filter.age", locale, range(filter.minAge(), filter.maxAge(), locale)));
        }
        if (filter.ethnicity() != null) {
            parts.add(text(
                    "member.export.filter.ethnicity", locale, filter.ethnicity().vietnameseName()));
        }
        if (filter.theoryLevel() != null) {
            parts.add(text(
                    "member.export.filter.theoryLevel",
                    locale,
                    filter.theoryLevel().vietnameseName()));
        }
        if (filter.admittedFrom() != null || filter.admittedTo() != null) {
            parts.add(text(
                    "member.export.filter.admitted",
                    locale,
                    range(day(filter.admittedFrom()), day(filter.admittedTo()), locale)));
        }
        return parts.isEmpty()
                ? text("member.export.filter.none", locale)
                : text("member.export.filter", locale, String.join("; ", parts));
    }

    private String range(@Nullable Object from, @Nullable Object to, Locale locale) {
        if (from != null && to != null) {
            return text("member.export.range.between", locale, from, to);
        }
        return from != null
                ? text("member.export.range.from", locale, from)
                : text("member.export.range.to", locale, to);
    }

    private static @Nullable String day(@Nullable LocalDate date) {
        return date == null ? null : date.format(DAY);
    }

    private String status(MemberStatus status, Locale locale) {
        // a status added later without a label still exports, under its code
        return messages.getMessage("member.status." + status.name(), null, status.name(), locale);
    }

    private static void date(Worksheet sheet, int row, int column, @Nullable LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
