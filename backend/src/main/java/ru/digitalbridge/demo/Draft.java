package ru.digitalbridge.demo;

/**
 * An organization before it gets identifiers: its names, classification, who it reports to and the Latin slug
 * its website and account handles are made from.
 */
record Draft(String name, String shortName, String kind, String sector, Parent parent, String slug, boolean gosweb) {

    /** Whom an institution is subordinate to. */
    enum Parent {
        NONE,
        /** the municipality's administration */
        ADMINISTRATION,
        /** the municipality's education department, or its administration when there is none */
        EDUCATION_DEPARTMENT,
        /** the regional government */
        GOVERNMENT,
        /** the regional ministry for the organization's sector */
        MINISTRY
    }

    static final String REGIONAL_BODY = "REGIONAL_BODY";
    static final String LOCAL_GOVERNMENT = "LOCAL_GOVERNMENT";
    static final String STATE_INSTITUTION = "STATE_INSTITUTION";
    static final String MUNICIPAL_INSTITUTION = "MUNICIPAL_INSTITUTION";
}
