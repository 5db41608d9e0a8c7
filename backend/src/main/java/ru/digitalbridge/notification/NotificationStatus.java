package ru.digitalbridge.notification;

/** Where a message stands; see the {@code notification} table. */
public enum NotificationStatus {
    PENDING,
    SENT,
    HELD,
    FAILED,
    SWITCHED_OFF
}
