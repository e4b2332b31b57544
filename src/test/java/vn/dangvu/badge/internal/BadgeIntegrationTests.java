package vn.dangvu.badge.internal;

/** {@link BadgeScenarios} on the embedded database. */
class BadgeIntegrationTests extends BadgeScenarios {}
