package ru.digitalbridge.common.web;

/** The licence of everything the platform publishes: Creative Commons Attribution 4.0. */
public final class OpenLicense {
    public static final String URL = "https://creativecommons.org/licenses/by/4.0/";
    /** The licence as a link relation (RFC 8288, rel="license") on every downloadable file. */
    public static final String LINK = "<" + URL + ">; rel=\"license\"";

    private OpenLicense() {}
}
