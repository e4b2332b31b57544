package vn.dangvu.calendar.internal;

/** {@link CalendarScenarios} on the embedded H2 database. */
class CalendarIntegrationTests extends CalendarScenarios {}
