package vn.dangvu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint. Every API handler declares it (or {@link PublicEndpoint}); a handler without
 * either is refused, so access is denied by default. The role only opens the door: the caller's org scope is then
 * applied in SQL by the handler's query.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    Role[] value();

    /** Every staff role (all but the plain member). */
    Role[] STAFF = {
        Role.CELL_SECRETARY,
        Role.ORG_STAFF,
        Role.CITY_ORGANISATION,
        Role.CITY_OFFICE,
        Role.INSPECTION,
        Role.LEADERSHIP,
        Role.PETITION_STAFF,
        Role.ADMIN
    };
}
