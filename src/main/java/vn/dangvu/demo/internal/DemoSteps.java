package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.LifecycleReplay;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.member.RemovalGround;

/**
 * Drafting a demo person's lifecycle steps (REGULATIONS §3): the admission pipeline's dates, step drafts whose helpers
 * and introducers are named once the cell's official members are known, and the texts of decisions and reasons.
 * Deadlines are met by keeping a step within as many calendar days as the deadline has working days (a working-day
 * period is never shorter); a late step is dated well beyond it and carries a reason.
 */
final class DemoSteps {

    /** Gaps of the local practice (REGULATIONS §3.3), in days: registered → course certificate. */
    static final int[] REGISTERED_TO_COURSE = {30, 240};
    /** Course certificate → recognised as sympathiser. */
    static final int[] COURSE_TO_SYMPATHISER = {14, 120};
    /** Sympathiser → background verification: "after at least one year" (local practice, §3.3). */
    static final int[] SYMPATHISER_TO_VERIFICATION = {365, 540};
    /** Verification → the cell's resolution proposing admission. */
    static final int[] VERIFICATION_TO_PROPOSAL = {45, 150};
    /** Nobody is put on a cell's list before 16 (the Youth Union's age). */
    static final int EARLIEST_REGISTRATION_AGE = 16;

    static final List<String> LATE_REASONS = List.of(
            "Cấp ủy họp chậm do trùng thời gian chuẩn bị đại hội",
            "Chờ bổ sung kết quả thẩm tra lý lịch",
            "Đảng viên đi công tác dài ngày, chi bộ chưa họp xét được",
            "Hồ sơ phải bổ sung nhận xét của chi ủy nơi cư trú",
            "Thay đổi nhân sự cấp ủy, chậm trình hồ sơ");
    static final List<String> PROVINCES = List.of(
            "Nam Định",
            "Thái Bình",
            "Hải Dương",
            "Hưng Yên",
            "Bắc Ninh",
            "Ninh Bình",
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Phú Thọ",
            "Thái Nguyên",
            "Quảng Ninh",
            "Lạng Sơn",
            "Đà Nẵng",
            "Thành phố Hồ Chí Minh");
    static final List<String> COUNTRIES = List.of(
            "Nhật Bản",
            "Hàn Quốc",
            "Liên bang Nga",
            "Cộng hòa Liên bang Đức",
            "Cộng hòa Pháp",
            "Australia",
            "Cộng hòa Séc",
            "Cộng hòa Dân chủ Nhân dân Lào");
    static final List<String> STUDY_PLACES = List.of(
            "Chi bộ học viên, Học viện Chính trị quốc gia Hồ Chí Minh",
            "Chi bộ học viên, Học viện Hành chính quốc gia",
            "Chi bộ học viên, Trường Chính trị thành phố");

    private final SplittableRandom random;

    DemoSteps(SplittableRandom random) {
        this.random = random;
    }

    /** A step being drafted; its helpers or introducers are named later. */
    static final class Draft {
        final LifecycleEventKind kind;
        LocalDate date;

        @Nullable
        String decisionNumber;

        @Nullable
        LocalDate decisionDate;

        @Nullable
        String decisionBody;

        @Nullable
        Long target;

        @Nullable
        String destination;

        @Nullable
        String place;

        @Nullable
        LocalDate until;

        @Nullable
        RemovalGround ground;

        @Nullable
        String lateReason;

        @Nullable
        String note;

        @Nullable
        String certificate;

        boolean study;
        boolean youthUnion;
        /** Official members to name: helpers of a sympathiser, introducers of a proposal. */
        int namedNeeded;

        List<UUID> named = List.of();

        Draft(LifecycleEventKind kind, LocalDate date) {
            this.kind = kind;
            this.date = date;
        }

        Draft decision(String number, LocalDate on, String body) {
            decisionNumber = number;
            decisionDate = on;
            decisionBody = body;
            return this;
        }

