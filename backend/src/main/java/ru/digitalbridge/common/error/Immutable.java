package ru.digitalbridge.common.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the read of a published record that never changes (a rating snapshot, a published revision). A request to
 * change it — any method the path does not serve other than a read — is answered 409 with the problem type
 * {@code /problems/<value>} instead of the generic 405: the method is not merely unsupported, the record is frozen.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Immutable {
    /** The problem kind, with {@code <kind>.title} and {@code <kind>.detail} in the message bundles. */
    String value();
}
