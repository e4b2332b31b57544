package vn.dangvu.duty.internal.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Evaluation settings (see docs/architecture.md).
 *
 * @param excellentQuotaPercent members rated excellent at most this % of those rated good in each grassroots
 *     organisation (HD 21-HD/BTCTW 2019; not confirmed for QĐ 366-QĐ/TW 2025, REGULATIONS §5.3)
 * @param organisationExcellentQuotaPercent organisations rated excellent at most this % of those rated good under each
 *     deciding committee (the same guidance, the same uncertainty)
 */
@Validated
@ConfigurationProperties("dangvu.evaluation")
record EvaluationProperties(
        @DefaultValue("20") @Min(0) @Max(100) int excellentQuotaPercent,
        @DefaultValue("20") @Min(0) @Max(100) int organisationExcellentQuotaPercent) {}
