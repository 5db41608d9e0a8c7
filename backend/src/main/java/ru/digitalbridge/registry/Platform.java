package ru.digitalbridge.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Names people write for the platforms, folded (letters and digits only, lower case, ё as е). */
    private static final Map<String, Platform> SPOKEN = Map.ofEntries(
            Map.entry("вк", VK),
            Map.entry("вконтакте", VK),
            Map.entry("vk", VK),
            Map.entry("vkontakte", VK),
            Map.entry("vkcom", VK),
            Map.entry("ок", OK),
            Map.entry("ok", OK),
            Map.entry("одноклассники", OK),
            Map.entry("odnoklassniki", OK),
            Map.entry("okru", OK),
            Map.entry("телеграм", TELEGRAM),
            Map.entry("телеграмм", TELEGRAM),
            Map.entry("телеграмканал", TELEGRAM),
            Map.entry("тг", TELEGRAM),
            Map.entry("tg", TELEGRAM),
            Map.entry("telegram", TELEGRAM),
            Map.entry("рутуб", RUTUBE),
            Map.entry("рутьюб", RUTUBE),
            Map.entry("rutube", RUTUBE),
            Map.entry("дзен", DZEN),
            Map.entry("яндексдзен", DZEN),
            Map.entry("dzen", DZEN),
            Map.entry("zen", DZEN),
            Map.entry("yandexzen", DZEN),
            Map.entry("макс", MAX),
            Map.entry("max", MAX),
            Map.entry("мессенджермакс", MAX),
            Map.entry("другая", OTHER),
            Map.entry("другое", OTHER),
            Map.entry("other", OTHER),
            Map.entry("сайт", OTHER));

    /**
     * A platform by its code, its Russian or English name or a name people commonly write («ВК», «ОК»,
     * «Телеграм», «Макс», «Дзен»…), or null.
     */
    static Platform parseLoose(String text) {
        Platform exact = Labelled.parse(Platform.class, text);
        if (exact != null) {
            return exact;
        }
        String folded = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
        return SPOKEN.get(folded);
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
