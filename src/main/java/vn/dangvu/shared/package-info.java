/**
 * Framework glue every module uses and no domain logic: the caller ({@link vn.dangvu.shared.Actor}) and its
 * organisation scope, domain exceptions turned into RFC 9457 problem details, paging, Vietnamese text
 * (normalisation for search, sorting by given name), the clock and the audit trail port.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.dangvu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
