package vn.dangvu.document.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/**
 * {@link Allowed} for whoever a document can reach: members and every staff role but the administrator, who holds no
 * Party documents. What each of them sees is decided in SQL by {@code DocumentVisibilityPolicy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Allowed({
    Role.MEMBER,
    Role.CELL_SECRETARY,
    Role.ORG_STAFF,
    Role.CITY_ORGANISATION,
    Role.CITY_OFFICE,
    Role.INSPECTION,
    Role.LEADERSHIP,
    Role.PETITION_STAFF
})
@interface ReadsDocuments {}
