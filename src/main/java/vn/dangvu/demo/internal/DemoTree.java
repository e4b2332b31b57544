package vn.dangvu.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.dangvu.demo.DemoSize;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.text.VietnameseText;

/**
 * Plans the demo city's tree (REGULATIONS §1.1–1.2): communes, wards and sectoral committees under the city;
 * grassroots organisations under them, a đảng bộ cơ sở (30 members or more, with cells) or a chi bộ cơ sở (fewer);
 * partial committees in the ~10 % largest đảng bộ cơ sở; tổ đảng in big cells. Sizes are log-normally skewed at every
 * level (PERF-BASELINE §2). Units come out in depth-first order with consecutive ids, parents before children.
 */
final class DemoTree {

    /** The existing root the city hangs under. */
    record Root(long id, String code, String path, int depth) {}

    /** A planned unit; {@code members} is how many members it holds (cells only). */
    record Unit(
            long id, long parentId, OrgUnitKind kind, String code, String name, String path, int depth, int members) {

        String searchName() {
            return VietnameseText.searchKey(name);
        }
    }

    private record Upper(
            OrgUnitKind kind,
            String name,
            String code,
            @Nullable String commune,
            Draw.Weighted<UnitCategory> mix) {}

    private record Grassroots(int upper, UnitCategory category, boolean committee, int[] cells) {}

    static final int COMMITTEE_MIN = 30;
    static final int CELL_MIN = 5;
    static final int GROUPS_FROM = 50;

    private final SplittableRandom random;
    private final UnitNames names;
    private final List<Unit> units = new ArrayList<>();
    private long nextId;

    private DemoTree(SplittableRandom random, long firstId) {
        this.random = random;
        this.names = new UnitNames(random);
        this.nextId = firstId;
    }

    /** How many units and members a city (or a province of the nation) has. */
    record Shape(int communes, int wards, int sectoral, int grassroots, int cells, int members) {

        static Shape of(DemoSize size) {
            return new Shape(
                    size.communes(), size.wards(), size.sectoral(), size.grassroots(), size.cells(), size.members());
        }
    }

    /** The units of a city of the given size under {@code root}, numbered from {@code firstId}. */
    static List<Unit> plan(DemoSize size, Root root, long firstId, SplittableRandom random) {
        if (size == DemoSize.NATIONAL) {
            return planNation(size, root, firstId, random);
        }
        DemoTree tree = new DemoTree(random, firstId);
        tree.city(Shape.of(size), root);
        return List.copyOf(tree.units);
    }

    /**
     * The nation: {@link DemoSize#PROVINCES} provincial committees under {@code root}, their shares of every count
     * skewed log-normally (σ = 0.6, PERF-BASELINE §2), each then planned like a city.
     */
    static List<Unit> planNation(DemoSize size, Root root, long firstId, SplittableRandom random) {
        DemoTree tree = new DemoTree(random, firstId);
        int n = DemoSize.PROVINCES;
        double[] weights = IntStream.range(0, n)
                .mapToDouble(i -> Draw.logNormal(random, 0.6))
                .toArray();
        int[] communes = Draw.apportion(size.communes(), weights, 20);
        int[] wards = Draw.apportion(size.wards(), weights, 5);
        int[] sectoral = Draw.apportion(size.sectoral(), weights, 4);
        int[] grassroots = Draw.apportion(size.grassroots(), weights, 300);
        int[] cells = Draw.apportion(size.cells(), weights, 1_500);
        int[] members = Draw.apportion(size.members(), weights, 30_000);
        List<String> places = PlaceNames.shuffled(random);
        for (int p = 0; p < n; p++) {
            String code = root.code() + ".T%02d".formatted(p + 1);
            Unit province = tree.add(
                    root.id(),
                    root.path(),
                    root.depth(),
                    OrgUnitKind.PROVINCIAL,
                    code,
                    "Đảng bộ tỉnh " + places.get(p),
                    0);
            Shape shape = new Shape(
                    communes[p], Math.min(wards[p], communes[p]), sectoral[p], grassroots[p], cells[p], members[p]);
            tree.city(shape, new Root(province.id(), province.code(), province.path(), province.depth()));
        }
        return List.copyOf(tree.units);
    }

