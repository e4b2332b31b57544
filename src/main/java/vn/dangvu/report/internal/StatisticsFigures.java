package vn.dangvu.report.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.report.Movements;
import vn.dangvu.report.SubtreeStatistics;

/**
 * The reports' figures: the counters on the day they were counted for, the counted periods on any other day, and the
 * movements from the periods, so that a report shows exactly what the statistics pages show for the same unit and date.
 */
@Component
class StatisticsFigures implements ReportFigures {

    private final StatCounters counters;
    private final StatisticsQueries current;
    private final AsOfStatistics history;
    private final MovementReport movements;

    StatisticsFigures(
            StatCounters counters, StatisticsQueries current, AsOfStatistics history, MovementReport movements) {
        this.counters = counters;
        this.current = current;
        this.history = history;
        this.movements = movements;
    }

    @Override
    public SubtreeStatistics statistics(OrgUnitRef unit, LocalDate date) {
        return counters.asOf()
                .filter(date::equals)
                .map(counted -> current.current(unit, counted))
                .orElseGet(() -> history.statistics(unit, date));
    }

    @Override
    public Movements movements(OrgUnitRef unit, LocalDate from, LocalDate to) {
        return movements.movements(unit, from, to);
    }
}
