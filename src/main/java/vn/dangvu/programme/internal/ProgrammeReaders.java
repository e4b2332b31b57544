package vn.dangvu.programme.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** {@link Allowed} for the roles that read programmes ({@code ProgrammeManagement.READERS}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Allowed({
    Role.CELL_SECRETARY,
    Role.ORG_STAFF,
    Role.CITY_ORGANISATION,
    Role.CITY_OFFICE,
    Role.INSPECTION,
    Role.LEADERSHIP
})
@interface ProgrammeReaders {}
