/** Shared plumbing: problem details, paging, the audit log, web filters and the database bootstrap. */
package ru.digitalbridge.common;
