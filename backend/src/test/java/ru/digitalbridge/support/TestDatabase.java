package ru.digitalbridge.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link DatabaseTestResource} for every Quarkus test. */
@QuarkusTestResource(DatabaseTestResource.class)
public final class TestDatabase {
    private TestDatabase() {}
}
