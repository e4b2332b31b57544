package vn.dangvu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.document.DocumentType;
import vn.dangvu.shared.DomainException;

/** Number and symbol of Party documents, REGULATIONS §11 (HD 36-HD/VPTW 2018, QĐ 66-QĐ/TW 2017). */
class DocumentNumberPolicyTests {

    @ParameterizedTest
    @CsvSource({
        "190-QĐ/TW, 190, QD, TW",
        "168-KH/VPTW, 168, KH, VPTW",
        "03-CTr/TU, 3, CTR, TU",
        "132-CV/TU, 132, CV, TU",
        "42-HD/BTCTW, 42, HD, BTCTW",
        "147-CTHĐ/TU, 147, CTHD, TU",
        "57-NQ/TW, 57, NQ, TW",
        "05-TB/BCĐTW, 5, TB, BCĐTW",
        "09-KH/ĐU, 9, KH, ĐU",
        "07-QĐi/TW, 7, QDI, TW"
    })
    void parsesAndFormatsTheObservedExamples_HD36_S11_2(String text, int number, DocumentType type, String issuer) {
        DocumentNumberPolicy.Symbol symbol = DocumentNumberPolicy.parse(text);
        assertThat(symbol).isEqualTo(new DocumentNumberPolicy.Symbol(number, type, issuer));
        assertThat(symbol.format()).isEqualTo(text);
    }

    @Test
    void theNumberIsZeroPaddedToTwoDigits_HD36() {
        assertThat(DocumentNumberPolicy.format(3, DocumentType.CTR, "TU")).isEqualTo("03-CTr/TU");
        assertThat(DocumentNumberPolicy.format(1, DocumentType.DA, "ĐU")).isEqualTo("01-ĐA/ĐU");
        assertThat(DocumentNumberPolicy.format(1127, DocumentType.QD, "TU")).isEqualTo("1127-QĐ/TU");
        assertThat(DocumentNumberPolicy.parse("9-NQ/TW").format()).isEqualTo("09-NQ/TW");
    }

    @ParameterizedTest
    @CsvSource({
        "57NQ/TW, document.number.invalid",
        "57-NQ, document.number.invalid",
        "0-NQ/TW, document.number.invalid",
        "57-XYZ/TW, document.type.unknown",
        "57-nq/TW, document.type.unknown",
        "57-NQ/tu, document.issuer.invalid",
        "9-KNĐ, document.number.invalid"
    })
    void refusesMalformedSymbols(String text, String code) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> DocumentNumberPolicy.parse(text));
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.field()).isEqualTo("incomingNumber");
    }

    @Test
    void theIssuerSuffixIsUpperCaseLettersIncludingD() {
        assertThat(DocumentNumberPolicy.issuer(" ĐUK ")).isEqualTo("ĐUK");
        assertThat(DocumentNumberPolicy.issuer("BTCTU")).isEqualTo("BTCTU");
        for (String bad : new String[] {"Tu", "T U", "TU1", "", "đu"}) {
            DomainException e = catchThrowableOfType(DomainException.class, () -> DocumentNumberPolicy.issuer(bad));
            assertThat(e.code()).as(bad).isEqualTo("document.issuer.invalid");
            assertThat(e.field()).isEqualTo("issuerCode");
        }
    }

    @Test
    void eachTypeHasItsOwnSequenceAndSecretDocumentsShareIt_HD36() {
        assertThat(DocumentNumberPolicy.sequenceKey(DocumentType.NQ, false)).isEqualTo("NQ");
        assertThat(DocumentNumberPolicy.sequenceKey(DocumentType.KH, false))
                .isNotEqualTo(DocumentNumberPolicy.sequenceKey(DocumentType.NQ, false));
        // the key has no confidentiality part: a secret KH draws from the KH sequence
        assertThat(DocumentNumberPolicy.sequenceKey(DocumentType.KH, false)).isEqualTo("KH");
    }

    @Test
    void congressDocumentsShareOneSequenceForAllTypes_HD36() {
        assertThat(DocumentNumberPolicy.sequenceKey(DocumentType.NQ, true))
                .isEqualTo(DocumentNumberPolicy.sequenceKey(DocumentType.BC, true))
                .isEqualTo(DocumentNumberPolicy.CONGRESS);
    }

    @Test
    void numberingRestartsAtOneInEachTerm_HD36() {
        assertThat(DocumentNumberPolicy.termKey(41L)).isNotEqualTo(DocumentNumberPolicy.termKey(42L));
        assertThat(DocumentNumberPolicy.termKey(null)).isZero();
        assertThat(DocumentNumberPolicy.next(null)).isEqualTo(1);
        assertThat(DocumentNumberPolicy.next(7)).isEqualTo(8);
    }
}
