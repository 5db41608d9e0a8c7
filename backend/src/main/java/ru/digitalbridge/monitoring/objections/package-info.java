/** Objections: the right of reply to a published evaluation and its resolution. */
package ru.digitalbridge.monitoring.objections;
