package vn.dangvu.calendar.internal;

import vn.dangvu.support.OnPostgres;

/** {@link CalendarScenarios} on PostgreSQL. */
@OnPostgres
class CalendarPostgresIntegrationTests extends CalendarScenarios {}
