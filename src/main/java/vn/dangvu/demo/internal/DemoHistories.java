package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.demo.internal.DemoSteps.Draft;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.shared.DomainException;

/**
 * The lifecycle history of every demo person (REGULATIONS §3), cell by cell: members drawn by {@link DemoMembers} get
 * the admission pipeline that led to their admission (course, sympathiser with helpers, verification, the cell's
 * proposal with introducers, the decision, the ceremony, recognition at the end of probation) and what came after
 * (transfers between cells, temporary postings, stays abroad, suspension, exemption, transit, death, removal,
 * expulsion, leaving and re-admission); {@link DemoCandidates} adds candidates at every stage of the pipeline. Every
 * history is replayed through the lifecycle policy ({@link LifecycleReplay}), which gives the event rows and the
 * member row's projection, so what is written is what the application itself would have recorded. Helpers and
 * introducers are members official on the day, of the same cell or else of a cell generated earlier; a member for whom
 * there is none (the first admissions of the city) arrived by transfer from another province instead.
 */
final class DemoHistories {

    /** Members who came by official transfer from another province (assumed; the city draws cadres from everywhere). */
    static final double ARRIVED = 0.10;
    /** Members with a completed transfer between two cells of the city in their past (assumed). */
    static final double PAST_TRANSFER = 0.08;
    /** Steps taken after their deadline, with the reason recorded (assumed: deadlines are mostly met). */
    static final double LATE = 0.03;
    /** Officials with a completed temporary posting elsewhere (assumed; QĐ 29 §6.3: 3 months to under 1 year). */
    static final double TEMPORARY_PAST = 0.04;
    /** Officials on a temporary posting now, some for full-time study (assumed). */
    static final double TEMPORARY_NOW = 0.01;
    /** Officials back from a stay abroad of 3 to 12 months (assumed, rare). */
    static final double ABROAD_PAST = 0.005;
    /** Officials abroad now (assumed, rare). */
    static final double ABROAD_NOW = 0.002;
    /** Officials whose party activity was suspended, half of them lifted since (assumed, rare). */
    static final double SUSPENDED = 0.002;
    /**
     * Of the probationary members (3.5 % of members, PERF-BASELINE §2, close to the 2–3 % admitted yearly in the
     * news): probation over and recognition pending; 40 % of them past the cell's 30 working days.
     */
    static final double AWAITING_RECOGNITION = 0.2;

    static final double AWAITING_OVERDUE = 0.4;
    /** Of the members in transit (2 %, PERF-BASELINE §2): the letter is past its 30 working days. */
    static final double TRANSIT_OVERDUE = 0.3;
    /** Of the members in transit: transferred out of the city for good (the receiver confirmed, assumed). */
    static final double TRANSFERRED_AWAY = 0.15;
    /** Of the removed (0.5 %, PERF-BASELINE §2): expelled, and left at their own request (assumed). */
    static final double EXPELLED = 0.25;

    static final double LEFT = 0.15;
    /** Of the removed on a ground: probationary members found unfit at the end of probation (Charter Art. 5). */
    static final double PROBATION_UNFIT = 0.15;
    /** Of the removed, expelled or left: re-admitted, once (QĐ 24 §3.5.3; assumed rare). */
    static final double READMITTED = 0.1;
    /** Of the exempted past the working age: for old age (the others for health, HD 27-HD/BTCTW). */
    static final double EXEMPT_OLD_AGE = 0.85;
    /** Of the deceased over 60: exempted before they died (assumed). */
    static final double EXEMPTED_BEFORE_DEATH = 0.4;
    /** Cells with one member reaching a badge milestone around one of the next award occasions (REGULATIONS §4.1). */
    static final double BADGE_PER_CELL = 0.3;

