/**
 * The one notification service of the Award: every workflow tells people things through
 * {@link org.learningcity.award.notification.Notifications}. A notification is written to
 * an outbox in the caller's transaction and delivered by mail afterwards (with retries, a
 * stable Message-ID and an iCalendar attachment for deadlines), and shown in the
 * application's bell. Depends on nothing but the {@code account} table of identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.learningcity.award.notification;
