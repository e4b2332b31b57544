package vn.dangvu.org.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitState;
import vn.dangvu.shared.text.VietnameseText;

/** A party organisation in the tree. Its path is {@code parent.path + id + "/"}. */
@Table("org_unit")
public class OrgUnit {

    @Id
    private @Nullable Long id;

    @Version
    private @Nullable Long version;

    private @Nullable Long parentId;
    private OrgUnitKind kind;
    private String code;
    private String name;
    private String searchName;
    private String path;
    private int depth;
    private OrgUnitState state;
    private @Nullable LocalDate endedOn;

    @CreatedDate
    private @Nullable Instant createdAt;

    @LastModifiedDate
    private @Nullable Instant updatedAt;

    @PersistenceCreator
    OrgUnit(
            @Nullable Long id,
            @Nullable Long version,
            @Nullable Long parentId,
            OrgUnitKind kind,
            String code,
            String name,
            String searchName,
            String path,
            int depth,
            OrgUnitState state,
            @Nullable LocalDate endedOn,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.searchName = searchName;
        this.path = path;
        this.depth = depth;
        this.state = state;
        this.endedOn = endedOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new unit under {@code parent}; its path is completed by {@link #placeUnder} once it has an id. */
    static OrgUnit under(OrgUnit parent, OrgUnitKind kind, String code, String name) {
        OrgNestingPolicy.check(parent.kind, kind);
        String clean = VietnameseText.clean(name);
        return new OrgUnit(
                null,
                null,
                parent.id,
                kind,
                code.strip(),
                clean,
                VietnameseText.searchKey(clean),
                parent.path,
                parent.depth + 1,
                OrgUnitState.ACTIVE,
                null,
                null,
                null);
    }

    void placeUnder(String parentPath) {
        this.path = parentPath + id + "/";
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("unsaved org unit");
        }
        return id;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return depth;
    }

    public OrgUnitState state() {
        return state;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    public @Nullable Long version() {
        return version;
    }
}
