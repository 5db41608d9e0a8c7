package ru.digitalbridge.changes;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of record in the feed and where each is read. */
public enum ChangeEntity {
    ORGANIZATION("organization", "/api/v1/organizations/"),
    ACCOUNT("account", "/api/v1/accounts/"),
    EVALUATION("evaluation", "/api/v1/evaluations/");

    private final String value;
    private final String path;

    ChangeEntity(String value, String path) {
        this.value = value;
        this.path = path;
    }

    @JsonValue
    public String value() {
        return value;
    }

    String href(Object id) {
        return path + id;
    }

    static ChangeEntity of(String value) {
        for (ChangeEntity entity : values()) {
            if (entity.value.equals(value)) {
                return entity;
            }
        }
        return null;
    }
}
