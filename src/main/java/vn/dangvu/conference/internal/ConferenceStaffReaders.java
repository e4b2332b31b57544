package vn.dangvu.conference.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.Role;

/** {@link Allowed} for the roles that read term work programmes (`ConferenceAccess.STAFF_READERS`). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Allowed({Role.CITY_OFFICE, Role.CITY_ORGANISATION, Role.ORG_STAFF, Role.CELL_SECRETARY, Role.LEADERSHIP})
@interface ConferenceStaffReaders {}
