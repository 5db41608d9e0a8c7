package ru.digitalbridge.registry;

/** Field lengths shared by request validation and import rows. */
final class Limits {
    static final int NAME = 500;
    static final int SHORT_NAME = 200;
    static final int WEBSITE = 500;
    static final int EXTERNAL_ID = 100;
    static final int DISPLAY_NAME = 300;
    static final int URL = AccountUrls.MAX_LENGTH;
    static final int QUERY = 200;

    private Limits() {}
}