    private void city(Shape size, Root root) {
        List<Upper> uppers = uppers(size, root.code());
        List<Grassroots> grassroots = grassroots(size, uppers);
        emit(root, uppers, grassroots);
    }

    private List<Upper> uppers(Shape size, String rootCode) {
        List<String> places = PlaceNames.shuffled(random);
        List<Upper> uppers = new ArrayList<>();
        for (int i = 0; i < size.communes(); i++) {
            boolean ward = i < size.wards();
            String commune = (ward ? "phường " : "xã ") + places.get(i);
            String code = rootCode + (ward ? ".P%03d".formatted(i + 1) : ".X%03d".formatted(i + 1 - size.wards()));
            uppers.add(new Upper(
                    OrgUnitKind.COMMUNE, "Đảng bộ " + commune, code, commune, ward ? UnitNames.WARD : UnitNames.RURAL));
        }
        for (int i = 0; i < size.sectoral(); i++) {
            UnitNames.Sectoral sectoral = UnitNames.SECTORAL.get(i % UnitNames.SECTORAL.size());
            uppers.add(new Upper(
                    OrgUnitKind.SECTORAL,
                    sectoral.name(),
                    rootCode + ".K%02d".formatted(i + 1),
                    null,
                    sectoral.categories()));
        }
        return uppers;
    }

    private List<Grassroots> grassroots(Shape size, List<Upper> uppers) {
        double[] upperWeights = uppers.stream()
                .mapToDouble(u -> Draw.logNormal(random, 0.5) * (u.kind() == OrgUnitKind.SECTORAL ? 2.5 : 1))
                .toArray();
        // A commune committee is the superior of a dozen or more grassroots organisations: a few at the least.
        int minimum = Math.max(1, Math.min(4, size.grassroots() / uppers.size() / 3));
        int[] counts = Draw.apportion(size.grassroots(), upperWeights, minimum);
        record Draft(int upper, int members) {}
        List<Draft> drafts = new ArrayList<>();
        for (int u = 0; u < uppers.size(); u++) {
            for (int g = 0; g < counts[u]; g++) {
                int small = Draw.chance(random, 0.3)
                        ? (int) Math.round(
                                Math.max(CELL_MIN, Math.min(COMMITTEE_MIN - 1, 15 * Draw.logNormal(random, 0.45))))
                        : 0;
                drafts.add(new Draft(u, small));
            }
        }
        if (drafts.stream().allMatch(draft -> draft.members() == 0)) {
            // even the smallest city has a chi bộ cơ sở, so every kind can be tried out
            drafts.set(
                    drafts.size() - 1, new Draft(drafts.get(drafts.size() - 1).upper(), 15));
        }
        int smallMembers = drafts.stream().mapToInt(Draft::members).sum();
        int[] committees = IntStream.range(0, drafts.size())
                .filter(i -> drafts.get(i).members() == 0)
                .toArray();
        double[] weights = Arrays.stream(committees)
                .mapToDouble(i -> Draw.logNormal(random, 0.6))
                .toArray();
        int[] members = Draw.apportion(size.members() - smallMembers, weights, COMMITTEE_MIN);
        double[] memberWeights = Arrays.stream(members).asDoubleStream().toArray();
        int[] cellCounts = Draw.apportion(size.cells(), memberWeights, 2);
        List<Grassroots> result = new ArrayList<>();
        int c = 0;
        for (Draft draft : drafts) {
            Upper upper = uppers.get(draft.upper());
            if (draft.members() > 0) {
                result.add(new Grassroots(
                        draft.upper(), category(upper, draft.members()), false, new int[] {draft.members()}));
                continue;
            }
            int cells = Math.max(2, Math.min(cellCounts[c], members[c] / CELL_MIN));
            double[] cellWeights = IntStream.range(0, cells)
                    .mapToDouble(i -> Draw.logNormal(random, 0.7))
                    .toArray();
            result.add(new Grassroots(
                    draft.upper(),
                    category(upper, members[c]),
                    true,
                    Draw.apportion(members[c], cellWeights, CELL_MIN)));
            c++;
        }
        return result;
    }

