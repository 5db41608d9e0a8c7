package ru.digitalbridge.common.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer carries a secret shown only once (an issued API key): its answer is never kept
 * for replay, so an {@code Idempotency-Key} on it only prevents concurrent duplicates.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotReplayed {}
