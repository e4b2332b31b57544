package vn.dangvu.programme;

/**
 * What a round of task reminders did.
 *
 * @param overdue tasks not done and past their deadline
 * @param dueSoon tasks not done whose deadline is near
 * @param reminded owners notified (one notice per task)
 * @param withoutOwner tasks whose person in charge is not in the registry, so nobody could be notified
 */
public record TaskReminders(int overdue, int dueSoon, int reminded, int withoutOwner) {}
