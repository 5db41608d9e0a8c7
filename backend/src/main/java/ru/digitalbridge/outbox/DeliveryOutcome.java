package ru.digitalbridge.outbox;

/**
 * What one attempt achieved. {@code statusCode} is the receiver's answer when there was one (an HTTP status, an SMTP
 * reply code); {@code detail} a short excerpt of the answer or the error, kept in the delivery log.
 */
public record DeliveryOutcome(Kind kind, Integer statusCode, String detail) {

    public enum Kind {
        /** The receiver took it. */
        DELIVERED,
        /** Try again later, with back-off, until the retry window ends. */
        FAILED,
        /** Never try again on its own (e.g. HTTP 410 Gone); the delivery is dead at once. */
        REFUSED
    }

    /** Longest detail kept. */
    public static final int DETAIL_LIMIT = 500;

    public DeliveryOutcome {
        if (detail != null && detail.length() > DETAIL_LIMIT) {
            detail = detail.substring(0, DETAIL_LIMIT);
        }
    }

    public static DeliveryOutcome delivered(Integer statusCode, String detail) {
        return new DeliveryOutcome(Kind.DELIVERED, statusCode, detail);
    }

    public static DeliveryOutcome failed(Integer statusCode, String detail) {
        return new DeliveryOutcome(Kind.FAILED, statusCode, detail);
    }

    public static DeliveryOutcome refused(Integer statusCode, String detail) {
        return new DeliveryOutcome(Kind.REFUSED, statusCode, detail);
    }
}
