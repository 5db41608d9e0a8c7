package ru.digitalbridge.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.demo.Draft.Parent;

/**
 * Generates a realistic registry for the given municipalities: a pure function of (scale, seed, municipalities),
 * with no database and no clock, so the same arguments always give the same data.
 *
 * <p>Scale 1 is one region: about 3,000 organizations and 6,000 accounts; the count grows linearly with the scale.
 */
public final class DemoDataGenerator {

    /** Every demo user's password. */
    public static final String DEMO_PASSWORD = "demo-bridge-2026";

    static final int ORGANIZATIONS_PER_SCALE = 3000;

    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2023, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3));
    private static final int HISTORY_DAYS = 800;
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile("[А-ЯЁ ]+");

    private final Random random;
    private final List<Place> places;
    private final String regionCode;
    private final Set<String> urls = new HashSet<>();
    private final Map<String, Integer> taxSerials = new HashMap<>();
    private final Sink sink;
    /** What making the accounts needs of each organization, in the order they were made; not its name. */
    private final List<Pending> pending = new ArrayList<>();
    /** The first active school and the first active organization: the demo learner's organization. */
    private UUID firstActiveSchool;

    private UUID firstActive;
    /** The first active municipal administration with an active account, and the first active one with any. */
    private UUID firstAdministrationWithAccount;

    private UUID firstWithAccount;
    private int organizationExternalIds;
    private int accountExternalIds;

    /** Receives the generated rows as they are made: every organization (parents first), then every account. */
    interface Sink {
        void organization(DemoData.Organization organization);

        void account(DemoData.Account account);
    }

    /** An organization as making its accounts needs it. */
    private record Pending(
            UUID id, String shortName, String slug, String status, OffsetDateTime createdAt, boolean administration) {}

    private DemoDataGenerator(long seed, List<DemoMunicipality> municipalities, Sink sink) {
        this.sink = sink;
        this.random = new Random(seed);
        this.places = municipalities.stream()
                .sorted(Comparator.comparing(DemoMunicipality::code))
                .map(Place::new)
                .toList();
        this.regionCode = twoDigits(places.get(0).municipality.regionCode());
    }

    /**
     * @param scale 1 ≈ one region (about 3,000 organizations); 0.05 is a tiny registry, 10 a benchmark load
     * @param municipalities the municipalities to fill, as they are in the database; must not be empty
     */
    public static DemoData generate(double scale, long seed, List<DemoMunicipality> municipalities) {
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be in (0, 1000]: " + scale);
        }
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("no municipalities to generate demo data for");
        }
        var organizations = new ArrayList<DemoData.Organization>();
        var accounts = new ArrayList<DemoData.Account>();
        List<DemoData.User> users = generate(scale, seed, municipalities, new Sink() {
            @Override
            public void organization(DemoData.Organization organization) {
                organizations.add(organization);
            }

            @Override
            public void account(DemoData.Account account) {
                accounts.add(account);
            }
        });
        return new DemoData(List.copyOf(organizations), List.copyOf(accounts), users);
    }

    /**
     * The same data as {@link #generate(double, long, List)}, but the organizations and accounts go to {@code sink}
     * as they are made instead of being collected, so that the caller can write them out without holding the whole
     * registry in memory.
     *
     * @return the demo users
     */
    static List<DemoData.User> generate(double scale, long seed, List<DemoMunicipality> municipalities, Sink sink) {
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be in (0, 1000]: " + scale);
        }
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("no municipalities to generate demo data for");
        }
        return new DemoDataGenerator(seed, municipalities, sink).run(scale);
    }

    private List<DemoData.User> run(double scale) {
        int total = (int) Math.max(places.size(), Math.round(ORGANIZATIONS_PER_SCALE * scale));
        int regional = (int) Math.min(Institutions.regionalBodyCount(), Math.max(3, Math.round(25 * scale)));
        regional = Math.min(regional, Math.max(0, total - places.size()));
        Place capital =
                places.stream().max(Comparator.comparingDouble(p -> p.weight)).orElseThrow();

        Map<String, UUID> ministries = new HashMap<>();
        UUID government = null;
        for (Draft draft : Institutions.regionalBodies(capital, regional)) {
            UUID parent = draft.parent() == Parent.GOVERNMENT ? government : null;
            UUID id = add(draft, capital, parent);
            if (government == null) {
                government = id;
            } else {
                ministries.putIfAbsent(draft.sector(), id);
            }
        }

        int[] quotas = quotas(total - regional);
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            var catalogue = new Institutions(place, random);
            UUID administration = null;
            UUID educationDepartment = null;
            List<Draft> singletons = catalogue.singletons();
            for (int n = 0; n < quotas[i]; n++) {
                Draft draft = n < singletons.size() ? singletons.get(n) : catalogue.next();
                UUID parent = switch (draft.parent()) {
                    case NONE -> null;
                    case ADMINISTRATION -> administration;
                    case EDUCATION_DEPARTMENT -> educationDepartment != null ? educationDepartment : administration;
                    case GOVERNMENT -> government;
                    case MINISTRY -> ministries.get(draft.sector());
                };
                UUID id = add(draft, place, parent);
                if (n == 0) {
                    administration = id;
                } else if ("LOCAL_GOVERNMENT".equals(draft.kind())
                        && "EDUCATION".equals(draft.sector())
                        && educationDepartment == null) {
                    educationDepartment = id;
                }
            }
        }

        for (int i = 0; i < pending.size(); i++) {
            Pending organization = pending.get(i);
            pending.set(i, null);
            if (addAccounts(organization) && "ACTIVE".equals(organization.status())) {
                if (firstWithAccount == null) {
                    firstWithAccount = organization.id();
                }
                if (organization.administration() && firstAdministrationWithAccount == null) {
                    firstAdministrationWithAccount = organization.id();
                }
            }
        }
        return users();
    }

    /** Splits the organizations between municipalities by weight (largest remainder), at least one each. */
    private int[] quotas(int count) {
        double totalWeight = places.stream().mapToDouble(p -> p.weight).sum();
        int[] quotas = new int[places.size()];
        double[] remainders = new double[places.size()];
        int assigned = 0;
        for (int i = 0; i < places.size(); i++) {
            double exact = count * places.get(i).weight / totalWeight;
            quotas[i] = Math.max(1, (int) Math.floor(exact));
            remainders[i] = exact - Math.floor(exact);
            assigned += quotas[i];
        }
        while (assigned < count) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            quotas[best]++;
            remainders[best] = -1;
            assigned++;
            if (java.util.Arrays.stream(remainders).allMatch(r -> r < 0)) {
                java.util.Arrays.fill(remainders, 0.5);
            }
        }
        return quotas;
    }

    private UUID add(Draft draft, Place place, UUID parent) {
        UUID id = uuid();
        boolean identified = random.nextInt(100) < 92;
        String inn = null;
        String ogrn = null;
        if (identified) {
            String office = taxOffice(place);
            int serial = taxSerials.merge(office, 1 + random.nextInt(9), Integer::sum) + 1000;
            String body = regionCode + office + pad(serial % 100_000, 5);
            inn = TaxIds.inn(body);
            int year = 2 + random.nextInt(21);
            ogrn = TaxIds.ogrn("1" + pad(year, 2) + body.substring(0, 4) + body.substring(4, 9));
        }
        boolean body = draft.kind().equals(Draft.REGIONAL_BODY) || draft.kind().equals(Draft.LOCAL_GOVERNMENT);
        String website = body || random.nextInt(100) < 85 ? website(draft) : null;
        String externalId = random.nextInt(100) < 60 ? regionCode + "-ORG-" + pad(++organizationExternalIds, 6) : null;
        String status = body || random.nextInt(100) >= 3 ? "ACTIVE" : "ARCHIVED";
        OffsetDateTime created = EPOCH.plusMinutes(random.nextInt(HISTORY_DAYS * 24 * 60 * 3 / 4));
        OffsetDateTime updated = later(created);
        sink.organization(new DemoData.Organization(
                id,
                draft.name(),
                draft.shortName(),
                draft.kind(),
                draft.sector(),
                place.municipality.id(),
                website,
                inn,
                ogrn,
                externalId,
                parent,
                status,
                created,
                updated));
        pending.add(new Pending(
                id,
                draft.shortName(),
                draft.slug(),
                status,
                created,
                "LOCAL_GOVERNMENT".equals(draft.kind()) && draft.name().startsWith("Администрация ")));
        if ("ACTIVE".equals(status)) {
            if (firstActive == null) {
                firstActive = id;
            }
            if (firstActiveSchool == null && draft.shortName().contains("СОШ")) {
                firstActiveSchool = id;
            }
        }
        return id;
    }

    private String taxOffice(Place place) {
        if (place.weight >= 10) {
            return String.valueOf(50 + random.nextInt(5));
        }
        return pad(places.indexOf(place) + 1, 2);
    }

    private String website(Draft draft) {
        if ("REGIONAL_BODY".equals(draft.kind())) {
            return "https://" + draft.slug() + ".gov.ru";
        }
        if (draft.gosweb()) {
            return "https://" + draft.slug() + "-r" + regionCode + ".gosuslugi.ru";
        }
        return "https://" + draft.slug() + ".ru";
    }

    /** Makes the organization's accounts; whether one of them is active. */
    private boolean addAccounts(Pending organization) {
        boolean active = false;
        String handle = handle(organization.slug());
        if (random.nextInt(100) < 92) {
            String url = random.nextInt(100) < 45
                    ? unique(() -> "https://vk.com/club" + (100_000_000 + random.nextInt(130_000_000)))
                    : uniqueHandle("https://vk.com/", handle);
            active |= account(organization, "VK", url, displayName(organization, false));
        }
        if (random.nextInt(100) < 50) {
            String url = random.nextInt(100) < 80
                    ? unique(() -> "https://ok.ru/group/" + (70_000_000_000_000L + (long) (random.nextDouble() * 1e12)))
                    : uniqueHandle("https://ok.ru/", handle.replace("_", ""));
            active |= account(organization, "OK", url, displayName(organization, false));
        }
        if (random.nextInt(100) < 40) {
            active |= account(
                    organization, "TELEGRAM", uniqueHandle("https://t.me/", handle), displayName(organization, true));
        }
        if (random.nextInt(100) < 12) {
            active |= account(
                    organization, "MAX", uniqueHandle("https://max.ru/", handle), displayName(organization, true));
        }
        if (random.nextInt(100) < 4) {
            String url = unique(() -> "https://rutube.ru/channel/" + (20_000_000 + random.nextInt(50_000_000)));
            active |= account(organization, "RUTUBE", url, displayName(organization, true));
        }
        if (random.nextInt(100) < 4) {
            active |= account(
                    organization, "DZEN", uniqueHandle("https://dzen.ru/", handle), displayName(organization, true));
        }
        return active;
    }

    /** Makes an account and hands it to the sink; whether it is active. */
    private boolean account(Pending organization, String platform, String url, String name) {
        boolean archived = "ARCHIVED".equals(organization.status()) || random.nextInt(100) < 3;
        String externalId = random.nextInt(100) < 35 ? regionCode + "-ACC-" + pad(++accountExternalIds, 7) : null;
        OffsetDateTime created = organization.createdAt().plusMinutes(random.nextInt(200 * 24 * 60));
        sink.account(new DemoData.Account(
                uuid(),
                organization.id(),
                platform,
                url,
                url,
                name,
                archived ? "ARCHIVED" : "ACTIVE",
                random.nextInt(100) < 95,
                externalId,
                created,
                later(created)));
        return !archived;
    }

    private String displayName(Pending organization, boolean channel) {
        String shortName = organization.shortName();
        int open = shortName.indexOf('«');
        boolean legalForm = open > 0
                && shortName.endsWith("»")
                && LEGAL_FORM.matcher(shortName.substring(0, open).strip()).matches();
        String own = legalForm ? shortName.substring(open + 1, shortName.length() - 1) : shortName;
        int roll = random.nextInt(100);
        if (roll < 45) {
            return shortName;
        }
        if (roll < 85) {
            return own;
        }
        return own + (channel ? " — официальный канал" : " — официальная страница");
    }

    /** A handle valid on VK, Telegram, MAX and Dzen: Latin letters, digits, single underscores, 5–32 characters. */
    private static String handle(String slug) {
        String handle = slug.replace('-', '_').replace('.', '_');
        if (handle.length() > 28) {
            handle = handle.substring(0, 28);
        }
        while (handle.endsWith("_")) {
            handle = handle.substring(0, handle.length() - 1);
        }
        if (handle.isEmpty() || !Character.isLetter(handle.charAt(0))) {
            handle = "org" + handle;
        }
        while (handle.length() < 5) {
            handle = handle + "_64";
        }
        return handle;
    }

    private String uniqueHandle(String prefix, String handle) {
        if (urls.add(prefix + handle)) {
            return prefix + handle;
        }
        for (int n = 2; ; n++) {
            String candidate = prefix + handle + n;
            if (urls.add(candidate)) {
                return candidate;
            }
        }
    }

    private String unique(java.util.function.Supplier<String> candidates) {
        while (true) {
            String url = candidates.get();
            if (urls.add(url)) {
                return url;
            }
        }
    }

    private List<DemoData.User> users() {
        UUID learnerOrganization = firstActiveSchool != null ? firstActiveSchool : firstActive;
        return List.of(
                user("admin@demo.bridge", "Смирнова Анна Сергеевна", null, "ADMIN"),
                user("coordinator@demo.bridge", "Кузнецов Дмитрий Игоревич", null, "COORDINATOR"),
                user("expert@demo.bridge", "Волкова Елена Андреевна", null, "EXPERT"),
                user("expert2@demo.bridge", "Морозов Алексей Викторович", null, "EXPERT"),
                user("expert3@demo.bridge", "Павлова Ольга Николаевна", null, "EXPERT"),
                user("expert4@demo.bridge", "Соколов Игорь Петрович", null, "EXPERT"),
                user("trainer@demo.bridge", "Лебедева Наталья Владимировна", null, "TRAINER"),
                user("learner@demo.bridge", "Орлов Сергей Михайлович", learnerOrganization, "LEARNER"),
                user(
                        "representative@demo.bridge",
                        "Фёдорова Марина Юрьевна",
                        // the organization the demo representative speaks for: the first active municipal
                        // administration with an active account, so that its accounts can be evaluated in the demo
                        // campaigns
                        firstAdministrationWithAccount != null ? firstAdministrationWithAccount : firstWithAccount,
                        "REPRESENTATIVE"));
    }

    private DemoData.User user(String email, String fullName, UUID organizationId, String role) {
        return new DemoData.User(uuid(), email, fullName, List.of(role), organizationId);
    }

    private OffsetDateTime later(OffsetDateTime created) {
        OffsetDateTime updated = created.plusMinutes(random.nextInt(120 * 24 * 60));
        OffsetDateTime end = EPOCH.plusDays(HISTORY_DAYS);
        return updated.isAfter(end) ? end : updated;
    }

    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String twoDigits(String code) {
        String digits = code == null ? "" : code.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return "00";
        }
        return digits.length() >= 2 ? digits.substring(0, 2) : "0" + digits;
    }
}
