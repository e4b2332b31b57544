package vn.dangvu.org.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitView;

/** Applies {@link OrgTermPolicy} with the installation's settings and stores the term. */
@Component
public class OrgTermRules {

    private final OrgTerms terms;
    private final OrgProperties settings;
    private final Clock clock;

    OrgTermRules(OrgTerms terms, OrgProperties settings, Clock clock) {
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    public List<OrgTerm> of(long unitId) {
        return terms.of(unitId, LocalDate.now(clock));
    }

    /** The term lengths allowed for the unit, in months (empty: the unit has no terms). */
    public List<Integer> allowedLengths(OrgUnitView unit) {
        return OrgTermPolicy.allowedLengths(unit.kind(), settings);
    }

    public OrgTerm add(
            OrgUnitView unit, int congressNumber, LocalDate startsOn, int lengthMonths, Instant at, String by) {
        LocalDate today = LocalDate.now(clock);
        List<OrgTerm> existing = terms.of(unit.id(), today);
        OrgTermPolicy.check(
                unit.kind(),
                congressNumber,
                startsOn,
                lengthMonths,
                existing.isEmpty() ? null : existing.get(0),
                today,
                settings);
        long id = terms.add(unit.id(), congressNumber, startsOn, lengthMonths, at, by);
        return terms.of(unit.id(), today).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
