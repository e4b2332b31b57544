package vn.dangvu.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.AcademicTitle;
import vn.dangvu.member.ProfessionalLevel;
import vn.dangvu.member.Religion;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.shared.text.VietnameseText;

/**
 * The rest of a demo member's record (REGULATIONS §2.2): origin and residence, religion (≈94 % none), education by
 * age, political theory 25/45/20/8/2 % (PERF-BASELINE §2), the admission decision and ceremony, work. Drawn from the
 * member's own random stream so that the identity fields do not move when this profile changes.
 */
final class DemoProfiles {

    /** The profile columns of a member row. */
    record Profile(
            String birthPlace,
            String homeTown,
            String permanentAddress,
            @Nullable String temporaryAddress,
            Religion religion,
            String occupation,
            String generalEducation,
            ProfessionalLevel professionalLevel,
            AcademicTitle academicTitle,
            TheoryLevel theoryLevel,
            String historyNumber,
            @Nullable String email,
            String admissionDecisionNumber,
            String admissionDecisionBody,
            LocalDate ceremonyDate,
            String ceremonyPlace,
            @Nullable String officialPlace,
            String workplace) {}

    private static final List<String> PROVINCES = List.of(
            "Hà Nội",
            "Nam Định",
            "Thái Bình",
            "Hải Dương",
            "Hưng Yên",
            "Bắc Ninh",
            "Hà Nam",
            "Ninh Bình",
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Phú Thọ",
            "Vĩnh Phúc",
            "Hải Phòng",
            "Bắc Giang",
            "Thái Nguyên",
            "Quảng Ninh",
            "Tuyên Quang",
            "Lạng Sơn",
            "Hòa Bình");
    private static final Draw.Weighted<Religion> RELIGIONS = new Draw.Weighted<>(
            List.of(Religion.NONE, Religion.BUDDHISM, Religion.CATHOLICISM, Religion.PROTESTANTISM, Religion.CAO_DAI),
            94,
            3.6,
            1.8,
            0.4,
            0.2);
    private static final Draw.Weighted<TheoryLevel> THEORY = new Draw.Weighted<>(
            List.of(
                    TheoryLevel.UNTRAINED,
                    TheoryLevel.ELEMENTARY,
                    TheoryLevel.INTERMEDIATE,
                    TheoryLevel.ADVANCED,
                    TheoryLevel.BACHELOR),
            25,
            45,
            20,
            8,
            2);
    private static final List<String> OCCUPATIONS = List.of(
            "Công chức",
            "Viên chức",
            "Giáo viên",
            "Bác sĩ",
            "Kỹ sư",
            "Công nhân",
            "Nhân viên văn phòng",
            "Cán bộ hưu trí",
            "Kinh doanh tự do",
            "Sinh viên",
            "Quân nhân",
            "Công an",
            "Nông dân",
            "Kế toán");
    private static final List<String> WORKPLACES = List.of(
            "Ủy ban nhân dân phường",
            "Trường Trung học cơ sở",
            "Bệnh viện Đa khoa",
            "Công ty Cổ phần Xây dựng",
            "Trung tâm Y tế",
            "Sở Giáo dục và Đào tạo",
            "Công ty Điện lực",
            "Ngân hàng Thương mại",
            "Hợp tác xã",
            "Trường Đại học",
            "Viện Nghiên cứu",
            "Cục Thuế");

    private DemoProfiles() {}

    static Profile draw(
            SplittableRandom random,
            String fullName,
            LocalDate birth,
            LocalDate admitted,
            LocalDate ceremony,
            @Nullable LocalDate officialOn,
            LocalDate referenceDate) {
        int age = referenceDate.getYear() - birth.getYear();
        String place = PlaceNames.next(random);
        String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
        ProfessionalLevel level = professionalLevel(random, age);
        String body = "Ban Thường vụ Đảng ủy phường " + PlaceNames.next(random);
        String ceremonyPlace = "Hội trường Đảng ủy phường " + place;
        return new Profile(
                "Xã " + PlaceNames.next(random) + ", tỉnh " + province,
                "Xã " + PlaceNames.next(random) + ", tỉnh " + province,
                "Số " + (1 + random.nextInt(180)) + ", ngõ " + (1 + random.nextInt(90)) + ", phường " + place
                        + ", Thành phố Hà Nội",
                Draw.chance(random, 0.08)
                        ? "Phòng " + (101 + random.nextInt(900)) + ", ký túc xá phường " + place
                        : null,
                RELIGIONS.next(random),
                age > 60 ? "Cán bộ hưu trí" : OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())),
                birth.getYear() < 1970 && Draw.chance(random, 0.4) ? "10/10" : "12/12",
                level,
                level == ProfessionalLevel.DOCTOR && age > 45 && Draw.chance(random, 0.2)
                        ? (Draw.chance(random, 0.2) ? AcademicTitle.PROFESSOR : AcademicTitle.ASSOCIATE_PROFESSOR)
                        : AcademicTitle.NONE,
                THEORY.next(random),
                "%06d".formatted(random.nextInt(1_000_000)) + "HN",
                Draw.chance(random, 0.45) ? email(fullName, random) : null,
                (1 + random.nextInt(2400)) + "-QĐ/ĐU",
                body,
                ceremony,
                ceremonyPlace,
                officialOn == null ? null : ceremonyPlace,
                WORKPLACES.get(random.nextInt(WORKPLACES.size())) + " " + PlaceNames.next(random));
    }

    private static ProfessionalLevel professionalLevel(SplittableRandom random, int age) {
        double u = random.nextDouble();
        if (age < 23) {
            return u < 0.7 ? ProfessionalLevel.INTERMEDIATE : ProfessionalLevel.COLLEGE;
        }
        if (u < 0.08) {
            return ProfessionalLevel.NONE;
        }
        if (u < 0.2) {
            return ProfessionalLevel.INTERMEDIATE;
        }
        if (u < 0.3) {
            return ProfessionalLevel.COLLEGE;
        }
        if (u < 0.82) {
            return ProfessionalLevel.BACHELOR;
        }
        return u < 0.96 ? ProfessionalLevel.MASTER : ProfessionalLevel.DOCTOR;
    }

    private static String email(String fullName, SplittableRandom random) {
        String[] words = VietnameseText.searchKey(fullName).split(" ");
        return words[words.length - 1] + "." + words[0] + (10 + random.nextInt(90)) + "@example.vn";
    }
}
