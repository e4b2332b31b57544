package vn.dangvu.member.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.member.UpdateMember;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Checks the rows of one import file, one at a time, with the rules of the record form — the same Bean Validation
 * of {@link UpdateMemberRequest} and the same {@link MemberRecordPolicy#violations} — plus the import's own: the
 * citizen ID is required and is the row's key, so it may appear only once in a file (so may a card number); the cell
 * code must name a cell inside the import's target subtree; texts must be readable as dates and listed values.
 * Every error of a row is reported, not only the first.
 */
final class MemberImportValidator {

    /** An error of one cell (or of the row, when {@code column} is null). */
    record RowError(
            int row,
            @Nullable MemberImportColumn column,
            @Nullable String value,
            String code,
            List<Object> args) {}

    /** A valid row, ready to be written. */
    record ValidRow(int row, UpdateMember record, @Nullable MemberStatus status, long cellId) {}

    /** Where a cell code leads. */
    interface Cells {
        /** The cell's id when it lies in the target subtree, else {@code null}. */
        @Nullable
        Long inTarget(String code);

        /** Why a code outside the target is refused: {@code unknown}, {@code not-cell} or {@code outside}. */
        String refusal(String code);
    }

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY_DASH =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CITIZEN_ID = Pattern.compile(MemberRecordPolicy.CITIZEN_ID);
    private static final Pattern CARD_NUMBER = Pattern.compile(MemberRecordPolicy.CARD_NUMBER);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Map<String, Ethnicity> ETHNICITIES = names(Ethnicity.values(), Ethnicity::vietnameseName);
    private static final Map<String, Religion> RELIGIONS = names(Religion.values(), Religion::vietnameseName);
    private static final Map<String, ProfessionalLevel> PROFESSIONAL_LEVELS =
            names(ProfessionalLevel.values(), ProfessionalLevel::vietnameseName);
    private static final Map<String, AcademicTitle> ACADEMIC_TITLES =
            names(AcademicTitle.values(), AcademicTitle::vietnameseName);
    private static final Map<String, TheoryLevel> THEORY_LEVELS =
            names(TheoryLevel.values(), TheoryLevel::vietnameseName);
    private static final Map<String, MemberStatus> STATUSES = names(
            MemberImportColumn.IMPORTABLE_STATUSES.toArray(MemberStatus[]::new), MemberImportColumn.STATUS_NAMES::get);

    private final Validator validator;
    private final LocalDate today;
    private final Cells cells;
    private final Map<MemberImportColumn, Integer> positions;
    private final Map<String, Integer> citizenIds = new HashMap<>();
    private final Map<String, Integer> cardNumbers = new HashMap<>();

    /**
     * @param header the file's header row, to find each column
     * @throws IllegalArgumentException naming the missing required headers
     */
    MemberImportValidator(Validator validator, LocalDate today, Cells cells, List<String> header) {
        this.validator = validator;
        this.today = today;
        this.cells = cells;
        this.positions = new EnumMap<>(MemberImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            MemberImportColumn.byHeader(header.get(i)).ifPresent(c -> positions.putIfAbsent(c, index));
        }
    }

    /** The required columns the header lacks, by their Vietnamese headers. */
    List<String> missingHeaders() {
        return Arrays.stream(MemberImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c))
                .map(MemberImportColumn::header)
                .toList();
    }

    /** The columns the file has (the others are left as they are on records being updated). */
    Set<MemberImportColumn> presentColumns() {
        return positions.keySet();
    }

    /** Checks one row: the valid row, or {@code null} with the row's errors added to {@code errors}. */
    @Nullable
    ValidRow check(MemberImportFile.Row row, List<RowError> errors) {
        int before = errors.size();
        Map<MemberImportColumn, Object> values = new EnumMap<>(MemberImportColumn.class);
        Set<MemberImportColumn> unreadable = java.util.EnumSet.noneOf(MemberImportColumn.class);
        positions.forEach((column, index) -> {
            MemberImportFile.Cell cell = row.cell(index);
            if (cell.blank()) {
                return;
            }
            try {
                values.put(column, read(column, cell));
            } catch (Unreadable e) {
                unreadable.add(column);
                errors.add(new RowError(row.number(), column, cell.text().strip(), e.code, List.of(e.arg)));
            }
        });
        String citizenId = (String) values.get(MemberImportColumn.CITIZEN_ID);
        UpdateMemberRequest request = request(values);
        for (ConstraintViolation<UpdateMemberRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            MemberImportColumn column = MemberImportColumn.byField(field).orElse(null);
            if (column != null && unreadable.contains(column)) {
                continue;
            }
            String template = v.getMessageTemplate();
            String code = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
            errors.add(new RowError(row.number(), column, text(v.getInvalidValue()), code, List.of()));
        }
        if (citizenId == null && !unreadable.contains(MemberImportColumn.CITIZEN_ID)) {
            errors.add(new RowError(
                    row.number(), MemberImportColumn.CITIZEN_ID, null, "member-import.citizen-id.required", List.of()));
        }
        if (citizenId != null && CITIZEN_ID.matcher(citizenId).matches()) {
            Integer first = citizenIds.putIfAbsent(citizenId, row.number());
            if (first != null) {
                errors.add(new RowError(
                        row.number(),
                        MemberImportColumn.CITIZEN_ID,
                        citizenId,
                        "member-import.citizen-id.duplicate",
                        List.of(first)));
            }
        }
        String card = (String) values.get(MemberImportColumn.CARD_NUMBER);
        if (card != null && CARD_NUMBER.matcher(card).matches()) {
            Integer first = cardNumbers.putIfAbsent(card, row.number());
            if (first != null) {
                errors.add(new RowError(
                        row.number(),
                        MemberImportColumn.CARD_NUMBER,
                        card,
                        "member-import.card-number.duplicate",
                        List.of(first)));
            }
        }
        Long cellId = cell(row.number(), (String) values.get(MemberImportColumn.CELL_CODE), errors);
        if (request.birthDate() != null) {
            UpdateMember record = request.toCommand();
            for (MemberRecordPolicy.Violation v : MemberRecordPolicy.violations(record, today)) {
                MemberImportColumn column =
                        MemberImportColumn.byField(v.field()).orElse(null);
                Object value = column == null ? null : values.get(column);
                errors.add(new RowError(row.number(), column, text(value), v.code(), v.args()));
            }
        }
        if (errors.size() > before || cellId == null) {
            return null;
        }
        return new ValidRow(
                row.number(), request.toCommand(), (MemberStatus) values.get(MemberImportColumn.STATUS), cellId);
    }

    private @Nullable Long cell(int row, @Nullable String code, List<RowError> errors) {
        if (code == null) {
            errors.add(new RowError(row, MemberImportColumn.CELL_CODE, null, "member-import.cell.required", List.of()));
            return null;
        }
        Long id = cells.inTarget(code);
        if (id == null) {
            errors.add(new RowError(
                    row, MemberImportColumn.CELL_CODE, code, "member-import.cell." + cells.refusal(code), List.of()));
        }
        return id;
    }

    private static UpdateMemberRequest request(Map<MemberImportColumn, Object> v) {
        return new UpdateMemberRequest(
                (String) v.get(MemberImportColumn.FULL_NAME),
                (String) v.get(MemberImportColumn.BIRTH_NAME),
                (String) v.get(MemberImportColumn.ALIASES),
                (String) v.get(MemberImportColumn.SEX),
                (LocalDate) v.get(MemberImportColumn.BIRTH_DATE),
                (String) v.get(MemberImportColumn.BIRTH_PLACE),
                (String) v.get(MemberImportColumn.HOME_TOWN),
                (String) v.get(MemberImportColumn.PERMANENT_ADDRESS),
                (String) v.get(MemberImportColumn.TEMPORARY_ADDRESS),
                (Ethnicity) v.get(MemberImportColumn.ETHNICITY),
                (Religion) v.get(MemberImportColumn.RELIGION),
                (String) v.get(MemberImportColumn.OCCUPATION),
                (String) v.get(MemberImportColumn.GENERAL_EDUCATION),
                (ProfessionalLevel) v.get(MemberImportColumn.PROFESSIONAL_LEVEL),
                (AcademicTitle) v.get(MemberImportColumn.ACADEMIC_TITLE),
                (TheoryLevel) v.get(MemberImportColumn.THEORY_LEVEL),
                (String) v.get(MemberImportColumn.CARD_NUMBER),
                (String) v.get(MemberImportColumn.HISTORY_NUMBER),
                (String) v.get(MemberImportColumn.CITIZEN_ID),
                (String) v.get(MemberImportColumn.PHONE),
                (String) v.get(MemberImportColumn.EMAIL),
                (LocalDate) v.get(MemberImportColumn.ADMITTED_ON),
                (String) v.get(MemberImportColumn.ADMISSION_DECISION_NUMBER),
                (String) v.get(MemberImportColumn.ADMISSION_DECISION_BODY),
                (LocalDate) v.get(MemberImportColumn.CEREMONY_DATE),
                (String) v.get(MemberImportColumn.CEREMONY_PLACE),
                (LocalDate) v.get(MemberImportColumn.OFFICIAL_ON),
                (String) v.get(MemberImportColumn.OFFICIAL_PLACE),
                (String) v.get(MemberImportColumn.PARTY_POSTS),
                (String) v.get(MemberImportColumn.WORKPLACE),
                0);
    }

    /** A cell's text that cannot be read as its column's kind. */
    private static final class Unreadable extends Exception {
        final String code;
        final String arg;

        Unreadable(String code, String arg) {
            super(code, null, false, false);
            this.code = code;
            this.arg = arg;
        }
    }

    private static Object read(MemberImportColumn column, MemberImportFile.Cell cell) throws Unreadable {
        String text = VietnameseText.clean(cell.text());
        return switch (column.kind()) {
            case TEXT -> text;
            case DIGITS -> digits(column, cell, text);
            case DATE -> date(cell, text);
            case SEX ->
                switch (MemberImportColumn.key(text)) {
                    case "nam", "m" -> "M";
                    case "nu", "f" -> "F";
                    default -> throw new Unreadable("member-import.sex.unknown", text);
                };
            case ETHNICITY -> listed(ETHNICITIES, column, text);
            case RELIGION -> listed(RELIGIONS, column, text);
            case PROFESSIONAL_LEVEL -> listed(PROFESSIONAL_LEVELS, column, text);
            case ACADEMIC_TITLE -> listed(ACADEMIC_TITLES, column, text);
            case THEORY_LEVEL -> listed(THEORY_LEVELS, column, text);
            case STATUS -> listed(STATUSES, column, text);
        };
    }

    /**
     * Digits typed into Excel as a number lose their leading zeros: a citizen ID stored as a number of fewer than 12
     * digits gets them back (every citizen ID has 12), a phone number its leading 0.
     */
    private static String digits(MemberImportColumn column, MemberImportFile.Cell cell, String text) {
        BigDecimal number = cell.number();
        if (number == null || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            return text.replace(" ", "").replace(".", "");
        }
        String plain = number.toBigInteger().toString();
        if (column == MemberImportColumn.CITIZEN_ID && plain.length() < 12) {
            return "0".repeat(12 - plain.length()) + plain;
        }
        if (column == MemberImportColumn.PHONE
                && (plain.length() == 9 || plain.length() == 10 && plain.startsWith("2"))) {
            return "0" + plain;
        }
        return plain;
    }

    private static LocalDate date(MemberImportFile.Cell cell, String text) throws Unreadable {
        BigDecimal number = cell.number();
        try {
            if (number != null) {
                long days = number.longValue();
                if (days > 0 && days < 2_958_466) {
                    return EXCEL_EPOCH.plusDays(days);
                }
            } else if (ISO.matcher(text).matches()) {
                return LocalDate.parse(text);
            } else if (text.contains("/")) {
                return LocalDate.parse(text, DMY);
            } else if (text.contains("-")) {
                return LocalDate.parse(text, DMY_DASH);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new Unreadable("member-import.date.format", text);
    }

    private static <E> E listed(Map<String, E> names, MemberImportColumn column, String text) throws Unreadable {
        E value = names.get(MemberImportColumn.key(text));
        if (value == null) {
            throw new Unreadable("member-import.value.unknown", column.header());
        }
        return value;
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values, Function<E, String> vietnamese) {
        Map<String, E> names = new HashMap<>();
        for (E value : values) {
            names.put(MemberImportColumn.key(vietnamese.apply(value)), value);
            names.put(MemberImportColumn.key(value.name()), value);
        }
        return Map.copyOf(names);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return DMY.format(date);
        }
        return MemberFields.text(value);
    }
}