        RecordLifecycleEvent build() {
            boolean helpers = kind == LifecycleEventKind.SYMPATHISER_RECOGNISED;
            return new RecordLifecycleEvent(
                    kind,
                    date,
                    decisionNumber,
                    decisionDate,
                    decisionBody,
                    target,
                    destination,
                    place,
                    until,
                    ground,
                    lateReason,
                    note,
                    helpers ? named : List.of(),
                    helpers ? List.of() : named,
                    youthUnion,
                    certificate,
                    study,
                    null);
        }
    }

    /**
     * The dates of the pipeline's first {@code upTo + 1} stages (registered, course, sympathiser, verification,
     * proposal), the last on {@code last}; the gaps shrink in proportion for someone too young for all of them.
     */
    LocalDate[] pipeline(int upTo, LocalDate last, LocalDate birth) {
        int[][] ranges = {
            null, REGISTERED_TO_COURSE, COURSE_TO_SYMPATHISER, SYMPATHISER_TO_VERIFICATION, VERIFICATION_TO_PROPOSAL
        };
        long[] gaps = new long[upTo + 1];
        long total = 0;
        for (int i = 1; i <= upTo; i++) {
            gaps[i] = days(ranges[i][0], ranges[i][1]);
            total += gaps[i];
        }
        long available = Math.max(0, ChronoUnit.DAYS.between(birth.plusYears(EARLIEST_REGISTRATION_AGE), last));
        LocalDate[] dates = new LocalDate[upTo + 1];
        dates[upTo] = last;
        for (int i = upTo; i >= 1; i--) {
            long gap = total > available ? gaps[i] * available / total : gaps[i];
            dates[i - 1] = dates[i].minusDays(gap);
        }
        return dates;
    }

    /** The drafts of the pipeline's stages 1…{@code upTo} on the given dates (stage 0 is the registration). */
    List<Draft> pipelineDrafts(int upTo, LocalDate[] dates, LocalDate birth, String cellName) {
        List<Draft> drafts = new ArrayList<>();
        if (upTo >= 1) {
            Draft course = new Draft(LifecycleEventKind.COURSE_COMPLETED, dates[1]);
            course.certificate = "%05d/CN-TTCT".formatted(1 + random.nextInt(99_999));
            drafts.add(course);
        }
        if (upTo >= 2) {
            Draft sympathiser = new Draft(LifecycleEventKind.SYMPATHISER_RECOGNISED, dates[2]);
            sympathiser.namedNeeded = Draw.chance(random, 0.7) ? 1 : 2;
            sympathiser.note = "Phân công đảng viên chính thức giúp đỡ";
            drafts.add(sympathiser);
        }
        if (upTo >= 3) {
            drafts.add(new Draft(LifecycleEventKind.VERIFICATION_STARTED, dates[3]));
        }
        if (upTo >= 4) {
            Draft proposal = new Draft(LifecycleEventKind.ADMISSION_PROPOSED, dates[4]);
            proposal.youthUnion = ChronoUnit.YEARS.between(birth, dates[4]) < 30 && Draw.chance(random, 0.4);
            proposal.namedNeeded = proposal.youthUnion ? 1 : 2;
            proposal.decisionNumber = (1 + random.nextInt(99)) + "-NQ/CB";
            proposal.decisionDate = dates[4];
            proposal.decisionBody = cellName;
            drafts.add(proposal);
        }
        return drafts;
    }

    /** A uniform whole number of days in {@code [from, to]}. */
    int days(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return Draw.chance(random, probability);
    }

    <T> T pick(List<T> values) {
        return Draw.pick(random, values);
    }

    String lateReason() {
        return pick(LATE_REASONS);
    }

    String decisionNumber(String suffix) {
        return (1 + random.nextInt(2400)) + suffix;
    }

    SplittableRandom random() {
        return random;
    }

    /** The entry's state date for a step list: the day of the last draft, or the entry's day. */
    static LocalDate lastDate(LifecycleReplay.Entry entry, List<Draft> drafts) {
        LocalDate last = entry.effectiveDate();
        for (Draft d : drafts) {
            if (d.date.isAfter(last)) {
                last = d.date;
            }
        }
        return last;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
