package ru.digitalbridge.training;

/** A learner at a session: present, absent, or excused (an excused session does not count against attendance). */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
