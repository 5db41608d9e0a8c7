package ru.digitalbridge.registry;

/** What kind of public body or institution an organization is. */
public enum OrganizationKind implements Labelled {
    REGIONAL_BODY("Региональный орган исполнительной власти", "Regional executive body"),
    LOCAL_GOVERNMENT("Орган местного самоуправления", "Local self-government body"),
    STATE_INSTITUTION("Государственное учреждение", "State institution"),
    MUNICIPAL_INSTITUTION("Муниципальное учреждение", "Municipal institution"),
    OTHER("Иное", "Other");

    private final String ruName;
    private final String enName;

    OrganizationKind(String ruName, String enName) {
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
