package vn.dangvu.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.calendar.internal.HolidayAdjustmentStore;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;

/**
 * Write API of the calendar: administrators add and remove adjustments (one per day). Each write is audited. An
 * adjustment must change something: a day off cannot be made off again, nor a working day made working.
 */
@Service
@Transactional
public class HolidayAdjustmentManagement {

    private final HolidayAdjustmentStore store;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    HolidayAdjustmentManagement(HolidayAdjustmentStore store, WorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    public HolidayAdjustment add(AddHolidayAdjustment command, String username) {
        if (store.exists(command.date())) {
            throw DomainException.conflict("calendar.adjustment.duplicate", command.date());
        }
        boolean working = workingDays.isWorkingDay(command.date());
        if (working == (command.kind() == AdjustmentKind.WORKING)) {
            throw DomainException.rule(
                    working ? "calendar.adjustment.already-working" : "calendar.adjustment.already-off",
                    command.date());
        }
        HolidayAdjustment adjustment = new HolidayAdjustment(
                command.date(), command.kind(), command.reason().strip(), username, clock.instant());
        store.insert(adjustment);
        audit.record("holiday-adjustment.add", "holiday-adjustment", command.date(), command);
        return adjustment;
    }

    public void remove(LocalDate date) {
        if (store.delete(date) == 0) {
            throw DomainException.notFound("calendar.adjustment.not-found", date);
        }
        audit.record("holiday-adjustment.remove", "holiday-adjustment", date, Map.of("date", date.toString()));
    }
}
