package ru.digitalbridge.registry;

import java.util.List;

/**
 * A social-media platform and the host names its account URLs use. The first host is the canonical
 * one that normalised URLs carry.
 */
public enum Platform implements Labelled {
    VK("ВКонтакте", "VK", List.of("vk.com", "vk.ru", "vkontakte.ru")),
    OK("Одноклассники", "Odnoklassniki", List.of("ok.ru", "odnoklassniki.ru")),
    TELEGRAM("Telegram", "Telegram", List.of("t.me", "telegram.me", "telegram.dog")),
    RUTUBE("Rutube", "Rutube", List.of("rutube.ru")),
    DZEN("Дзен", "Dzen", List.of("dzen.ru", "zen.yandex.ru")),
    MAX("MAX", "MAX", List.of("max.ru")),
    OTHER("Другая", "Other", List.of());

    private final String ruName;
    private final String enName;
    private final List<String> hosts;

    Platform(String ruName, String enName, List<String> hosts) {
        this.ruName = ruName;
        this.enName = enName;
        this.hosts = hosts;
    }

    @Override
    public String ruName() {
        return ruName;
    }

    @Override
    public String enName() {
        return enName;
    }

    /** Host names, canonical first; empty for {@link #OTHER}. */
    public List<String> hosts() {
        return hosts;
    }

    /** The platform whose host this is (after www./m. are stripped), or null. */
    static Platform ofHost(String host) {
        for (Platform platform : values()) {
            if (platform.hosts.contains(host)) {
                return platform;
            }
        }
        return null;
    }
}