    /** Badge milestones drawn for the demo (REGULATIONS §4.1; 80 years and more need members older than drawn). */
    static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75);
    /** Badge award occasions (REGULATIONS §4.1): 3/2, 19/5, 2/9, 7/11. */
    static final List<MonthDay> OCCASIONS =
            List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));

    /** Working-age limits for exemption on grounds of old age (HD 27-HD/BTCTW, men over 60, women over 55). */
    static final int OLD_AGE_MEN = 60;

    static final int OLD_AGE_WOMEN = 55;

    /**
     * A generated person: the drawn row, the card number (none for candidates), how the history starts and the
     * replayed history.
     */
    record Life(
            DemoMembers.Row row,
            @Nullable String cardNumber,
            LifecycleReplay.Entry entry,
            LifecycleReplay.Replayed history) {

        MemberStatus status() {
            return history.projection().status();
        }

        /** Living members who are not exempted use the handbook, so they get an account. */
        boolean getsAccount() {
            MemberStatus status = status();
            return status == MemberStatus.PROBATIONARY
                    || status == MemberStatus.OFFICIAL
                    || status == MemberStatus.IN_TRANSIT;
        }
    }

    /** The days a member was official (from the first recognition to the first step away from it). */
    record Window(UUID id, LocalDate from, @Nullable LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** A person being drafted. */
    static final class Person {
        final DemoMembers.Row row;

        @Nullable
        final String card;

        LifecycleReplay.Entry entry;
        final List<Draft> drafts = new ArrayList<>();
        /** The leading drafts that are the admission (dropped when the person arrives from elsewhere instead). */
        int admissionDrafts;
        /** Whether {@link #arrival} applies when no helper or introducer can be named. */
        boolean canArrive;

        LifecycleReplay.@Nullable Entry arrival;

        @Nullable
        LocalDate officialFrom;

        Person(DemoMembers.Row row, @Nullable String card, LifecycleReplay.Entry entry) {
            this.row = row;
            this.card = card;
            this.entry = entry;
        }

        UUID id() {
            return row.id();
        }

        /** The admission was recorded elsewhere: the history starts with the arrival. */
        void arrive() {
            drafts.subList(0, admissionDrafts).clear();
            admissionDrafts = 0;
            LifecycleReplay.Entry a = java.util.Objects.requireNonNull(arrival);
            LocalDate on = drafts.isEmpty() ? a.effectiveDate() : DemoSteps.min(a.effectiveDate(), drafts.get(0).date);
            entry = LifecycleReplay.Entry.arrival(
                    a.orgUnitId(),
                    a.birthDate(),
                    on,
                    a.status(),
                    java.util.Objects.requireNonNull(a.admittedOn()),
                    a.ceremonyDate(),
                    a.officialOn(),
                    java.util.Objects.requireNonNull(a.origin()));
            canArrive = false;
        }

        @Nullable
        Window window() {
            LocalDate from = entry.kind() == LifecycleEventKind.TRANSFER_ARRIVED
                    ? (entry.status() == MemberStatus.OFFICIAL ? entry.effectiveDate() : officialFrom)
                    : officialFrom;
            if (from == null) {
                return null;
            }
            for (Draft d : drafts) {
                if (!d.date.isBefore(from) && ENDS_OFFICIAL.contains(d.kind)) {
                    return new Window(id(), from, d.date);
                }
            }
            return new Window(id(), from, null);
        }
    }

    private static final Set<LifecycleEventKind> ENDS_OFFICIAL = Set.of(
            LifecycleEventKind.EXEMPTED,
            LifecycleEventKind.TRANSFER_OUT,
            LifecycleEventKind.DIED,
            LifecycleEventKind.REMOVED,
            LifecycleEventKind.EXPELLED,
            LifecycleEventKind.LEFT);

    private static final int POOL_PER_YEAR = 64;

    private final DemoSteps steps;
    private final LocalDate today;
    private final LifecycleReplay replay;
    private final DemoMembers newcomers;
    private final DemoMembers people;
    private final DemoCandidates candidates;
    private final long[] cells;
    private final Map<Long, Integer> cellIndex = new HashMap<>();
    private final Map<Long, String> cellNames = new HashMap<>();
    private final Map<Long, Long> lastCellOfTop = new HashMap<>();
    /** The deadline each member made probationary or in transit by {@link #topUp} is given. */
    private final Map<UUID, Integer> roles = new HashMap<>();

    private final Map<Integer, List<Window>> pool = new HashMap<>();
    private final Map<UUID, Window> pooled = new HashMap<>();
    private final List<LocalDate> occasions;

    /**
     * @param people the members' draw, told about the numbers that candidates and veterans take
     * @param units the whole planned tree (cells are chosen among its member-holding units)
     */
    DemoHistories(
            java.util.SplittableRandom random,
            LocalDate today,
            List<DemoTree.Unit> units,
            LifecycleReplay replay,
            DemoMembers people) {
        this.newcomers = new DemoMembers(random.split(), today);
        this.steps = new DemoSteps(random);
        this.today = today;
        this.replay = replay;
        this.people = people;
        this.candidates = new DemoCandidates(steps, today);
        this.cells = units.stream()
                .filter(u -> u.kind().holdsMembers())
                .mapToLong(DemoTree.Unit::id)
                .toArray();
        for (int i = 0; i < cells.length; i++) {
            cellIndex.put(cells[i], i);
        }
        units.forEach(u -> cellNames.put(u.id(), u.name()));
        units.stream().filter(u -> u.kind().holdsMembers()).forEach(u -> lastCellOfTop.put(topOf(u), u.id()));
        List<LocalDate> next = new ArrayList<>();
        for (int year = today.getYear(); next.size() < OCCASIONS.size(); year++) {
            for (MonthDay day : OCCASIONS) {
                LocalDate on = day.atYear(year);
                if (on.isAfter(today) && next.size() < OCCASIONS.size()) {
                    next.add(on);
                }
            }
        }
        this.occasions = List.copyOf(next);
    }

    /** The next badge award occasions after the reference date. */
    List<LocalDate> occasions() {
        return occasions;
    }

    /** The histories of a cell's drawn members and of its candidates (after the members). */
    List<Life> cell(DemoTree.Unit unit, List<DemoMembers.Row> rows) {
        long top = topOf(unit);
        boolean lastOfTop = lastCellOfTop.get(top) == unit.id();
        if (lastOfTop) {
            rows = topUp(rows);
        }
        int badge = steps.chance(BADGE_PER_CELL) ? steps.random().nextInt(Math.max(1, rows.size())) : -1;
        List<Person> persons = new ArrayList<>(rows.size() + 4);
        for (int i = 0; i < rows.size(); i++) {
            DemoMembers.Row row = rows.get(i);
            newcomers.reserve(row.cardNumber(), row.citizenId());
            boolean living = row.status() == MemberStatus.OFFICIAL || row.status() == MemberStatus.EXEMPTED;
            persons.add(i == badge && living ? badgeHolder(row, unit) : member(row, unit, null, null));
        }
        List<Person> drafted = candidates.cell(unit, lastOfTop, this);
        // Members with nobody to name arrive from elsewhere; that shortens their own window, so repeat until stable.
        Map<UUID, Window> windows = windows(persons);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Person p : persons) {
                if (p.canArrive && !nameable(p, windows)) {
                    p.arrive();
                    windows = windows(persons);
                    changed = true;
                }
            }
        }
        List<Life> lives = new ArrayList<>(persons.size() + drafted.size());
        Map<UUID, Window> final_ = windows;
        LifecycleReplay.Named named = (id, day) -> {
            Window w = final_.get(id);
            if (w == null) {
                w = pooled.get(id);
            }
            return w != null && w.covers(day) ? MemberStatus.OFFICIAL : null;
        };
        for (Person p : persons) {
            name(p, windows);
            lives.add(live(p, named));
        }
        for (Person p : drafted) {
            if (nameable(p, windows)) {
                name(p, windows);
                lives.add(live(p, named));
            }
        }
        windows.values().forEach(this::addToPool);
        return lives;
    }

    /**
     * In the last cell of a committee, three officials made probationary (recognition overdue, recognition pending,
     * probation ending) and two in transit (overdue, on time), so that the committee's deadline view shows every kind
     * whatever happens to its other cells.
     */
    private List<DemoMembers.Row> topUp(List<DemoMembers.Row> rows) {
        List<DemoMembers.Row> out = new ArrayList<>(rows);
        int probationers = 0;
        int inTransit = 0;
        for (int i = out.size() - 1; i >= 0 && (probationers < 3 || inTransit < 2); i--) {
            DemoMembers.Row r = out.get(i);
            int age = Period.between(r.birthDate(), today).getYears();
            if (r.status() != MemberStatus.OFFICIAL) {
                continue;
            }
            if (probationers < 3 && age >= 20 && age <= 55) {
                out.set(i, withStatus(r, MemberStatus.PROBATIONARY));
                roles.put(r.id(), probationers++);
            } else if (inTransit < 2) {
                out.set(i, withStatus(r, MemberStatus.IN_TRANSIT));
                roles.put(r.id(), inTransit++);
            }
        }
        return out;
    }

    /** A newcomer of the given age in the cell (candidates, veterans), whose numbers the members' draw then avoids. */
    DemoMembers.Row newcomer(long cellId, int age) {
        DemoMembers.Row row = newcomers.next(cellId, age);
        people.reserve(row.cardNumber(), row.citizenId());
        return row;
    }

    String cellName(long cellId) {
        return cellNames.getOrDefault(cellId, "Chi bộ");
    }

    /**
     * A member reaching a badge milestone around one of the next occasions: the drawn member if old enough, else (70
     * and 75 years) a veteran in their place.
     */
    private Person badgeHolder(DemoMembers.Row row, DemoTree.Unit unit) {
        int milestone = steps.pick(MILESTONES);
        LocalDate occasion = steps.pick(occasions);
        LocalDate admitted = occasion.minusYears(milestone).minusDays(steps.days(0, 60));
        if (MemberDates.admissibleAge(row.birthDate(), admitted)) {
            return member(row, unit, admitted, null);
        }
        if (milestone < 70) {
            return member(row, unit, null, null);
        }
        int age = today.getYear() - admitted.getYear() + steps.days(19, 24);
        DemoMembers.Row veteran = newcomer(unit.id(), age);
        MemberStatus status = steps.chance(0.6) ? MemberStatus.EXEMPTED : MemberStatus.OFFICIAL;
        return member(withStatus(veteran, status), unit, admitted, veteran.cardNumber());
    }

    private static DemoMembers.Row withStatus(DemoMembers.Row r, MemberStatus status) {
        return new DemoMembers.Row(
                r.id(),
                r.cellId(),
                r.fullName(),
                r.female(),
                r.birthDate(),
                r.ethnicity(),
                status,
                r.admittedOn(),
                r.officialOn(),
                r.cardNumber(),
                r.citizenId(),
                r.phone(),
                r.profile());
    }

    /**
     * A drawn member's life: the admission that fits the drawn dates, then what the drawn status calls for.
     *
     * @param nudged an admission date to use instead of the drawn one (a badge milestone)
     */
    private Person member(
            DemoMembers.Row row, DemoTree.Unit unit, @Nullable LocalDate nudged, @Nullable String veteranCard) {
        MemberStatus base = row.status();
        LocalDate birth = row.birthDate();
        LocalDate admitted = nudged != null ? nudged : row.admittedOn();
        LocalDate ceremony = nudged != null
                ? admitted.plusDays(steps.days(5, 25))
                : row.profile().ceremonyDate();
        boolean probationary = base == MemberStatus.PROBATIONARY;
        boolean lateCeremony = false;
        if (probationary) {
            LocalDate end = probationEnd(roles.getOrDefault(row.id(), -1));
            if (end != null) {
                LocalDate c = end.minusMonths(12);
                LocalDate a = c.minusDays(steps.days(5, 25));
                if (MemberDates.admissibleAge(birth, a) && !c.isAfter(today)) {
                    ceremony = c;
                    admitted = a;
                }
            }
        } else if (nudged == null && steps.chance(LATE)) {
            LocalDate c = admitted.plusDays(steps.days(70, 110));
            if (!c.plusMonths(12).isAfter(today.minusDays(120))) {
                ceremony = c;
                lateCeremony = true;
            }
        }
        LocalDate officialOn = ceremony.plusMonths(12);
        boolean unfit = base == MemberStatus.REMOVED
                && steps.chance(PROBATION_UNFIT)
                && officialOn.plusDays(30).isBefore(today);
        boolean recognised = !probationary && !unfit;
        LocalDate decided = null;
        if (recognised) {
            decided = officialOn.plusDays(steps.chance(LATE) ? steps.days(150, 260) : steps.days(3, 55));
            if (decided.isAfter(today)) {
                decided = DemoSteps.min(officialOn.plusDays(steps.days(3, 55)), today);
            }
        }
        LocalDate settled = recognised ? decided : ceremony;
        boolean quiet = nudged != null;
        boolean pastTransfer = !quiet
                && recognised
                && (base == MemberStatus.OFFICIAL || base == MemberStatus.EXEMPTED || base == MemberStatus.DECEASED)
                && settled.plusDays(30).isBefore(today.minusDays(180))
                && steps.chance(PAST_TRANSFER);
        long firstCell = pastTransfer ? neighbour(unit.id()) : unit.id();

        boolean lateDecision = steps.chance(LATE);
        LocalDate proposed = DemoSteps.max(
                admitted.minusDays(lateDecision ? steps.days(150, 240) : steps.days(7, 60)),
                MemberDates.earliestAdmission(birth));
        LocalDate[] dates = steps.pipeline(4, proposed, birth);
        Person p = new Person(
                row,
                veteranCard != null ? veteranCard : row.cardNumber(),
                LifecycleReplay.Entry.candidate(firstCell, birth, dates[0], null));
        p.drafts.addAll(steps.pipelineDrafts(4, dates, birth, cellName(firstCell)));
        String body = row.profile().admissionDecisionBody();
        Draft decision = new Draft(LifecycleEventKind.ADMISSION_DECIDED, admitted)
                .decision(row.profile().admissionDecisionNumber(), admitted, body);
        if (admitted.isAfter(proposed.plusDays(60))) {
            decision.lateReason = steps.lateReason();
        }
        p.drafts.add(decision);
        Draft held = new Draft(LifecycleEventKind.CEREMONY_HELD, ceremony);
        held.place = row.profile().ceremonyPlace();
        if (lateCeremony) {
            held.lateReason = steps.lateReason();
        }
        p.drafts.add(held);
        if (recognised) {
            Draft recognition = new Draft(LifecycleEventKind.OFFICIAL_RECOGNISED, decided)
                    .decision(steps.decisionNumber("-QĐ/ĐU"), decided, body);
            recognition.place = row.profile().ceremonyPlace();
            if (decided.isAfter(officialOn.plusDays(55))) {
                recognition.lateReason = steps.lateReason();
            }
            p.drafts.add(recognition);
            p.officialFrom = officialOn;
        }
        p.admissionDrafts = p.drafts.size();
        p.arrival = LifecycleReplay.Entry.arrival(
                firstCell,
                birth,
                recognised
                        ? (pastTransfer ? settled : arrivalDate(settled))
                        : DemoSteps.min(ceremony.plusDays(steps.days(0, 30)), today),
                recognised ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY,
                admitted,
                ceremony,
                recognised ? officialOn : null,
                "Đảng bộ tỉnh " + steps.pick(DemoSteps.PROVINCES));
        p.canArrive = true;
        if (recognised && !quiet && !pastTransfer && steps.chance(ARRIVED)) {
            p.arrive();
        }
        LocalDate last = p.entry.kind() == LifecycleEventKind.TRANSFER_ARRIVED ? p.entry.effectiveDate() : settled;
        if (pastTransfer) {
            last = transferBetweenCells(p, firstCell, unit.id(), last);
        }
        switch (base) {
            case OFFICIAL -> overlay(p, unit.id(), last);
            case EXEMPTED -> exempt(p, last);
            case IN_TRANSIT -> transit(p, unit.id(), last, roles.getOrDefault(row.id(), -1));
            case DECEASED -> {
                LocalDate from = last;
                if (Period.between(birth, today).getYears() > 60 && steps.chance(EXEMPTED_BEFORE_DEATH)) {
                    from = exempt(p, last);
                }
                p.drafts.add(new Draft(
                        LifecycleEventKind.DIED,
                        MemberDates.between(DemoSteps.max(from, today.minusYears(6)), today, steps.random())));
            }
            case REMOVED -> end(p, last, unfit, officialOn);
            default -> {}
        }
        return p;
    }

    /** The end of probation a probationary member is given: by role (see {@link #topUp}), else drawn. */
    private @Nullable LocalDate probationEnd(int role) {
        return switch (role) {
            case 0 -> today.minusDays(steps.days(65, 120));
            case 1 -> today.minusDays(steps.days(1, 35));
            case 2 -> today.plusDays(steps.days(1, 28));
            default -> {
                if (!steps.chance(AWAITING_RECOGNITION)) {
                    yield null;
                }
                yield steps.chance(AWAITING_OVERDUE)
                        ? today.minusDays(steps.days(65, 120))
                        : today.minusDays(steps.days(1, 35));
            }
        };
    }

    /** When a member admitted elsewhere arrived: some time after their admission settled, not in the last months. */
    private LocalDate arrivalDate(LocalDate settled) {
        LocalDate latest = today.minusDays(120);
        if (!settled.isBefore(latest)) {
            return settled;
        }
        return MemberDates.between(settled, DemoSteps.min(settled.plusYears(15), latest), steps.random());
    }

    /** A completed transfer from {@code from} to {@code to}; returns the day of arrival. */
    private LocalDate transferBetweenCells(Person p, long from, long to, LocalDate after) {
        LocalDate out = MemberDates.between(after.plusDays(30), today.minusDays(180), steps.random());
        Draft letter = new Draft(LifecycleEventKind.TRANSFER_OUT, out)
                .decision(
                        steps.decisionNumber("-GGT/ĐU"),
                        out.minusDays(steps.days(5, 50)),
                        "Ban Tổ chức " + p.row.profile().admissionDecisionBody().replace("Ban Thường vụ ", ""));
        letter.target = to;
        letter.note = "Chuyển nơi công tác";
        p.drafts.add(letter);
        boolean late = steps.chance(LATE);
        Draft received = new Draft(
                LifecycleEventKind.TRANSFER_RECEIVED, out.plusDays(late ? steps.days(70, 120) : steps.days(3, 30)));
        if (late) {
            received.lateReason = "Đảng viên nộp giấy giới thiệu chậm do ốm đau";
        }
        p.drafts.add(received);
        return received.date;
    }

    /** At most one temporary posting, stay abroad or suspension, past or current, none begun in the last 90 days. */
    private void overlay(Person p, long cell, LocalDate last) {
        LocalDate quietFrom = today.minusDays(90);
        double u = steps.random().nextDouble();
        if ((u -= TEMPORARY_PAST) < 0) {
            LocalDate start = last.plusDays(steps.days(30, 400));
            LocalDate until = start.plusMonths(steps.days(3, 11));
            if (until.isBefore(quietFrom)) {
                temporary(p, cell, start, until, false);
                p.drafts.add(new Draft(LifecycleEventKind.TEMPORARY_TRANSFER_ENDED, until));
            }
        } else if ((u -= TEMPORARY_NOW) < 0) {
            LocalDate start = MemberDates.between(
                    DemoSteps.max(last, today.minusDays(300)), quietFrom.minusDays(1), steps.random());
            if (!start.isBefore(last) && start.isBefore(quietFrom)) {
                boolean study = steps.chance(0.3);
                temporary(p, cell, start, start.plusMonths(study ? steps.days(13, 24) : 11), study);
            }
        } else if ((u -= ABROAD_PAST) < 0) {
            LocalDate start = last.plusDays(steps.days(30, 400));
            LocalDate until = start.plusMonths(steps.days(3, 11));
            if (until.isBefore(quietFrom)) {
                abroad(p, start, until);
                p.drafts.add(new Draft(LifecycleEventKind.RETURNED_FROM_ABROAD, until));
            }
        } else if ((u -= ABROAD_NOW) < 0) {
            LocalDate start = MemberDates.between(
                    DemoSteps.max(last, today.minusDays(300)), quietFrom.minusDays(1), steps.random());
            if (!start.isBefore(last) && start.isBefore(quietFrom)) {
                abroad(p, start, start.plusMonths(11));
            }
        } else if ((u -= SUSPENDED) < 0) {
            LocalDate start = MemberDates.between(
                    DemoSteps.max(last, today.minusDays(700)), quietFrom.minusDays(1), steps.random());
            if (!start.isBefore(last) && start.isBefore(quietFrom)) {
                String body = "Ủy ban Kiểm tra "
                        + p.row.profile().admissionDecisionBody().replace("Ban Thường vụ ", "");
                Draft suspended = new Draft(LifecycleEventKind.SUSPENDED, start)
                        .decision(steps.decisionNumber("-QĐ/UBKT"), start, body);
                suspended.note = "Đình chỉ sinh hoạt để xem xét kỷ luật";
                p.drafts.add(suspended);
                LocalDate lifted = start.plusDays(steps.days(60, 300));
                if (steps.chance(0.5) && lifted.isBefore(quietFrom)) {
                    p.drafts.add(new Draft(LifecycleEventKind.SUSPENSION_LIFTED, lifted)
                            .decision(steps.decisionNumber("-QĐ/UBKT"), lifted, body));
                }
            }
        }
    }

    private void temporary(Person p, long cell, LocalDate start, LocalDate until, boolean study) {
        Draft out = new Draft(LifecycleEventKind.TEMPORARY_TRANSFER_OUT, start);
        out.until = until;
        out.study = study;
        if (study) {
            out.destination = steps.pick(DemoSteps.STUDY_PLACES);
            out.note = "Học tập tập trung";
        } else if (steps.chance(0.5)) {
            out.target = neighbour(cell);
            out.note = "Biệt phái công tác";
        } else {
            out.destination = "Đảng bộ tỉnh " + steps.pick(DemoSteps.PROVINCES);
            out.note = "Công tác có thời hạn";
        }
        p.drafts.add(out);
    }

    private void abroad(Person p, LocalDate start, LocalDate until) {
        Draft out = new Draft(LifecycleEventKind.WENT_ABROAD, start);
        out.destination = steps.pick(DemoSteps.COUNTRIES);
        out.until = until;
        out.note = steps.chance(0.5) ? "Đi học tập có thời hạn" : "Đi công tác có thời hạn";
        p.drafts.add(out);
    }

    /** Exemption for old age past the working age, else for health; returns its day. */
    private LocalDate exempt(Person p, LocalDate last) {
        LocalDate birth = p.row.birthDate();
        LocalDate working = birth.plusYears(p.row.female() ? OLD_AGE_WOMEN : OLD_AGE_MEN);
        boolean old = working.isBefore(today) && steps.chance(EXEMPT_OLD_AGE);
        LocalDate from = DemoSteps.max(last, old ? working : today.minusYears(10));
        LocalDate on = MemberDates.between(DemoSteps.min(from, today), today, steps.random());
        Draft exempted = new Draft(LifecycleEventKind.EXEMPTED, on);
        exempted.note = old
                ? "Tuổi cao, sức yếu; có đơn xin miễn công tác và sinh hoạt đảng"
                : "Sức khỏe yếu, điều trị dài ngày; có hồ sơ bệnh án";
        exempted.decisionNumber = (1 + steps.random().nextInt(99)) + "-NQ/CB";
        exempted.decisionDate = on;
        exempted.decisionBody = cellName(p.entry.orgUnitId());
        p.drafts.add(exempted);
        return on;
    }

    /**
     * A member in transit now (by role, see {@link #topUp}: overdue, on time; else drawn), or, for some, transferred out
     * of the city for good.
     */
    private void transit(Person p, long cell, LocalDate last, int role) {
        if (role < 0 && steps.chance(TRANSFERRED_AWAY)) {
            LocalDate out = MemberDates.between(
                    DemoSteps.min(last.plusDays(30), today.minusDays(60)), today.minusDays(60), steps.random());
            out = DemoSteps.max(out, last);
            Draft letter = transferOut(p, out);
            letter.destination = "Đảng bộ tỉnh " + steps.pick(DemoSteps.PROVINCES);
            p.drafts.add(letter);
            p.drafts.add(new Draft(
                    LifecycleEventKind.TRANSFER_DEPARTED, DemoSteps.min(out.plusDays(steps.days(5, 30)), today)));
            return;
        }
        boolean overdue = role == 0 || (role < 0 && steps.chance(TRANSIT_OVERDUE));
        LocalDate out = DemoSteps.max(
                today.minusDays(overdue ? steps.days(70, 200) : steps.days(1, 38)), DemoSteps.min(last, today));
        Draft letter = transferOut(p, out);
        if (steps.chance(0.8)) {
            letter.target = neighbour(cell);
        } else {
            letter.destination = "Đảng bộ tỉnh " + steps.pick(DemoSteps.PROVINCES);
        }
        p.drafts.add(letter);
    }

    private Draft transferOut(Person p, LocalDate out) {
        Draft letter = new Draft(LifecycleEventKind.TRANSFER_OUT, out)
                .decision(
                        steps.decisionNumber("-GGT/ĐU"),
                        out.minusDays(steps.days(5, 50)),
                        "Ban Tổ chức " + p.row.profile().admissionDecisionBody().replace("Ban Thường vụ ", ""));
        letter.note = steps.pick(List.of("Chuyển nơi công tác", "Chuyển nơi cư trú", "Nghỉ hưu, về nơi cư trú"));
        return letter;
    }

    /** Removal with a ground, expulsion or leaving; a few re-admitted once afterwards. */
    private void end(Person p, LocalDate last, boolean unfit, LocalDate probationEnd) {
        String body = p.row.profile().admissionDecisionBody();
        if (unfit) {
            LocalDate on = probationEnd.plusDays(steps.days(5, 25));
            Draft removed =
                    new Draft(LifecycleEventKind.REMOVED, on).decision(steps.decisionNumber("-QĐ/ĐU"), on, body);
            removed.ground = RemovalGround.PROBATION_UNFIT;
            p.drafts.add(removed);
            return;
        }
        LocalDate on = MemberDates.between(
                DemoSteps.min(DemoSteps.max(last, today.minusYears(15)), today), today, steps.random());
        double u = steps.random().nextDouble();
        Draft ended;
        if (u < EXPELLED) {
            ended = new Draft(LifecycleEventKind.EXPELLED, on)
                    .decision(
                            steps.decisionNumber("-QĐ/UBKT"),
                            on,
                            "Ủy ban Kiểm tra " + body.replace("Ban Thường vụ ", ""));
            ended.note = "Vi phạm nghiêm trọng Điều lệ Đảng";
        } else if (u < EXPELLED + LEFT) {
            ended = new Draft(LifecycleEventKind.LEFT, on).decision(steps.decisionNumber("-QĐ/ĐU"), on, body);
            ended.note = "Có đơn xin ra khỏi Đảng vì hoàn cảnh gia đình";
        } else {
            ended = new Draft(LifecycleEventKind.REMOVED, on).decision(steps.decisionNumber("-QĐ/ĐU"), on, body);
            ended.ground = steps.pick(List.of(
                    RemovalGround.INACTIVE_OR_UNPAID_FEES,
                    RemovalGround.INACTIVE_OR_UNPAID_FEES,
                    RemovalGround.FAILED_STANDING_TWO_YEARS,
                    RemovalGround.NO_PROGRESS_AFTER_EDUCATION,
                    RemovalGround.CARD_RETURNED_OR_DESTROYED,
                    RemovalGround.POLITICAL_STANDARDS));
        }
        p.drafts.add(ended);
        LocalDate again = on.plusDays(steps.days(400, 1500));
        if (!steps.chance(READMITTED) || again.isAfter(today.minusDays(40))) {
            return;
        }
        p.drafts.add(
                new Draft(LifecycleEventKind.READMITTED, again).decision(steps.decisionNumber("-QĐ/ĐU"), again, body));
        Draft held = new Draft(LifecycleEventKind.CEREMONY_HELD, again.plusDays(steps.days(5, 25)));
        held.place = p.row.profile().ceremonyPlace();
        p.drafts.add(held);
        LocalDate end = held.date.plusMonths(12);
        LocalDate decided = end.plusDays(steps.days(3, 55));
        if (!decided.isAfter(today)) {
            Draft recognition = new Draft(LifecycleEventKind.OFFICIAL_RECOGNISED, decided)
                    .decision(steps.decisionNumber("-QĐ/ĐU"), decided, body);
            recognition.place = held.place;
            p.drafts.add(recognition);
        }
    }

    /** Whether every draft that names official members can have them on its day. */
    private boolean nameable(Person p, Map<UUID, Window> windows) {
        for (Draft d : p.drafts) {
            if (d.namedNeeded == 0) {
                continue;
            }
            int available = eligible(d.date, p.id(), windows).size();
            if (available < d.namedNeeded
                    && d.kind == LifecycleEventKind.ADMISSION_PROPOSED
                    && available == 1
                    && Period.between(p.row.birthDate(), d.date).getYears() < 30) {
                d.youthUnion = true;
                d.namedNeeded = 1;
            }
            if (available < d.namedNeeded) {
                return false;
            }
        }
        return true;
    }

    private void name(Person p, Map<UUID, Window> windows) {
        for (Draft d : p.drafts) {
            if (d.namedNeeded > 0) {
                List<UUID> eligible = eligible(d.date, p.id(), windows);
                for (int i = 0; i < d.namedNeeded; i++) {
                    int j = i + steps.random().nextInt(eligible.size() - i);
                    UUID chosen = eligible.get(j);
                    eligible.set(j, eligible.get(i));
                    eligible.set(i, chosen);
                }
                d.named = List.copyOf(eligible.subList(0, d.namedNeeded));
            }
        }
    }

    /** Official members on the day: the cell's first, then those of cells generated before. */
    private List<UUID> eligible(LocalDate day, UUID self, Map<UUID, Window> windows) {
        List<UUID> ids = new ArrayList<>();
        for (Window w : windows.values()) {
            if (w.covers(day) && !w.id().equals(self)) {
                ids.add(w.id());
            }
        }
        if (ids.size() < 2) {
            for (Window w : pool.getOrDefault(day.getYear(), List.of())) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    private static Map<UUID, Window> windows(List<Person> persons) {
        Map<UUID, Window> windows = new LinkedHashMap<>();
        for (Person p : persons) {
            Window w = p.window();
            if (w != null) {
                windows.put(w.id(), w);
            }
        }
        return windows;
    }

    /** Keeps a few members official through each whole year, to name for the cells that come later. */
    private void addToPool(Window w) {
        int last = w.until() == null ? today.getYear() : w.until().getYear() - 1;
        boolean added = false;
        for (int year = w.from().getYear() + 1; year <= last; year++) {
            List<Window> of = pool.computeIfAbsent(year, y -> new ArrayList<>());
            if (of.size() < POOL_PER_YEAR) {
                of.add(w);
                added = true;
            }
        }
        if (added) {
            pooled.put(w.id(), w);
        }
    }

    private Life live(Person p, LifecycleReplay.Named named) {
        List<RecordLifecycleEvent> built = p.drafts.stream().map(Draft::build).toList();
        try {
            return new Life(p.row, p.card, p.entry, replay.replay(p.entry, built, named, today));
        } catch (DomainException e) {
            throw new IllegalStateException(
                    "demo history refused (" + e.code() + ", " + e.field() + "): " + p.entry + " " + built, e);
        }
    }

    /** A cell near the given one in the plan (mostly under the same committee), never itself. */
    long neighbour(long cell) {
        int i = cellIndex.get(cell);
        if (cells.length < 2) {
            throw new IllegalStateException("a transfer needs two cells");
        }
        int offset = 1 + steps.random().nextInt(Math.min(6, cells.length - 1));
        int j = steps.chance(0.5) ? i + offset : i - offset;
        if (j < 0 || j >= cells.length) {
            j = i + offset < cells.length ? i + offset : i - offset;
        }
        return cells[Math.floorMod(j, cells.length)];
    }

    /** The committee directly under the city that the unit belongs to. */
    private static long topOf(DemoTree.Unit unit) {
        String[] ids = unit.path().split("/");
        return ids.length > 2 ? Long.parseLong(ids[2]) : unit.id();
    }
}
