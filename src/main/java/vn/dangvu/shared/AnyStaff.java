package vn.dangvu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@link Allowed} for every staff role (all but the plain member). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Allowed({
    Role.CELL_SECRETARY,
    Role.ORG_STAFF,
    Role.CITY_ORGANISATION,
    Role.CITY_OFFICE,
    Role.INSPECTION,
    Role.LEADERSHIP,
    Role.PETITION_STAFF,
    Role.ADMIN
})
public @interface AnyStaff {}
