package vn.dangvu.demo;

/**
 * How big a demo city to generate. The shape follows REGULATIONS §1.5 (Hanoi after the 2025 reorganisation) scaled
 * down; sizes are skewed log-normally at every level as in PERF-BASELINE §2.
 */
public enum DemoSize {
    /** About 1,000 members in 6 committees under the city: for fast tests. */
    TINY(4, 2, 2, 12, 40, 1_000),
    /** About 20,000 members in 17 committees under the city: the default of the run command. */
    SMALL(14, 6, 3, 100, 760, 20_000),
    /**
     * Hanoi: 136 committees directly under the city (126 communes and wards, 10 sectoral), about 2,200 grassroots
     * organisations, 17,000 cells and 500,000 members.
     */
    HANOI(126, 51, 10, 2_200, 17_000, 500_000),
    /**
     * The nation, for benchmarks only: 34 provincial committees (the 2025 reorganisation) of log-normally skewed size,
     * each planned like a city, with 3,321 communes and wards, 340 sectoral committees, about 55,000 grassroots
     * organisations, 300,000 cells and 5,600,000 members (PERF-BASELINE §2). The start-up demo refuses it; the search
     * benchmark ({@code bench/search.sh}) loads it with PostgreSQL COPY.
     */
    NATIONAL(3_321, 1_200, 340, 55_000, 300_000, 5_600_000);

    /** Provincial committees under the national root when the size is {@link #NATIONAL}. */
    public static final int PROVINCES = 34;

    private final int communes;
    private final int wards;
    private final int sectoral;
    private final int grassroots;
    private final int cells;
    private final int members;

    DemoSize(int communes, int wards, int sectoral, int grassroots, int cells, int members) {
        this.communes = communes;
        this.wards = wards;
        this.sectoral = sectoral;
        this.grassroots = grassroots;
        this.cells = cells;
        this.members = members;
    }

    /** Đảng bộ xã and phường directly under the city, wards included. */
    public int communes() {
        return communes;
    }

    /** How many of the communes are urban wards (phường); the rest are rural communes (xã). */
    public int wards() {
        return wards;
    }

    /** Sectoral đảng bộ directly under the city. */
    public int sectoral() {
        return sectoral;
    }

    /** Grassroots organisations (đảng bộ cơ sở and chi bộ cơ sở), about. */
    public int grassroots() {
        return grassroots;
    }

    /** Cells under grassroots committees (chi bộ trực thuộc), about. */
    public int cells() {
        return cells;
    }

    /** Whether this size is for benchmarks only: too big to generate row by row at start-up. */
    public boolean benchmarkOnly() {
        return this == NATIONAL;
    }

    /** Members, exactly. */
    public int members() {
        return members;
    }
}
