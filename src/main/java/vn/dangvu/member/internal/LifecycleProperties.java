package vn.dangvu.member.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lifecycle limits that come from older texts REGULATIONS marks for re-checking (QĐ 29-QĐ/TW on temporary transfers,
 * QĐ 24-QĐ/TW on re-admission), so that a newer instruction can be followed without a release.
 *
 * @param temporaryMinMonths shortest temporary transfer, months
 * @param temporaryMaxMonths a temporary transfer lasts under this many months
 * @param studyMaxMonths longest temporary transfer for full-time study, months
 * @param readmissions how many times a member may be re-admitted
 */
@ConfigurationProperties("dangvu.lifecycle")
record LifecycleProperties(
        @DefaultValue("3") int temporaryMinMonths,
        @DefaultValue("12") int temporaryMaxMonths,
        @DefaultValue("24") int studyMaxMonths,
        @DefaultValue("1") int readmissions) {

    LifecyclePolicy.Limits limits() {
        return new LifecyclePolicy.Limits(temporaryMinMonths, temporaryMaxMonths, studyMaxMonths, readmissions);
    }
}
