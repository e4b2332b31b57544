package vn.dangvu.security.internal.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dangvu.jar --audit-verify}: verifies the audit chain, prints the verdict and exits (status 0 when
 * intact, 3 when broken) without serving requests.
 */
@Component
@Order(-100)
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("audit-verify")) {
            return;
        }
        AuditVerifier.Verdict verdict = verifier.verify();
        System.out.println(
                verdict.valid()
                        ? "Chuỗi nhật ký toàn vẹn: " + verdict.checked() + " bản ghi đã kiểm tra."
                        : "Chuỗi nhật ký BỊ PHÁ VỠ tại bản ghi số " + verdict.firstBrokenSeq() + " ("
                                + verdict.checked() + " bản ghi đã đọc).");
        int code = verdict.valid() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
