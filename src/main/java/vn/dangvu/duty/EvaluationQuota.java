package vn.dangvu.duty;

/**
 * The excellent quota of one group in a cycle (HD 21-HD/BTCTW 2019, REGULATIONS §5.3): at most {@code percent} % of
 * those rated good or better may be rated excellent. In a cycle of members the group is a grassroots organisation's
 * members; in a cycle of organisations, the organisations directly under one deciding unit.
 *
 * @param unitId the grassroots organisation (đảng bộ cơ sở or chi bộ cơ sở), or the deciding unit
 * @param unitName its name
 * @param percent the quota setting
 * @param excellent members or organisations rated (proposed, or decided where decided) excellent
 * @param good those rated good or excellent: the base of the quota
 * @param allowed how many may be excellent
 * @param over whether {@code excellent > allowed}
 * @param rule the regulation
 */
public record EvaluationQuota(
        long unitId,
        String unitName,
        int percent,
        long excellent,
        long good,
        long allowed,
        boolean over,
        String rule) {}
