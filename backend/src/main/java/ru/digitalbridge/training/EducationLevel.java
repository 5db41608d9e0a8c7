package ru.digitalbridge.training;

/** A learner's education, as the federal register of education documents records it for further training. */
public enum EducationLevel {
    SECONDARY_VOCATIONAL,
    HIGHER,
    /** Still studying for a secondary vocational or higher degree. */
    STUDENT
}
