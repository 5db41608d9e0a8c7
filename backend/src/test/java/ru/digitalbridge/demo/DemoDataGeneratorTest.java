package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataGeneratorTest {

    private static final List<DemoMunicipality> SARATOV = SaratovMunicipalities.all();
    private static final DemoData REGION = DemoDataGenerator.generate(1, 2022, SARATOV);

    /** The normalised forms the registry's AccountUrls produces for the kinds of URL the generator makes. */
    private static final Map<String, Pattern> URL_FORMS = Map.of(
            "VK", Pattern.compile("https://vk\\.com/(club[1-9]\\d{5,9}|[a-z][a-z0-9_]{4,31})"),
            "OK", Pattern.compile("https://ok\\.ru/(group/\\d{14}|[a-z][a-z0-9]{4,31})"),
            "TELEGRAM", Pattern.compile("https://t\\.me/[a-z][a-z0-9_]{3,30}[a-z0-9]"),
            "MAX", Pattern.compile("https://max\\.ru/[a-z][a-z0-9_]{3,30}[a-z0-9]"),
            "RUTUBE", Pattern.compile("https://rutube\\.ru/channel/\\d{8}"),
            "DZEN", Pattern.compile("https://dzen\\.ru/[a-z][a-z0-9_]{3,30}[a-z0-9]"));

    @Test
    void sameSeedAndScaleGiveTheSameData() {
        DemoData again = DemoDataGenerator.generate(1, 2022, SARATOV);
        assertThat(again).isEqualTo(REGION);
        var reversed = new java.util.ArrayList<>(SARATOV);
        java.util.Collections.reverse(reversed);
        DemoData shuffledInput = DemoDataGenerator.generate(1, 2022, reversed);
        assertThat(shuffledInput).isEqualTo(REGION);
    }

    /** The demo load writes the rows as the generator hands them over: the same rows, in the same order. */
    @Test
    void theSinkReceivesTheSameRowsInTheSameOrder() {
        var organizations = new java.util.ArrayList<DemoData.Organization>();
        var accounts = new java.util.ArrayList<DemoData.Account>();
        List<DemoData.User> users = DemoDataGenerator.generate(1, 2022, SARATOV, new DemoDataGenerator.Sink() {
            @Override
            public void organization(DemoData.Organization organization) {
                assertThat(accounts)
                        .as("every organization comes before the first account")
                        .isEmpty();
                organizations.add(organization);
            }

            @Override
            public void account(DemoData.Account account) {
                accounts.add(account);
            }
        });
        assertThat(new DemoData(organizations, accounts, users)).isEqualTo(REGION);
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoData other = DemoDataGenerator.generate(1, 7, SARATOV);
        assertThat(urls(other)).isNotEqualTo(urls(REGION));
        assertThat(other.organizations().get(0).id())
                .isNotEqualTo(REGION.organizations().get(0).id());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 1, 2, 10})
    void countsGrowWithTheScale(double scale) {
        DemoData data = scale == 1 ? REGION : DemoDataGenerator.generate(scale, 2022, SARATOV);
        int expected = (int) Math.round(3000 * scale);
        assertThat(data.organizations()).hasSize(expected);
        double perOrganization =
                (double) data.accounts().size() / data.organizations().size();
        assertThat(perOrganization).isBetween(1.8, 2.3);
        Set<UUID> withOrganizations = data.organizations().stream()
                .map(DemoData.Organization::municipalityId)
                .collect(Collectors.toSet());
        assertThat(withOrganizations).hasSize(SARATOV.size());
    }

    @Test
    void everyMunicipalityHasItsAdministrationEvenAtTinyScale() {
        DemoData tiny = DemoDataGenerator.generate(0.05, 2022, SARATOV);
        var administrations = tiny.organizations().stream()
                .filter(o -> o.kind().equals("LOCAL_GOVERNMENT") && o.name().startsWith("Администрация "))
                .map(DemoData.Organization::municipalityId)
                .collect(Collectors.toSet());
        assertThat(administrations).hasSize(SARATOV.size());
        assertThat(tiny.organizations()).anyMatch(o -> o.kind().equals("REGIONAL_BODY"));
    }

    @Test
    void innAndOgrnCarryValidCheckDigits() {
        var identified =
                REGION.organizations().stream().filter(o -> o.inn() != null).toList();
        assertThat(identified.size()).isGreaterThan(REGION.organizations().size() * 8 / 10);
        for (DemoData.Organization o : identified) {
            assertThat(o.inn()).matches("64\\d{8}");
            assertThat(validInn10(o.inn())).as(o.inn()).isTrue();
            assertThat(o.ogrn()).matches("1\\d{12}");
            assertThat(validOgrn(o.ogrn())).as(o.ogrn()).isTrue();
            assertThat(o.ogrn().substring(3, 5)).isEqualTo("64");
        }
        Set<String> inns = identified.stream().map(DemoData.Organization::inn).collect(Collectors.toSet());
        assertThat(inns).hasSameSizeAs(identified);
    }

    @Test
    void accountUrlsAreUniqueAndAlreadyNormalised() {
        Set<String> seen = new HashSet<>();
        for (DemoData.Account a : REGION.accounts()) {
            assertThat(seen.add(a.normalizedUrl()))
                    .as("duplicate " + a.normalizedUrl())
                    .isTrue();
            assertThat(a.url()).isEqualTo(a.normalizedUrl());
            assertThat(a.url()).matches(URL_FORMS.get(a.platform()));
        }
        DemoData big = DemoDataGenerator.generate(10, 2022, SARATOV);
        assertThat(urls(big)).hasSize(big.accounts().size());
    }

    @Test
    void platformsAndStatusesAreMixedRealistically() {
        Map<String, Long> byPlatform = REGION.accounts().stream()
                .collect(Collectors.groupingBy(DemoData.Account::platform, Collectors.counting()));
        assertThat(byPlatform).containsOnlyKeys("VK", "OK", "TELEGRAM", "MAX", "RUTUBE", "DZEN");
        assertThat(byPlatform.get("VK")).isGreaterThan(byPlatform.get("OK"));
        assertThat(byPlatform.get("OK")).isGreaterThan(byPlatform.get("RUTUBE"));
        long archived = REGION.accounts().stream()
                .filter(a -> a.status().equals("ARCHIVED"))
                .count();
        assertThat((double) archived / REGION.accounts().size()).isBetween(0.03, 0.08);
        assertThat(REGION.accounts()).allMatch(a -> !a.updatedAt().isBefore(a.createdAt()));
    }

    @Test
    void parentsComeFirstAndAreBodiesOfTheSameAreaOrRegion() {
        Map<UUID, DemoData.Organization> seen = new HashMap<>();
        int withParent = 0;
        for (DemoData.Organization o : REGION.organizations()) {
            if (o.parentId() != null) {
                withParent++;
                DemoData.Organization parent = seen.get(o.parentId());
                assertThat(parent).as("parent of " + o.name()).isNotNull();
                assertThat(parent.kind()).isIn("LOCAL_GOVERNMENT", "REGIONAL_BODY");
                if (parent.kind().equals("LOCAL_GOVERNMENT")) {
                    assertThat(parent.municipalityId()).isEqualTo(o.municipalityId());
                }
            }
            seen.put(o.id(), o);
        }
        assertThat(withParent).isGreaterThan(REGION.organizations().size() * 3 / 4);
    }

    @Test
    void namesLookLikeTheRegistersOnes() {
        var shortNames = REGION.organizations().stream()
                .map(DemoData.Organization::shortName)
                .collect(Collectors.toSet());
        assertThat(shortNames)
                .contains(
                        "Администрация Аткарского муниципального района",
                        "ГУЗ СО «Аткарская РБ»",
                        "ГАУ СО «КЦСОН Аткарского района»",
                        "МУК «ЦБС Аткарского района»",
                        "Минобразования Саратовской области");
        assertThat(shortNames).anyMatch(n -> n.matches("М[БА]?ОУ «СОШ № \\d+ г\\. Аткарска»"));
        assertThat(shortNames).anyMatch(n -> n.matches("М[Б]?ДОУ «Детский сад № \\d+ «[^»]+»»"));
        assertThat(shortNames).anyMatch(n -> n.contains("театр") && n.contains("Саратовский"));
        assertThat(REGION.organizations())
                .anyMatch(o -> o.name()
                        .equals("Государственное учреждение здравоохранения Саратовской области"
                                + " «Аткарская районная больница»"));
        assertThat(REGION.organizations().stream()
                        .map(DemoData.Organization::sector)
                        .distinct())
                .containsExactlyInAnyOrder(
                        "EDUCATION",
                        "HEALTH",
                        "CULTURE",
                        "SOCIAL",
                        "SPORT",
                        "HOUSING",
                        "TRANSPORT",
                        "ADMINISTRATION",
                        "OTHER");
        assertThat(REGION.organizations())
                .filteredOn(o -> o.website() != null)
                .allMatch(o -> o.website().matches("https://[a-z0-9.-]+\\.(ru|gov\\.ru|gosuslugi\\.ru)"));
    }

    @Test
    void demoUsersCoverEveryRole() {
        assertThat(REGION.users())
                .extracting(DemoData.User::email)
                .contains(
                        "admin@demo.bridge",
                        "coordinator@demo.bridge",
                        "expert@demo.bridge",
                        "trainer@demo.bridge",
                        "learner@demo.bridge",
                        "representative@demo.bridge");
        assertThat(REGION.users().stream().flatMap(u -> u.roles().stream()).distinct())
                .containsExactlyInAnyOrder("ADMIN", "COORDINATOR", "EXPERT", "TRAINER", "LEARNER", "REPRESENTATIVE");
        var learner = REGION.users().stream()
                .filter(u -> u.roles().contains("LEARNER"))
                .findFirst()
                .orElseThrow();
        assertThat(REGION.organizations()).anyMatch(o -> o.id().equals(learner.organizationId()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 1})
    void theRepresentativeSpeaksForAnActiveAdministrationWithAnActiveAccount(double scale) {
        DemoData data = scale == 1 ? REGION : DemoDataGenerator.generate(scale, 2022, SARATOV);
        var representative = data.users().stream()
                .filter(u -> u.email().equals("representative@demo.bridge"))
                .findFirst()
                .orElseThrow();
        assertThat(representative.roles()).containsExactly("REPRESENTATIVE");
        var organization = data.organizations().stream()
                .filter(o -> o.id().equals(representative.organizationId()))
                .findFirst()
                .orElseThrow();
        assertThat(organization.status()).isEqualTo("ACTIVE");
        assertThat(organization.name()).startsWith("Администрация ");
        assertThat(data.accounts())
                .anyMatch(a -> a.organizationId().equals(organization.id())
                        && a.status().equals("ACTIVE"));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> DemoDataGenerator.generate(0, 1, SARATOV))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoDataGenerator.generate(Double.NaN, 1, SARATOV))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoDataGenerator.generate(1, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> urls(DemoData data) {
        return data.accounts().stream().map(DemoData.Account::normalizedUrl).collect(Collectors.toSet());
    }

    /** An independent check of the INN check digit (weights from the Federal Tax Service's description). */
    private static boolean validInn10(String inn) {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(inn.charAt(i), 10) * weights[i];
        }
        return sum % 11 % 10 == Character.digit(inn.charAt(9), 10);
    }

    private static boolean validOgrn(String ogrn) {
        long body = Long.parseLong(ogrn.substring(0, 12));
        return body % 11 % 10 == Character.digit(ogrn.charAt(12), 10);
    }
}
