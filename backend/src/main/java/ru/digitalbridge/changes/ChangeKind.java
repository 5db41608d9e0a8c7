package ru.digitalbridge.changes;

/** What happened to a record, as the feed reports it. */
public enum ChangeKind {
    /** Created or changed: fetch it from {@code href}. */
    UPSERT,
    /** Archived (registry): kept, but no longer active; a later UPSERT restores it. */
    ARCHIVED,
    /** No longer published (results). */
    WITHDRAWN,
    /** Gone. */
    DELETED
}
