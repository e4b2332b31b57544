package vn.dangvu.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.dangvu.report.StatBands;
import vn.dangvu.report.StatDimension;

/**
 * What one counted member adds to the counters of its unit and of every ancestor: one bucket in each member
 * dimension. The same record is stored in {@code stat_member}, so that an upkeep subtracts what was added before.
 */
record MemberContribution(
        long orgUnitId,
        String status,
        String sex,
        String ageBand,
        String ethnicity,
        String religion,
        String generalEducation,
        String professionalLevel,
        String theoryLevel,
        String partyAgeBand) {

    /** The dimensions a member contributes to, in the order of the {@code stat_member} columns. */
    static final StatDimension[] DIMENSIONS = {
        StatDimension.STATUS,
        StatDimension.SEX,
        StatDimension.AGE_BAND,
        StatDimension.AGE_SEX,
        StatDimension.ETHNICITY,
        StatDimension.RELIGION,
        StatDimension.GENERAL_EDUCATION,
        StatDimension.PROFESSIONAL_LEVEL,
        StatDimension.THEORY_LEVEL,
        StatDimension.PARTY_AGE_BAND
    };

    /** {@link #DIMENSIONS} as an SQL list of names. */
    static final String DIMENSIONS_SQL = java.util.Arrays.stream(DIMENSIONS)
            .map(d -> "'" + d.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    /** The bucket of each of {@link #DIMENSIONS} as an expression over {@code stat_member s}. */
    static final String[] COLUMNS = {
        "s.status",
        "s.sex",
        "s.age_band",
        "s.sex || '_' || s.age_band",
        "s.ethnicity",
        "s.religion",
        "s.general_education",
        "s.professional_level",
        "s.theory_level",
        "s.party_age_band"
    };

    String bucket(StatDimension dimension) {
        return switch (dimension) {
            case STATUS -> status;
            case SEX -> sex;
            case AGE_BAND -> ageBand;
            case AGE_SEX -> sex + "_" + ageBand;
            case ETHNICITY -> ethnicity;
            case RELIGION -> religion;
            case GENERAL_EDUCATION -> generalEducation;
            case PROFESSIONAL_LEVEL -> professionalLevel;
            case THEORY_LEVEL -> theoryLevel;
            case PARTY_AGE_BAND -> partyAgeBand;
            case UNIT_KIND, CELL_SIZE -> throw new IllegalArgumentException(dimension + " counts units");
        };
    }

    /** From a row of {@code report_member} (a counted member), with the bands on {@code asOf}. */
    static MemberContribution fromMember(ResultSet rs, LocalDate asOf) throws SQLException {
        return new MemberContribution(
                rs.getLong("org_unit_id"),
                rs.getString("status"),
                rs.getString("sex"),
                StatBands.ageBand(rs.getObject("birth_date", LocalDate.class), asOf),
                CountingPolicy.orUnknown(rs.getString("ethnicity")),
                CountingPolicy.orUnknown(rs.getString("religion")),
                StatBands.generalEducation(rs.getString("general_education")),
                CountingPolicy.orUnknown(rs.getString("professional_level")),
                CountingPolicy.orUnknown(rs.getString("theory_level")),
                StatBands.partyAgeBand(rs.getObject("first_admitted_on", LocalDate.class), asOf));
    }

    /** From a row of {@code stat_member}. */
    static MemberContribution fromStored(ResultSet rs) throws SQLException {
        return new MemberContribution(
                rs.getLong("org_unit_id"),
                rs.getString("status"),
                rs.getString("sex"),
                rs.getString("age_band"),
                rs.getString("ethnicity"),
                rs.getString("religion"),
                rs.getString("general_education"),
                rs.getString("professional_level"),
                rs.getString("theory_level"),
                rs.getString("party_age_band"));
    }
}