    /** What a grassroots organisation of this size is: a school, say, is never a đảng bộ of a thousand members. */
    private UnitCategory category(Upper upper, int members) {
        boolean underCommune = upper.commune() != null;
        Draw.Weighted<UnitCategory> mix = upper.mix();
        for (int attempt = 0; attempt < 10; attempt++) {
            UnitCategory category = mix.next(random);
            if (members <= category.maxMembers(underCommune)) {
                return category;
            }
        }
        return mix.values().stream()
                .filter(category -> members <= category.maxMembers(underCommune))
                .findFirst()
                .orElse(UnitCategory.AGENCY);
    }

    private void emit(Root root, List<Upper> uppers, List<Grassroots> grassroots) {
        Set<Grassroots> withPartials = partialCandidates(grassroots);
        for (int u = 0; u < uppers.size(); u++) {
            Upper upper = uppers.get(u);
            Unit parent = add(root.id(), root.path(), root.depth(), upper.kind(), upper.code(), upper.name(), 0);
            Set<String> used = new HashSet<>();
            int index = 0;
            for (Grassroots g : grassroots) {
                if (g.upper() == u) {
                    index++;
                    emitGrassroots(
                            parent,
                            upper,
                            g,
                            "%s.CS%03d".formatted(upper.code(), index),
                            withPartials.contains(g),
                            used);
                }
            }
        }
    }

    private void emitGrassroots(Unit upper, Upper spec, Grassroots g, String code, boolean partials, Set<String> used) {
        String body = names.grassroots(g.category(), spec.commune(), g.committee(), used);
        if (!g.committee()) {
            add(upper, OrgUnitKind.GRASSROOTS_CELL, code, "Chi bộ " + body, g.cells()[0]);
            return;
        }
        Unit committee = add(upper, OrgUnitKind.GRASSROOTS_COMMITTEE, code, "Đảng bộ " + body, 0);
        int cells = g.cells().length;
        List<String> cellNames = names.cells(g.category(), cells);
        int direct = partials ? Math.max(1, cells / 6) : cells;
        int partialCount = partials ? Math.max(2, Math.min(8, cells / 12)) : 0;
        for (int i = 0; i < direct; i++) {
            emitCell(committee, code, i, cellNames.get(i), g.cells()[i]);
        }
        int rest = cells - direct;
        int i = direct;
        for (int p = 0; p < partialCount; p++) {
            Unit partial = add(
                    committee,
                    OrgUnitKind.PARTIAL_COMMITTEE,
                    "%s.BP%02d".formatted(code, p + 1),
                    "Đảng bộ " + g.category().partial(p + 1),
                    0);
            for (; i < direct + (long) rest * (p + 1) / partialCount; i++) {
                emitCell(partial, partial.code(), i, cellNames.get(i), g.cells()[i]);
            }
        }
    }

    private void emitCell(Unit parent, String parentCode, int index, String name, int members) {
        Unit cell =
                add(parent, OrgUnitKind.CELL, "%s.CB%02d".formatted(parentCode, index + 1), "Chi bộ " + name, members);
        if (members >= GROUPS_FROM) {
            for (int t = 1; t <= Math.min(4, members / 15); t++) {
                add(cell, OrgUnitKind.PARTY_GROUP, "%s.T%d".formatted(cell.code(), t), "Tổ đảng số " + t, 0);
            }
        }
    }

    /** The ~10 % largest đảng bộ cơ sở that have enough cells get partial committees. */
    private static Set<Grassroots> partialCandidates(List<Grassroots> grassroots) {
        List<Grassroots> committees = grassroots.stream()
                .filter(Grassroots::committee)
                .sorted(Comparator.comparingInt(
                        (Grassroots g) -> -Arrays.stream(g.cells()).sum()))
                .toList();
        int count = (int) Math.ceil(committees.size() * 0.1);
        Set<Grassroots> result = Collections.newSetFromMap(new IdentityHashMap<>());
        committees.stream().filter(g -> g.cells().length >= 4).limit(count).forEach(result::add);
        return result;
    }

    private Unit add(Unit parent, OrgUnitKind kind, String code, String name, int members) {
        return add(parent.id(), parent.path(), parent.depth(), kind, code, name, members);
    }

    private Unit add(
            long parentId,
            String parentPath,
            int parentDepth,
            OrgUnitKind kind,
            String code,
            String name,
            int members) {
        long id = nextId++;
        Unit unit = new Unit(
                id, parentId, kind, code, VietnameseText.clean(name), parentPath + id + "/", parentDepth + 1, members);
        units.add(unit);
        return unit;
    }
}
