package vn.dangvu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@link Allowed} for anyone logged in, members included (their own account, their own card). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Allowed({
    Role.MEMBER,
    Role.CELL_SECRETARY,
    Role.ORG_STAFF,
    Role.CITY_ORGANISATION,
    Role.CITY_OFFICE,
    Role.INSPECTION,
    Role.LEADERSHIP,
    Role.PETITION_STAFF,
    Role.ADMIN
})
public @interface AnyRole {}
