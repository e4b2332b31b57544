package vn.dangvu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.ScopeKind;
import vn.dangvu.shared.Role;

/** Who a published document reaches; confidential ones only through named units and roles (QĐ 379-QĐ/TW 2025). */
class DocumentVisibilityPolicyTests {

    /** A member of cell 45 under commune 23 under the city 1. */
    private static final DocumentVisibilityPolicy.Reader MEMBER =
            DocumentVisibilityPolicy.Reader.of(List.of("/1/23/45/"), Set.of(Role.MEMBER));

    @Test
    void aReaderBelongsToTheirUnitsAndIsEnclosedByTheirAncestors() {
        assertThat(MEMBER.units()).containsExactly(45L);
        assertThat(MEMBER.enclosing()).containsExactlyInAnyOrder(1L, 23L, 45L);
    }

    @Test
    void cityAndSubtreeRowsReachEveryoneBelow() {
        assertThat(reaches(Confidentiality.PUBLIC, city())).isTrue();
        assertThat(reaches(Confidentiality.INTERNAL, subtree(23))).isTrue();
        assertThat(reaches(Confidentiality.INTERNAL, subtree(45))).isTrue();
        assertThat(reaches(Confidentiality.PUBLIC, subtree(24))).isFalse();
    }

    @Test
    void aUnitRowReachesOnlyThatUnit() {
        assertThat(reaches(Confidentiality.PUBLIC, unit(45))).isTrue();
        assertThat(reaches(Confidentiality.PUBLIC, unit(23)))
                .as("the commune, not its cells")
                .isFalse();
    }

    @Test
    void aRoleRowReachesItsHolders() {
        assertThat(reaches(Confidentiality.PUBLIC, role(Role.CELL_SECRETARY))).isFalse();
        DocumentVisibilityPolicy.Reader secretary =
                DocumentVisibilityPolicy.Reader.of(List.of("/1/23/45/"), Set.of(Role.MEMBER, Role.CELL_SECRETARY));
        assertThat(DocumentVisibilityPolicy.reaches(
                        Confidentiality.PUBLIC, List.of(role(Role.CELL_SECRETARY)), secretary))
                .isTrue();
    }

    @Test
    void confidentialDocumentsReachOnlyWhomTheirScopeNames_QD379() {
        assertThat(reaches(Confidentiality.CONFIDENTIAL, city())).isFalse();
        assertThat(reaches(Confidentiality.CONFIDENTIAL, subtree(23))).isFalse();
        assertThat(reaches(Confidentiality.CONFIDENTIAL, unit(45))).isTrue();
        assertThat(reaches(Confidentiality.CONFIDENTIAL, role(Role.MEMBER))).isTrue();
        assertThat(DocumentVisibilityPolicy.counts(Confidentiality.CONFIDENTIAL, ScopeKind.SUBTREE))
                .isFalse();
        assertThat(DocumentVisibilityPolicy.counts(Confidentiality.INTERNAL, ScopeKind.SUBTREE))
                .isTrue();
    }

    @Test
    void theSqlNamesTheSameRule() {
        String sql = DocumentVisibilityPolicy.reachSql(MEMBER).sql();
        assertThat(sql)
                .contains("d.confidentiality <> 'CONFIDENTIAL'")
                .contains("rs.kind = 'UNIT'")
                .contains("rs.kind = 'ROLE'");
    }

    private static boolean reaches(Confidentiality level, DocumentScope row) {
        return DocumentVisibilityPolicy.reaches(level, List.of(row), MEMBER);
    }

    private static DocumentScope city() {
        return new DocumentScope(ScopeKind.CITY, null, null);
    }

    private static DocumentScope subtree(long unit) {
        return new DocumentScope(ScopeKind.SUBTREE, unit, null);
    }

    private static DocumentScope unit(long unit) {
        return new DocumentScope(ScopeKind.UNIT, unit, null);
    }

    private static DocumentScope role(Role role) {
        return new DocumentScope(ScopeKind.ROLE, null, role);
    }
}
