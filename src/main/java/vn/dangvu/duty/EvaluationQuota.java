package vn.dangvu.duty;

/**
 * The excellent quota of one grassroots organisation in a cycle (HD 21-HD/BTCTW 2019, REGULATIONS §5.3): at most
 * {@code percent} % of the members rated good or better may be rated excellent.
 *
 * @param grassrootsUnitId the grassroots organisation (đảng bộ cơ sở or chi bộ cơ sở)
 * @param grassrootsUnitName its name
 * @param percent the quota setting
 * @param excellent members rated (proposed, or decided where decided) excellent
 * @param good members rated good or excellent: the base of the quota
 * @param allowed how many may be excellent
 * @param over whether {@code excellent > allowed}
 * @param rule the regulation
 */
public record EvaluationQuota(
        long grassrootsUnitId,
        String grassrootsUnitName,
        int percent,
        long excellent,
        long good,
        long allowed,
        boolean over,
        String rule) {}
