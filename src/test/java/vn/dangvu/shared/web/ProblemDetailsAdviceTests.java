package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.dangvu.shared.DomainException;

/** The mapping of failures to problems, without a server: unexpected failures never leak their text. */
class ProblemDetailsAdviceTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final ProblemDetailsAdvice advice;

    ProblemDetailsAdviceTests() {
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        advice = new ProblemDetailsAdvice(new Problems(messages), messages);
    }

    @Test
    void unexpectedFailuresAre500WithoutTheirMessage() {
        ResponseEntity<ProblemDetail> response = advice.onUnexpected(
                new IllegalStateException("SELECT secret FROM member"), Locale.forLanguageTag("vi"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("SELECT").contains("lỗi hệ thống");
        assertThat(response.getBody().getProperties()).containsEntry("code", "server.error");
    }

    @Test
    void domainKindsMapToStatuses() {
        Locale en = Locale.ENGLISH;
        assertThat(advice.onDomain(DomainException.rule("org.nesting.not-allowed", "CELL", "COMMUNE"), en)
                        .getStatusCode()
                        .value())
                .isEqualTo(422);
        assertThat(advice.onDomain(DomainException.conflict("org.code.taken", "X"), en)
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        ProblemDetail notFound = advice.onDomain(DomainException.notFound("member.not-found", 7), en)
                .getBody();
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getTitle()).isEqualTo("Member not found");
        assertThat(notFound.getType().toString()).isEqualTo("urn:dangvu:problem:member.not-found");
    }
}
