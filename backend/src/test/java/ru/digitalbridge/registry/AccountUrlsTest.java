package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.registry.AccountUrls.Failure;
import ru.digitalbridge.registry.AccountUrls.InvalidUrlException;

class AccountUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://vk.com/club123, https://vk.com/club123",
        "https://vk.com/public123, https://vk.com/club123",
        "vk.com/public123, https://vk.com/club123",
        "http://vk.com/club123, https://vk.com/club123",
        "https://www.vk.com/club123/, https://vk.com/club123",
        "https://m.vk.com/club123, https://vk.com/club123",
        "https://mobile.vk.com/club123, https://vk.com/club123",
        "https://VK.COM/Club123, https://vk.com/club123",
        "https://vk.ru/public123, https://vk.com/club123",
        "https://vkontakte.ru/club123, https://vk.com/club123",
        "https://vk.com/event77, https://vk.com/club77",
        "https://vk.com/SaratovSchool1, https://vk.com/saratovschool1",
        "https://vk.com/saratov_school?w=wall-1_2, https://vk.com/saratov_school",
        "https://vk.com/saratov_school#top, https://vk.com/saratov_school",
        "https://vk.com/id42, https://vk.com/id42",
        "'  https://vk.com/club5  ', https://vk.com/club5",
        "//vk.com/club5, https://vk.com/club5",
        "https://vk.com:443/club5, https://vk.com/club5",
        "https://vk.com./club5, https://vk.com/club5",
        "https://vk.com//club5//, https://vk.com/club5",
        "https://ok.ru/profile/123, https://ok.ru/profile/123",
        "https://ok.ru/group/5432/topics, https://ok.ru/group/5432",
        "https://www.odnoklassniki.ru/group/5432, https://ok.ru/group/5432",
        "https://m.ok.ru/SchoolSaratov, https://ok.ru/schoolsaratov",
        "https://t.me/SaratovNews, https://t.me/saratovnews",
        "https://t.me/s/saratovnews, https://t.me/saratovnews",
        "https://telegram.me/saratovnews, https://t.me/saratovnews",
        "https://telegram.dog/saratovnews, https://t.me/saratovnews",
        "t.me/saratovnews?start=1, https://t.me/saratovnews",
        "https://t.me/+AbCdEf12, https://t.me/+AbCdEf12",
        "https://t.me/joinchat/AbCdEf12, https://t.me/joinchat/AbCdEf12",
        "https://rutube.ru/channel/123456/, https://rutube.ru/channel/123456",
        "https://rutube.ru/channel/123456/videos, https://rutube.ru/channel/123456",
        "https://dzen.ru/SaratovMinObr, https://dzen.ru/saratovminobr",
        "https://zen.yandex.ru/saratovminobr, https://dzen.ru/saratovminobr",
        "https://dzen.ru/id/5f1a2b3c, https://dzen.ru/id/5f1a2b3c",
        "https://max.ru/SaratovGov, https://max.ru/saratovgov",
        "https://max.ru/join/XyZ123, https://max.ru/join/XyZ123",
        "HTTPS://WWW.T.ME/Name, https://t.me/name",
    })
    void normalisesKnownPlatforms(String raw, String expected) {
        assertThat(AccountUrls.normalize(raw).url()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "https://vk.com/club1, VK",
        "https://vk.ru/club1, VK",
        "https://ok.ru/group/1, OK",
        "https://odnoklassniki.ru/group/1, OK",
        "https://t.me/a_name, TELEGRAM",
        "https://telegram.me/a_name, TELEGRAM",
        "https://rutube.ru/channel/1, RUTUBE",
        "https://dzen.ru/a_name, DZEN",
        "https://max.ru/a_name, MAX",
    })
    void detectsPlatformFromHost(String raw, Platform expected) {
        assertThat(AccountUrls.normalize(raw).platform()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "ftp://vk.com/club1",
                "mailto:someone@vk.com",
                "https://",
                "https:///club1",
                "https://vk com/club1",
                "https://user@vk.com/club1",
                "https://vk.com:8080/club1",
                "not a url",
                "https://-vk.com/x",
                "javascript:alert(1)",
            })
    void refusesMalformed(String raw) {
        assertThatThrownBy(() -> AccountUrls.normalize(raw))
                .isInstanceOfSatisfying(
                        InvalidUrlException.class, e -> assertThat(e.failure()).isIn(Failure.MALFORMED));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> AccountUrls.normalize(null)).isInstanceOf(InvalidUrlException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://facebook.com/x", "https://example.org/page", "youtube.com/@channel", "vk.co/x"})
    void refusesUnsupportedHostsUnlessOther(String raw) {
        assertThatThrownBy(() -> AccountUrls.normalize(raw))
                .isInstanceOfSatisfying(
                        InvalidUrlException.class, e -> assertThat(e.failure()).isEqualTo(Failure.UNSUPPORTED_HOST));
        assertThat(AccountUrls.normalize(raw, Platform.OTHER).platform()).isEqualTo(Platform.OTHER);
    }

    @Test
    void otherKeepsPathCaseButDropsQueryAndTrailingSlash() {
        assertThat(AccountUrls.normalize("http://www.Example.org/Blog/?utm=1#x", Platform.OTHER)
                        .url())
                .isEqualTo("https://example.org/Blog");
    }

    @Test
    void knownHostStatedAsOtherKeepsItsPlatform() {
        assertThat(AccountUrls.normalize("https://vk.com/public9", Platform.OTHER))
                .isEqualTo(new AccountUrls.Normalized(Platform.VK, "https://vk.com/club9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://vk.com", "https://vk.com/", "https://t.me/s/", "https://ok.ru/?x=1"})
    void refusesPlatformRootWithoutAccount(String raw) {
        assertThatThrownBy(() -> AccountUrls.normalize(raw))
                .isInstanceOfSatisfying(
                        InvalidUrlException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NO_ACCOUNT));
    }

    @Test
    void refusesPlatformMismatch() {
        assertThatThrownBy(() -> AccountUrls.normalize("https://t.me/name", Platform.VK))
                .isInstanceOfSatisfying(
                        InvalidUrlException.class, e -> assertThat(e.failure()).isEqualTo(Failure.PLATFORM_MISMATCH));
        assertThat(AccountUrls.normalize("https://t.me/name", Platform.TELEGRAM).platform())
                .isEqualTo(Platform.TELEGRAM);
    }

    @Test
    void refusesOverlongUrl() {
        assertThat(AccountUrls.isValid("https://vk.com/" + "a".repeat(AccountUrls.MAX_LENGTH), null))
                .isFalse();
    }

    @Test
    void cyrillicHostIsPunycodedForOther() {
        assertThat(AccountUrls.normalize("https://Школа.рф/", Platform.OTHER).url())
                .isEqualTo("https://xn--80atdl2c.xn--p1ai");
    }

    /** Random account URLs dressed in random noise normalise to one URL, and normalising is idempotent. */
    @Test
    void noiseNeverChangesTheNormalisedUrl() {
        Random random = new Random(20260415L);
        List<String[]> bases = List.of(
                new String[] {"vk.com", "club"},
                new String[] {"vk.ru", "public"},
                new String[] {"ok.ru", "group/"},
                new String[] {"ok.ru", "profile/"},
                new String[] {"t.me", ""},
                new String[] {"t.me", "s/"},
                new String[] {"telegram.me", ""},
                new String[] {"rutube.ru", "channel/"},
                new String[] {"dzen.ru", ""},
                new String[] {"max.ru", ""});
        for (int i = 0; i < 2000; i++) {
            String[] base = bases.get(random.nextInt(bases.size()));
            String name = base[1].endsWith("/") || base[1].startsWith("club") || base[1].startsWith("public")
                    ? String.valueOf(1 + random.nextInt(1_000_000))
                    : randomName(random);
            String plain = "https://" + base[0] + "/" + base[1] + name;
            String noisy = noisy(random, base[0], base[1] + name);
            var expected = AccountUrls.normalize(plain);
            var actual = AccountUrls.normalize(noisy);
            assertThat(actual).as("%s vs %s", noisy, plain).isEqualTo(expected);
            assertThat(AccountUrls.normalize(actual.url())).isEqualTo(actual);
            assertThat(actual.url()).startsWith("https://").doesNotEndWith("/").doesNotContain("?", "#", "www.");
        }
    }

    private static String randomName(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        StringBuilder name = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        int length = 4 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }

    private static String noisy(Random random, String host, String path) {
        StringBuilder url = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> url.append("https://");
            case 1 -> url.append("http://");
            case 2 -> url.append("HTTPS://");
            default -> {}
        }
        url.append(List.of("", "www.", "m.", "WWW.", "mobile.").get(random.nextInt(5)));
        url.append(random.nextBoolean() ? host.toUpperCase() : host);
        url.append('/')
                .append(path.startsWith("club") || path.startsWith("public") || path.contains("/") ? path : path);
        if (random.nextBoolean()) {
            url.append('/');
        }
        if (random.nextBoolean()) {
            url.append("?utm_source=x&from=").append(random.nextInt(100));
        }
        if (random.nextBoolean()) {
            url.append("#wall");
        }
        return random.nextInt(5) == 0 ? "  " + url + " " : url.toString();
    }

    @ParameterizedTest(name = "{0} is a post; paste {1}")
    @CsvSource({
        "https://vk.com/wall-1_2, https://vk.com/club1",
        "vk.com/wall42_7, https://vk.com/id42",
        "https://vk.com/video-5_456239017, https://vk.com/club5",
        "https://vk.com/@school-news-article, https://vk.com/school",
        "https://rutube.ru/video/0123456789abcdef0123456789abcdef/, https://rutube.ru/channel/…",
        "https://rutube.ru/shorts/abc, https://rutube.ru/channel/…",
        "https://dzen.ru/a/ZmX1aBcDeF, https://dzen.ru/…",
        "https://dzen.ru/video/watch/65f0, https://dzen.ru/…",
        "https://zen.yandex.ru/media/school/post-title-5f1a, https://dzen.ru/school",
        "https://t.me/saratovnews/1234, https://t.me/saratovnews",
        "https://t.me/s/saratovnews/1234, https://t.me/saratovnews",
        "https://t.me/c/1234567/89, https://t.me/…",
        "https://ok.ru/group/5432/topic/1234, https://ok.ru/group/5432",
        "https://ok.ru/school/topic/1234, https://ok.ru/school",
        "https://ok.ru/video/12345, https://ok.ru/group/…",
        "https://max.ru/saratovgov/123, https://max.ru/saratovgov",
    })
    void refusesLinksToPostsSayingWhatToPasteInstead(String raw, String hint) {
        assertThatThrownBy(() -> AccountUrls.normalize(raw)).isInstanceOfSatisfying(InvalidUrlException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.POST_LINK);
            assertThat(e.hint()).isEqualTo(hint);
        });
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "@saratov_news, TELEGRAM, https://t.me/saratov_news",
        "@SchoolOne, VK, https://vk.com/schoolone",
        "@school, DZEN, https://dzen.ru/school",
        "@gov64, MAX, https://max.ru/gov64",
        "tg://resolve?domain=Saratov_News, , https://t.me/saratov_news",
        "tg://resolve?domain=saratov_news&post=5, TELEGRAM, https://t.me/saratov_news",
        "tg://join?invite=AbCd12, , https://t.me/+AbCd12",
        "'\u00a0https://vk.com/club5\u00a0\u00a0', , https://vk.com/club5",
        "'\u202fhttps://t.me/name\u2007\t', , https://t.me/name",
        "https://max.ru/u/f9LHodD0cOI, , https://max.ru/u/f9LHodD0cOI",
        "https://rutube.ru/u/SchoolOne, , https://rutube.ru/u/schoolone",
        "https://zen.yandex.ru/media/school, , https://dzen.ru/school",
        "https://zen.yandex.ru/media/id/5f1a2b3c, , https://dzen.ru/id/5f1a2b3c",
    })
    void acceptsTheShortFormsPeoplePaste(String raw, Platform stated, String expected) {
        assertThat(AccountUrls.normalize(raw, stated).url()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@school", "@"})
    void aBareHandleNeedsAPlatform(String raw) {
        assertThatThrownBy(() -> AccountUrls.normalize(raw))
                .isInstanceOfSatisfying(
                        InvalidUrlException.class,
                        e -> assertThat(e.failure()).isIn(Failure.HANDLE_WITHOUT_PLATFORM, Failure.MALFORMED));
    }

    @Test
    void outsideTheApiTheLinkDecidesThePlatform() {
        assertThat(AccountUrls.normalize("https://t.me/name", Platform.VK, false))
                .isEqualTo(new AccountUrls.Normalized(Platform.TELEGRAM, "https://t.me/name"));
    }

    /**
     * Distinct communities and channels never share a normalised key (before, every {@code max.ru/u/…}
     * and every {@code rutube.ru/video/…} collapsed to one). Each generated URL carries the identity it
     * names; two different identities must give two different keys, and one identity one key.
     */
    @Test
    void distinctCommunitiesNeverShareAKey() {
        Random random = new Random(7_2026_12_02L);
        record Form(String host, String prefix, boolean caseSensitive, boolean numeric) {}
        List<Form> forms = List.of(
                new Form("vk.com", "", false, false),
                new Form("vk.com", "club", false, true),
                new Form("vk.com", "id", false, true),
                new Form("ok.ru", "", false, false),
                new Form("ok.ru", "group/", false, true),
                new Form("ok.ru", "profile/", false, true),
                new Form("t.me", "", false, false),
                new Form("t.me", "+", true, false),
                new Form("t.me", "joinchat/", true, false),
                new Form("rutube.ru", "channel/", false, true),
                new Form("rutube.ru", "u/", false, false),
                new Form("dzen.ru", "", false, false),
                new Form("dzen.ru", "id/", false, false),
                new Form("max.ru", "", false, false),
                new Form("max.ru", "u/", true, false),
                new Form("max.ru", "join/", true, false));
        java.util.Map<String, String> identityByKey = new java.util.HashMap<>();
        java.util.Map<String, String> keyByIdentity = new java.util.HashMap<>();
        for (int i = 0; i < 5000; i++) {
            Form form = forms.get(random.nextInt(forms.size()));
            String name = form.numeric()
                    ? String.valueOf(1 + random.nextInt(50_000))
                    : "x" + randomName(random).substring(0, 1 + random.nextInt(4));
            String identity = form.host() + "/" + form.prefix() + (form.caseSensitive() ? name : name.toLowerCase());
            String suffix = random.nextBoolean() ? "/" : "";
            String key = AccountUrls.normalize("https://" + form.host() + "/" + form.prefix() + name + suffix)
                    .url();
            String previous = identityByKey.putIfAbsent(key, identity);
            assertThat(previous == null || previous.equals(identity))
                    .as("%s and %s share the key %s", previous, identity, key)
                    .isTrue();
            String previousKey = keyByIdentity.putIfAbsent(identity, key);
            assertThat(previousKey == null || previousKey.equals(key))
                    .as("%s has two keys", identity)
                    .isTrue();
        }
        assertThat(identityByKey).hasSizeGreaterThan(1000);
    }
}
