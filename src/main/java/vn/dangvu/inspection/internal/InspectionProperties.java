package vn.dangvu.inspection.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings: facts not confirmed in a current text (see docs/architecture.md).
 *
 * @param appealFilingMonths months after receiving a discipline decision within which an appeal may be filed
 *     ("1 tháng", Điều lệ Đảng Art. 39; some guidance reads it as 30 working days)
 * @param appealWorkingDays working days to settle an appeal below central level (QĐ 30-QĐ/TW 2016, an old text)
 * @param appealWorkingDaysCentral working days to settle an appeal at central level (same source)
 * @param dissolutionLimitationYears limitation period for a violation warranting the dissolution of an organisation; 0
 *     means none, as for expulsion-level violations of members (QĐ 69-QĐ/TW Art. 4 is read so here)
 * @param denunciationWorkingDays working days to settle a party-internal denunciation below central level (QĐ
 *     22-QĐ/TW 2021, an old text)
 * @param denunciationWorkingDaysCentral working days to settle one at central level (same source)
 * @param denunciationExtensionDays the most working days one extension may add (the source says "30 days" without
 *     saying whether working or calendar days; read as working days like the deadline it extends)
 */
@ConfigurationProperties("dangvu.inspection")
record InspectionProperties(
        @DefaultValue("1") int appealFilingMonths,
        @DefaultValue("90") int appealWorkingDays,
        @DefaultValue("180") int appealWorkingDaysCentral,
        @DefaultValue("0") int dissolutionLimitationYears,
        @DefaultValue("90") int denunciationWorkingDays,
        @DefaultValue("180") int denunciationWorkingDaysCentral,
        @DefaultValue("30") int denunciationExtensionDays) {}
