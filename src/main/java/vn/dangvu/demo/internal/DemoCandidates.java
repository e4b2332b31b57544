package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.demo.internal.DemoSteps.Draft;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleReplay;

/**
 * Candidates for admission in every stage of the pipeline (REGULATIONS §3.1, §3.3–3.4), a few per ten cells: outstanding
 * non-members with and without the course certificate, sympathisers with their helpers, background verifications,
 * the cell's proposals awaiting the committee's decision (some past the 60 working days), admissions awaiting the
 * ceremony (some past the 30 working days), and candidacies withdrawn. The last cell of every committee directly
 * under the city has one overdue proposal and one admission awaiting its ceremony, so that every committee's deadline
 * view has them.
 */
final class DemoCandidates {

    /** Expected candidates per cell, by stage (assumed: a cell admits about one member a year). */
    static final double OUTSTANDING_PER_CELL = 0.5;

    static final double SYMPATHISERS_PER_CELL = 0.4;
    static final double VERIFYING_PER_CELL = 0.3;
    static final double PROPOSED_PER_CELL = 0.3;
    static final double ADMITTED_PER_CELL = 0.2;
    static final double WITHDRAWN_PER_CELL = 0.1;
    /** Of the outstanding non-members: with the course certificate already. */
    static final double WITH_COURSE = 0.5;
    /** Of the proposals and of the admissions: past their deadline. */
    static final double OVERDUE = 0.3;

    /** Pipeline stages (the index of {@link DemoSteps#pipeline}) and two after it. */
    private static final int OUTSTANDING = 0;

    private static final int SYMPATHISER = 2;
    private static final int VERIFYING = 3;
    private static final int PROPOSED = 4;
    private static final int ADMITTED = 5;
    private static final int WITHDRAWN = 6;

    private final DemoSteps steps;
    private final LocalDate today;

    DemoCandidates(DemoSteps steps, LocalDate today) {
        this.steps = steps;
        this.today = today;
    }

    List<DemoHistories.Person> cell(DemoTree.Unit unit, boolean lastOfCommittee, DemoHistories histories) {
        List<DemoHistories.Person> persons = new ArrayList<>();
        add(persons, unit, histories, OUTSTANDING, OUTSTANDING_PER_CELL, false);
        add(persons, unit, histories, SYMPATHISER, SYMPATHISERS_PER_CELL, false);
        add(persons, unit, histories, VERIFYING, VERIFYING_PER_CELL, false);
        add(persons, unit, histories, PROPOSED, PROPOSED_PER_CELL, false);
        add(persons, unit, histories, ADMITTED, ADMITTED_PER_CELL, false);
        add(persons, unit, histories, WITHDRAWN, WITHDRAWN_PER_CELL, false);
        if (lastOfCommittee) {
            persons.add(candidate(unit, histories, PROPOSED, true));
            persons.add(candidate(unit, histories, ADMITTED, false));
        }
        return persons;
    }

    /** Zero, one or two candidates of the stage, {@code expected} on average. */
    private void add(
            List<DemoHistories.Person> persons,
            DemoTree.Unit unit,
            DemoHistories histories,
            int stage,
            double expected,
            boolean overdue) {
        for (int i = 0; i < 2; i++) {
            if (steps.chance(expected / 2)) {
                persons.add(candidate(unit, histories, stage, overdue || steps.chance(OVERDUE)));
            }
        }
    }

    private DemoHistories.Person candidate(DemoTree.Unit unit, DemoHistories histories, int stage, boolean overdue) {
        int age = (int) Math.round(Draw.clippedNormal(steps.random(), 27, 5, 19, 45));
        DemoMembers.Row row = histories.newcomer(unit.id(), age);
        LocalDate birth = row.birthDate();
        String cell = histories.cellName(unit.id());
        List<Draft> drafts = new ArrayList<>();
        LocalDate registered;
        switch (stage) {
            case OUTSTANDING -> {
                registered = today.minusDays(steps.days(7, 360));
                if (steps.chance(WITH_COURSE)) {
                    LocalDate[] dates = {registered, registered.plusDays(steps.days(7, 200))};
                    dates[1] = DemoSteps.min(dates[1], today);
                    drafts.addAll(steps.pipelineDrafts(1, dates, birth, cell));
                }
            }
            case SYMPATHISER, VERIFYING -> {
                LocalDate last = today.minusDays(steps.days(7, stage == SYMPATHISER ? 400 : 240));
                LocalDate[] dates = steps.pipeline(stage, last, birth);
                registered = dates[0];
                drafts.addAll(steps.pipelineDrafts(stage, dates, birth, cell));
            }
            case PROPOSED -> {
                LocalDate proposed = today.minusDays(overdue ? steps.days(115, 200) : steps.days(1, 70));
                LocalDate[] dates = steps.pipeline(PROPOSED, proposed, birth);
                registered = dates[0];
                drafts.addAll(steps.pipelineDrafts(PROPOSED, dates, birth, cell));
            }
            case ADMITTED -> {
                LocalDate admitted = today.minusDays(overdue ? steps.days(60, 120) : steps.days(0, 38));
                LocalDate proposed = admitted.minusDays(steps.days(7, 60));
                LocalDate[] dates = steps.pipeline(PROPOSED, proposed, birth);
                registered = dates[0];
                drafts.addAll(steps.pipelineDrafts(PROPOSED, dates, birth, cell));
                drafts.add(new Draft(LifecycleEventKind.ADMISSION_DECIDED, admitted)
                        .decision(
                                row.profile().admissionDecisionNumber(),
                                admitted,
                                row.profile().admissionDecisionBody()));
            }
            default -> {
                int reached = steps.days(0, VERIFYING);
                LocalDate last = today.minusDays(steps.days(60, 500));
                LocalDate[] dates = steps.pipeline(reached, last, birth);
                registered = dates[0];
                drafts.addAll(steps.pipelineDrafts(reached, dates, birth, cell));
                Draft withdrawn = new Draft(
                        LifecycleEventKind.CANDIDACY_WITHDRAWN, DemoSteps.min(last.plusDays(steps.days(7, 50)), today));
                withdrawn.note = steps.pick(List.of(
                        "Chuyển nơi cư trú ra ngoài địa bàn",
                        "Không còn đủ tiêu chuẩn về lịch sử chính trị",
                        "Xin rút khỏi danh sách đối tượng vì lý do gia đình"));
                drafts.add(withdrawn);
            }
        }
        DemoHistories.Person p = new DemoHistories.Person(
                row, null, LifecycleReplay.Entry.candidate(unit.id(), birth, registered, note(birth, registered)));
        p.drafts.addAll(drafts);
        return p;
    }

    private static String note(LocalDate birth, LocalDate registered) {
        return ChronoUnit.YEARS.between(birth, registered) < 30
                ? "Đoàn viên ưu tú do Đoàn Thanh niên giới thiệu"
                : "Quần chúng ưu tú do chi bộ bồi dưỡng";
    }
}
