package vn.dangvu.document.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dangvu.document.DocumentType;
import vn.dangvu.shared.DomainException;

/**
 * The number and symbol of a Party document, {@code <số>-<TÊN LOẠI>/<CƠ QUAN BAN HÀNH>} (HD 36-HD/VPTW 03/4/2018 and
 * QĐ 66-QĐ/TW 06/02/2017, REGULATIONS §11.1–§11.2): parsing, validation, formatting (the number zero-padded to two
 * digits, "03-CTr/TU") and the sequence a new number is drawn from. Numbering restarts at 01 for each type in each
 * committee term; congress documents share one sequence for all types; secret documents share the sequence of
 * their type (so confidentiality is not part of the key).
 */
public final class DocumentNumberPolicy {

    /** The regulations this policy implements, named in refusals. */
    public static final String RULE = "HD 36-HD/VPTW 2018; QĐ 66-QĐ/TW 2017";

    /** The key of the shared sequence of congress documents. */
    public static final String CONGRESS = "CONGRESS";

    private static final Pattern SYMBOL = Pattern.compile("(\\d{1,5})-(\\p{L}{1,6})/(\\p{L}{1,20})");
    private static final Pattern ISSUER = Pattern.compile("[A-ZĐ]{1,20}");

    private DocumentNumberPolicy() {}

    /**
     * A parsed number and symbol.
     *
     * @param number the number
     * @param type the document type
     * @param issuer the issuing body's suffix
     */
    public record Symbol(int number, DocumentType type, String issuer) {

        /** The canonical text, e.g. {@code 03-CTr/TU}. */
        public String format() {
            return DocumentNumberPolicy.format(number, type, issuer);
        }
    }

    /** Parses {@code 57-NQ/TW}, {@code 03-CTr/TU}, {@code 42-HD/BTCTW}; refuses anything else. */
    public static Symbol parse(String text) {
        String clean = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        Matcher m = SYMBOL.matcher(clean);
        if (!m.matches()) {
            throw invalid("document.number.invalid", text);
        }
        DocumentType type = DocumentType.ofCode(m.group(2)).orElseThrow(() -> invalid("document.type.unknown", text));
        String issuer = m.group(3);
        if (!ISSUER.matcher(issuer).matches()) {
            throw invalid("document.issuer.invalid", issuer);
        }
        int number = Integer.parseInt(m.group(1));
        if (number < 1) {
            throw invalid("document.number.invalid", text);
        }
        return new Symbol(number, type, issuer);
    }

    /** The number and symbol, the number zero-padded to two digits: {@code format(3, CTR, "TU")} → {@code 03-CTr/TU}. */
    public static String format(int number, DocumentType type, String issuer) {
        return String.format(java.util.Locale.ROOT, "%02d-%s/%s", number, type.code(), issuer);
    }

    /** The issuing body's suffix, stripped; upper-case letters (Đ included) only, e.g. {@code TU}, {@code ĐU}. */
    public static String issuer(String text) {
        String clean = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (!ISSUER.matcher(clean).matches()) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "document.issuer.invalid", text)
                    .onField("issuerCode");
        }
        return clean;
    }

    /**
     * The sequence a new number is drawn from, inside the issuing unit and its committee term: the type's own (secret
     * documents included), or the one shared by all congress documents.
     */
    public static String sequenceKey(DocumentType type, boolean congress) {
        return congress ? CONGRESS : type.name();
    }

    /** The term part of the key: the term's id, or 0 when the unit has no term recorded. */
    public static long termKey(@Nullable Long termId) {
        return termId == null ? 0 : termId;
    }

    /** The number after {@code last} in a sequence; a new sequence (a new term) starts at 01. */
    public static int next(@Nullable Integer last) {
        return last == null ? 1 : last + 1;
    }

    private static DomainException invalid(String code, String text) {
        return new DomainException(DomainException.Kind.BAD_REQUEST, code, text).onField("incomingNumber");
    }
}
