package vn.dangvu.member.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Membership-age choices REGULATIONS §4.2 leaves open (see docs/architecture.md).
 *
 * @param transitGaps whether the time in transit beyond the 30 working days allowed to present the introduction
 *     letter is subtracted (the regulation names "gaps caused by transfers" without their bounds)
 */
@ConfigurationProperties("dangvu.membership-age")
record MembershipAgeProperties(@DefaultValue("true") boolean transitGaps) {}
