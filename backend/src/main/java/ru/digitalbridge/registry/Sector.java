package ru.digitalbridge.registry;

/** The branch of public service an organization works in. */
public enum Sector implements Labelled {
    EDUCATION("Образование", "Education"),
    HEALTH("Здравоохранение", "Health"),
    CULTURE("Культура", "Culture"),
    SOCIAL("Социальная защита", "Social protection"),
    SPORT("Спорт", "Sport"),
    HOUSING("ЖКХ", "Housing and utilities"),
    TRANSPORT("Транспорт и дороги", "Transport and roads"),
    ADMINISTRATION("Управление", "Administration"),
    OTHER("Иное", "Other");

    private final String ruName;
    private final String enName;

    Sector(String ruName, String enName) {
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
