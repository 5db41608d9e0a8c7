package ru.digitalbridge.registry;

/** Organizations and accounts are archived, never deleted: evaluations may point to them. */
public enum RecordStatus implements Labelled {
    ACTIVE("Действует", "Active"),
    ARCHIVED("В архиве", "Archived");

    private final String ruName;
    private final String enName;

    RecordStatus(String ruName, String enName) {
        this.ruName = ruName;
        this.enName = enName;
    }

    @Override
    public String ruName() {
        return ruName;
    }

    @Override
    public String enName() {
        return enName;
    }
}
