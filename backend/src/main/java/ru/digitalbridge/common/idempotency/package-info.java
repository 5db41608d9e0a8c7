/** Idempotency-Key on every POST: one execution per key and caller, the response replayed to retries for 24 h. */
package ru.digitalbridge.common.idempotency;
