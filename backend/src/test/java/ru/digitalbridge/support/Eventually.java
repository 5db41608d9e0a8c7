package ru.digitalbridge.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits, bounded, for what the server does just after it has answered: it records a request in its metrics when the
 * response has ended, which can be after the client has read it. Not a timing assertion: the caller checks the state
 * afterwards and fails then if it never came.
 */
public final class Eventually {
    private Eventually() {}

    /** Returns as soon as {@code done} holds, or after {@code limit}. */
    public static void await(BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
