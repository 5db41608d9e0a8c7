package ru.digitalbridge.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Direction;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.methodology.Scoring;
import ru.digitalbridge.monitoring.evaluations.AnswerTimes;

/**
 * Generates four quarterly monitoring campaigns (2022-Q3 … 2023-Q2) over a generated registry, scored by the
 * seeded methodology exactly as the product scores: applicability by {@code ScoringRule.appliesTo}, points by
 * {@code ScoringRule.points}, DERIVED figures by {@link AnswerTimes} from a generated citizen-question sample, the
 * index by {@link Scoring#index}. A pure function of its arguments: no database, and the clock is a parameter.
 *
 * <p>What it makes:
 *
 * <ul>
 *   <li>A panel of accounts (active accounts of active organizations, a seeded sample) of which about 90 % enter
 *       each campaign, so most accounts have a history; about {@value #ACCOUNTS_PER_CAMPAIGN} accounts per campaign
 *       at scale 1, proportionally more or fewer at other scales, never fewer than {@value #MIN_ACCOUNTS}. The
 *       accounts of the demo representative's and the demo learner's organizations are in every campaign, assigned
 *       to the first demo expert.
 *   <li>Each account has a latent quality that drifts between campaigns: about a third improve markedly, some
 *       decline a little, the rest stay level. Each criterion has its own difficulty, so the easy ones (contacts,
 *       description) are met far more often than the hard ones (moderation rules, the website's link back).
 *   <li>Experts: the demo experts, each knowing a share of the municipalities; accounts go to the least loaded
 *       expert who knows the municipality, or to the least loaded of all when that one is overloaded. A tenth of
 *       the accounts (rounded up) get a blind SECOND evaluation by another expert, who mostly agrees: the ambiguous
 *       criteria (operational news, the official name, moderation rules, answer quality) disagree more often.
 *   <li>2022-Q3 … 2023-Q1 are PUBLISHED (PRIMARY evaluations PUBLISHED with revision 1 and its snapshot, events
 *       assigned → submitted [→ returned → submitted] → approved or reconciled → published). 2023-Q2 is in REPLY:
 *       its PRIMARY evaluations APPROVED with the initial index set, the window opened three days before {@code
 *       now} and closing seven days after it; the representative has objected to four criteria of one
 *       evaluation (one accepted, one rejected, two open) and had one objection accepted in 2023-Q1.
 *   <li>2023-Q3 is in EVALUATION, assigned a week before {@code now}: evaluations not started, drafts, submitted,
 *       returned with a comment and approved, for every expert, the first demo expert with some of each.
 * </ul>
 *
 * Times are in Europe/Saratov (UTC+4). Published campaigns' work happens in the weeks after their quarter; the
 * REPLY campaign's work happens in the weeks before {@code now}.
 */
public final class DemoMonitoringGenerator {

    /** The seeded methodology «Цифровой мост — 2022» (V009). */
    public static final UUID METHODOLOGY = UUID.fromString("3e7d0000-0000-4000-8000-000000002022");

    static final int ACCOUNTS_PER_CAMPAIGN = 600;
    static final int MIN_ACCOUNTS = 12;
    static final double DOUBLE_SHARE = 0.1;
    static final int REPLY_DAYS = 10;
    static final ZoneId SARATOV = ZoneId.of("Europe/Saratov");

    private static final String[] PERIODS = {"2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"};
    /** The campaign in EVALUATION at {@code now}, after the published ones and the one in REPLY. */
    static final String CURRENT_PERIOD = "2023-Q3";
    /** How many evaluations of each kind (not started, draft, returned, submitted) the first demo expert gets. */
    static final int CURRENT_EACH = 3;

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final double IN_EACH_CAMPAIGN = 0.9;
    private static final String NO_ANSWERS = "В выборке нет ответов организации: оценивать нечего";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** How hard a criterion is to meet (0 easy … 1 hard); codes not listed are of middling difficulty. */
    private static final Map<String, Double> DIFFICULTY = Map.ofEntries(
            Map.entry("PROFILE.DESCRIPTION", 0.15),
            Map.entry("PROFILE.WEBSITE", 0.2),
            Map.entry("PROFILE.PHONE", 0.2),
            Map.entry("PROFILE.EMAIL", 0.35),
            Map.entry("PROFILE.ADDRESS", 0.3),
            Map.entry("PROFILE.HOURS", 0.45),
            Map.entry("PROFILE.HEAD_ACCOUNT", 0.55),
            Map.entry("PROFILE.VISUALS", 0.25),
            Map.entry("PROFILE.OFFICIAL_NAME", 0.3),
            Map.entry("PROFILE.GOS_MARK", 0.5),
            Map.entry("OPENNESS.WEBSITE_BACKLINK", 0.6),
            Map.entry("OPENNESS.COMMENTS_OPEN", 0.25),
            Map.entry("OPENNESS.MODERATION_RULES", 0.7),
            Map.entry("CONTENT.SERVICE_NEWS", 0.45),
            Map.entry("CONTENT.SCHOOL_MEALS", 0.35),
            Map.entry("CONTENT.PLAYBILL", 0.2),
            Map.entry("CONTENT.DOCTORS_SCHEDULE", 0.45),
            Map.entry("SECURITY.NO_ADS", 0.05));

    /** How often a second expert reads a criterion differently; the rest disagree rarely. */
    private static final Map<String, Double> AMBIGUITY = Map.of(
            "CONTENT.SERVICE_NEWS", 0.25,
            "PROFILE.OFFICIAL_NAME", 0.2,
            "OPENNESS.MODERATION_RULES", 0.2,
            "PROFILE.VISUALS", 0.15,
            "FEEDBACK.ANSWER_QUALITY", 0.25);

    private final Random random;
    private final List<CriterionDefinition> criteria;
    private final OffsetDateTime now;
    private final Map<UUID, DemoData.Organization> organizations = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final List<DemoData.User> experts = new ArrayList<>();
    private DemoData.User coordinator;
    private DemoData.User representative;

    private final List<DemoMonitoring.Campaign> campaigns = new ArrayList<>();
    private final List<DemoMonitoring.CampaignAccount> campaignAccounts = new ArrayList<>();
    private final List<DemoMonitoring.CampaignExpert> campaignExperts = new ArrayList<>();
    private final Spool<DemoMonitoring.Evaluation> evaluations = new Spool<>(DemoMonitoring.Evaluation.class);
    private final Spool<DemoMonitoring.Answer> answers = new Spool<>(DemoMonitoring.Answer.class);
    private final Spool<DemoMonitoring.Question> questions = new Spool<>(DemoMonitoring.Question.class);
    private final List<DemoMonitoring.Objection> objections = new ArrayList<>();
    private final Spool<DemoMonitoring.Event> events = new Spool<>(DemoMonitoring.Event.class);
    private final Spool<DemoMonitoring.Revision> revisions = new Spool<>(DemoMonitoring.Revision.class);

    private DemoMonitoringGenerator(long seed, List<CriterionDefinition> criteria, OffsetDateTime now) {
        this.random = new Random(seed * 31 + 0x4D4F4E);
        this.criteria = List.copyOf(criteria);
        this.now = now.atZoneSameInstant(SARATOV).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES);
        for (CriterionDefinition criterion : criteria) {
            position.put(criterion.code(), position.size());
        }
    }

    /**
     * @param registry the generated registry (organizations and accounts as inserted)
     * @param users the demo users as they are in the database (their ids may differ from the generated ones when
     *     an e-mail was already taken); experts, the coordinator and the representative are found by role
     * @param criteria the criteria of {@link #METHODOLOGY} in position order
     * @param scale the registry's scale: about {@value #ACCOUNTS_PER_CAMPAIGN} × scale accounts per campaign
     * @param now the moment the REPLY window is open at
     */
    public static DemoMonitoring generate(
            DemoData registry,
            List<DemoData.User> users,
            List<CriterionDefinition> criteria,
            double scale,
            long seed,
            OffsetDateTime now) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("the methodology has no criteria");
        }
        return new DemoMonitoringGenerator(seed, criteria, now).run(registry, users, scale);
    }

    // ---------------------------------------------------------------------------------------------- campaigns

    private DemoMonitoring run(DemoData registry, List<DemoData.User> users, double scale) {
        registry.organizations().forEach(o -> organizations.put(o.id(), o));
        for (DemoData.User user : users) {
            if (user.roles().contains("EXPERT")) {
                experts.add(user);
            } else if (user.roles().contains("COORDINATOR") && coordinator == null) {
                coordinator = user;
            } else if (user.roles().contains("REPRESENTATIVE") && representative == null) {
                representative = user;
            }
        }
        if (experts.isEmpty() || coordinator == null) {
            return result();
        }

        List<DemoData.Account> eligible = registry.accounts().stream()
                .filter(a -> "ACTIVE".equals(a.status()))
                .filter(a ->
                        "ACTIVE".equals(organizations.get(a.organizationId()).status()))
                .toList();
        int target = (int) Math.min(eligible.size(), Math.max(MIN_ACCOUNTS, Math.round(ACCOUNTS_PER_CAMPAIGN * scale)));
        List<DemoData.Account> shuffled = new ArrayList<>(eligible);
        Collections.shuffle(shuffled, random);
        List<DemoData.Account> panel =
                shuffled.subList(0, (int) Math.min(shuffled.size(), Math.ceil(target / IN_EACH_CAMPAIGN)));

        Set<UUID> forcedOrganizations = new LinkedHashSet<>();
        if (representative != null && representative.organizationId() != null) {
            forcedOrganizations.add(representative.organizationId());
        }
        users.stream()
                .filter(u -> u.roles().contains("LEARNER") && u.organizationId() != null)
                .forEach(u -> forcedOrganizations.add(u.organizationId()));
        List<DemoData.Account> forced = eligible.stream()
                .filter(a -> forcedOrganizations.contains(a.organizationId()))
                .toList();

        Map<UUID, Profile> profiles = new LinkedHashMap<>();
        for (DemoData.Account account : panel) {
            profiles.put(account.id(), profile(account));
        }
        for (DemoData.Account account : forced) {
            profiles.computeIfAbsent(account.id(), id -> profile(account));
        }
        Set<UUID> forcedIds = new HashSet<>();
        forced.forEach(a -> forcedIds.add(a.id()));
        DemoData.Account objected = forced.stream()
                .filter(a -> representative != null && a.organizationId().equals(representative.organizationId()))
                .findFirst()
                .orElse(null);

        List<List<UUID>> knows = municipalitiesByExpert(registry);
        for (int k = 0; k < PERIODS.length; k++) {
            List<DemoData.Account> members = new ArrayList<>();
            for (DemoData.Account account : panel) {
                if (random.nextDouble() < IN_EACH_CAMPAIGN || forcedIds.contains(account.id())) {
                    members.add(account);
                }
            }
            for (DemoData.Account account : forced) {
                if (!members.contains(account)) {
                    members.add(account);
                }
            }
            campaign(k, members, profiles, forcedIds, objected, knows);
        }
        List<DemoData.Account> current = new ArrayList<>();
        for (DemoData.Account account : panel) {
            if (random.nextDouble() < IN_EACH_CAMPAIGN || forcedIds.contains(account.id())) {
                current.add(account);
            }
        }
        forced.stream().filter(a -> !current.contains(a)).forEach(current::add);
        currentCampaign(current, profiles, forcedIds, knows);
        return result();
    }

    private DemoMonitoring result() {
        return new DemoMonitoring(
                List.copyOf(campaigns),
                List.copyOf(campaignAccounts),
                List.copyOf(campaignExperts),
                evaluations,
                answers,
                questions,
                List.copyOf(objections),
                events,
                revisions);
    }

    /** The municipalities each expert knows: the region's municipalities dealt round-robin. */
    private List<List<UUID>> municipalitiesByExpert(DemoData registry) {
        Set<UUID> municipalities = new LinkedHashSet<>();
        registry.organizations().forEach(o -> municipalities.add(o.municipalityId()));
        List<List<UUID>> knows = new ArrayList<>();
        experts.forEach(e -> knows.add(new ArrayList<>()));
        int n = 0;
        for (UUID municipality : municipalities) {
            knows.get(n++ % experts.size()).add(municipality);
        }
        return knows;
    }

    /** The timetable of one campaign. */
    private record Timetable(
            OffsetDateTime createdAt,
            OffsetDateTime assignedAt,
            LocalDate evaluationDeadline,
            LocalDate reviewDeadline,
            OffsetDateTime replyOpenedAt,
            OffsetDateTime replyClosesAt,
            OffsetDateTime publishedAt,
            LocalDate quarterStart,
            LocalDate quarterEnd) {}

    private Timetable timetable(int k) {
        LocalDate start = LocalDate.of(2022, 7, 1).plusMonths(3L * k);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (k < PERIODS.length - 1) {
            OffsetDateTime opened = at(end.plusDays(36), 10, 0);
            return new Timetable(
                    at(end.minusDays(7), 10, 0),
                    at(end.plusDays(1), 11, 0),
                    end.plusDays(25),
                    end.plusDays(35),
                    opened,
                    opened.plusDays(REPLY_DAYS),
                    at(end.plusDays(50), 12, 0),
                    start,
                    end);
        }
        OffsetDateTime opened = now.minusDays(3);
        return new Timetable(
                now.minusDays(40),
                now.minusDays(38),
                now.minusDays(8).toLocalDate(),
                now.minusDays(4).toLocalDate(),
                opened,
                opened.plusDays(REPLY_DAYS),
                null,
                start,
                end);
    }

    private void campaign(
            int k,
            List<DemoData.Account> members,
            Map<UUID, Profile> profiles,
            Set<UUID> forced,
            DemoData.Account objected,
            List<List<UUID>> knows) {
        boolean published = k < PERIODS.length - 1;
        Timetable time = timetable(k);
        UUID campaignId = uuid();
        int quarter = Integer.parseInt(PERIODS[k].substring(6));
        campaigns.add(new DemoMonitoring.Campaign(
                campaignId,
                "Мониторинг официальных аккаунтов: " + QUARTERS[quarter - 1] + " квартал " + PERIODS[k].substring(0, 4)
                        + " г.",
                PERIODS[k],
                METHODOLOGY,
                published ? "PUBLISHED" : "REPLY",
                time.evaluationDeadline(),
                time.reviewDeadline(),
                REPLY_DAYS,
                time.replyOpenedAt(),
                time.replyClosesAt(),
                time.publishedAt(),
                coordinator.email(),
                time.createdAt(),
                published ? time.publishedAt() : time.replyOpenedAt()));
        for (int e = 0; e < experts.size(); e++) {
            campaignExperts.add(
                    new DemoMonitoring.CampaignExpert(campaignId, experts.get(e).id(), List.copyOf(knows.get(e))));
        }

        int[] load = new int[experts.size()];
        List<Integer> assignedTo = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            DemoData.Account account = members.get(i);
            campaignAccounts.add(new DemoMonitoring.CampaignAccount(campaignId, account.id()));
            int expert = forced.contains(account.id()) ? 0 : balanced(account, knows, load, i);
            load[expert]++;
            assignedTo.add(expert);
        }
        Set<UUID> doubled = new HashSet<>();
        if (experts.size() > 1) {
            List<DemoData.Account> candidates = new ArrayList<>(
                    members.stream().filter(a -> !forced.contains(a.id())).toList());
            Collections.shuffle(candidates, random);
            int doubles = (int) Math.min(candidates.size(), Math.ceil(DOUBLE_SHARE * members.size()));
            candidates.subList(0, doubles).forEach(a -> doubled.add(a.id()));
        }

        for (int i = 0; i < members.size(); i++) {
            DemoData.Account account = members.get(i);
            Profile profile = profiles.get(account.id());
            double quality = profile.quality(k);
            DemoData.User expert = experts.get(assignedTo.get(i));
            Sheet primary = sheet(account, profile, quality, k, time);
            if (objected != null && account.id().equals(objected.id())) {
                lowerForObjections(primary, k);
            }
            Sheet second = null;
            DemoData.User secondExpert = null;
            if (doubled.contains(account.id())) {
                int other = (assignedTo.get(i) + 1 + random.nextInt(experts.size() - 1)) % experts.size();
                secondExpert = experts.get(other);
                second = disagree(primary);
            }
            boolean objectedHere = objected != null && account.id().equals(objected.id());
            evaluation(campaignId, k, time, account, expert, primary, secondExpert, second, objectedHere);
        }
    }

    /**
     * The campaign of the quarter after the published ones, in EVALUATION: assigned a week before {@code now}, its
     * deadline nine days after. Every expert has work in every state: not started, a draft with the first criteria
     * filled, submitted, returned with a comment, approved. The first demo expert (expert@demo.bridge) is dealt at
     * least {@value #CURRENT_EACH} of the first four kinds before the rest is dealt by chance. No blind doubles.
     */
    private void currentCampaign(
            List<DemoData.Account> members, Map<UUID, Profile> profiles, Set<UUID> forced, List<List<UUID>> knows) {
        int k = PERIODS.length;
        LocalDate start = LocalDate.of(2022, 7, 1).plusMonths(3L * k);
        LocalDate end = start.plusMonths(3).minusDays(1);
        OffsetDateTime assignedAt = now.minusDays(7);
        Timetable time = new Timetable(
                now.minusDays(9),
                assignedAt,
                now.plusDays(9).toLocalDate(),
                now.plusDays(16).toLocalDate(),
                null,
                null,
                null,
                start,
                end);
        UUID campaignId = uuid();
        campaigns.add(new DemoMonitoring.Campaign(
                campaignId,
                "Мониторинг официальных аккаунтов: " + QUARTERS[2] + " квартал " + CURRENT_PERIOD.substring(0, 4)
                        + " г.",
                CURRENT_PERIOD,
                METHODOLOGY,
                "EVALUATION",
                time.evaluationDeadline(),
                time.reviewDeadline(),
                REPLY_DAYS,
                null,
                null,
                null,
                coordinator.email(),
                time.createdAt(),
                assignedAt));
        for (int e = 0; e < experts.size(); e++) {
            campaignExperts.add(
                    new DemoMonitoring.CampaignExpert(campaignId, experts.get(e).id(), List.copyOf(knows.get(e))));
        }
        int[] load = new int[experts.size()];
        int[] dealtToFirst = new int[Work.values().length];
        for (int i = 0; i < members.size(); i++) {
            DemoData.Account account = members.get(i);
            campaignAccounts.add(new DemoMonitoring.CampaignAccount(campaignId, account.id()));
            int expert = forced.contains(account.id()) ? 0 : balanced(account, knows, load, i);
            load[expert]++;
            Work work = null;
            if (expert == 0) {
                for (Work kind : List.of(Work.NOT_STARTED, Work.DRAFT, Work.RETURNED, Work.SUBMITTED)) {
                    if (dealtToFirst[kind.ordinal()] < CURRENT_EACH) {
                        work = kind;
                        break;
                    }
                }
            }
            if (work == null) {
                int roll = random.nextInt(100);
                work = roll < 30
                        ? Work.NOT_STARTED
                        : roll < 55
                                ? Work.DRAFT
                                : roll < 80 ? Work.SUBMITTED : roll < 88 ? Work.RETURNED : Work.APPROVED;
            }
            if (expert == 0) {
                dealtToFirst[work.ordinal()]++;
            }
            Profile profile = profiles.computeIfAbsent(account.id(), id -> profile(account));
            Sheet sheet = sheet(account, profile, profile.quality(k), k, time);
            currentEvaluation(campaignId, time, account, experts.get(expert), sheet, work);
        }
    }

    /** Where an evaluation of the current campaign is. */
    private enum Work {
        NOT_STARTED,
        DRAFT,
        SUBMITTED,
        RETURNED,
        APPROVED
    }

    private void currentEvaluation(
            UUID campaignId, Timetable time, DemoData.Account account, DemoData.User expert, Sheet sheet, Work work) {
        UUID id = uuid();
        OffsetDateTime assigned = time.assignedAt();
        List<DemoMonitoring.Event> history = new ArrayList<>();
        history.add(event(id, assigned, coordinator, "assigned", null, null, null, "{}"));
        if (work == Work.NOT_STARTED) {
            evaluations.add(
                    currentRow(id, campaignId, account, expert, "DRAFT", null, null, null, null, null, assigned));
            events.addAll(history);
            return;
        }
        OffsetDateTime started = assigned.plusMinutes(60 + random.nextInt(4 * 24 * 60));
        if (work == Work.DRAFT) {
            // the expert has filled the first criteria of the form, without the question sample yet
            Scored full = score(id, account, sheet);
            int filled = 3 + random.nextInt(Math.max(1, criteria.size() / 2));
            List<Scoring.Scored> counted = new ArrayList<>();
            for (int i = 0; i < Math.min(filled, criteria.size()); i++) {
                CriterionDefinition criterion = criteria.get(i);
                DemoMonitoring.Answer answer = full.answers().get(i);
                if (criterion.type() == CriterionType.DERIVED) {
                    continue;
                }
                answers.add(answer);
                if (answer.points() != null) {
                    counted.add(new Scoring.Scored(criterion.weight(), answer.points(), answer.maxPoints()));
                }
            }
            OffsetDateTime saved = started.plusMinutes(20 + random.nextInt(90));
            evaluations.add(currentRow(
                    id,
                    campaignId,
                    account,
                    expert,
                    "DRAFT",
                    Scoring.index(counted),
                    started,
                    null,
                    null,
                    null,
                    saved));
            events.addAll(history);
            return;
        }
        Scored scored = score(id, account, sheet);
        OffsetDateTime submitted = started.plusMinutes(30 + random.nextInt(24 * 60));
        history.add(event(id, submitted, expert, "submitted", null, null, scored.index(), "{}"));
        String status = "SUBMITTED";
        String comment = null;
        OffsetDateTime approved = null;
        OffsetDateTime updated = submitted;
        if (work == Work.RETURNED) {
            status = "RETURNED";
            comment = "Проверьте критерии раздела «Обратная связь»: в выборке должны быть вопросы за весь квартал,"
                    + " и приложите ссылки-доказательства к ответам «нет».";
            updated = submitted.plusHours(4 + random.nextInt(20));
            history.add(event(id, updated, coordinator, "returned", comment, null, null, "{}"));
        } else if (work == Work.APPROVED) {
            status = "APPROVED";
            approved = submitted.plusHours(2 + random.nextInt(30));
            updated = approved;
            history.add(event(id, approved, coordinator, "approved", null, null, scored.index(), "{}"));
        }
        if (updated.isAfter(now)) {
            updated = now.minusMinutes(5);
        }
        evaluations.add(currentRow(
                id,
                campaignId,
                account,
                expert,
                status,
                scored.index(),
                started,
                submitted,
                approved,
                comment,
                updated));
        answers.addAll(scored.answers());
        questions.addAll(questionRows(id, sheet, submitted));
        events.addAll(history);
    }

    private DemoMonitoring.Evaluation currentRow(
            UUID id,
            UUID campaignId,
            DemoData.Account account,
            DemoData.User expert,
            String status,
            BigDecimal index,
            OffsetDateTime started,
            OffsetDateTime submitted,
            OffsetDateTime approved,
            String comment,
            OffsetDateTime updated) {
        return new DemoMonitoring.Evaluation(
                id,
                campaignId,
                account.id(),
                expert.id(),
                "PRIMARY",
                status,
                index,
                null,
                null,
                0,
                comment,
                false,
                started,
                submitted,
                approved,
                null,
                now.minusDays(7),
                updated);
    }

    private int balanced(DemoData.Account account, List<List<UUID>> knows, int[] load, int assignedSoFar) {
        UUID municipality = organizations.get(account.organizationId()).municipalityId();
        int best = -1;
        for (int e = 0; e < experts.size(); e++) {
            if (knows.get(e).contains(municipality) && (best < 0 || load[e] < load[best])) {
                best = e;
            }
        }
        double fair = (double) assignedSoFar / experts.size();
        if (best < 0 || load[best] > fair * 1.25 + 2) {
            best = 0;
            for (int e = 1; e < experts.size(); e++) {
                if (load[e] < load[best]) {
                    best = e;
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------- evaluations

    private void evaluation(
            UUID campaignId,
            int k,
            Timetable time,
            DemoData.Account account,
            DemoData.User expert,
            Sheet primarySheet,
            DemoData.User secondExpert,
            Sheet secondSheet,
            boolean objected) {
        boolean published = k < PERIODS.length - 1;
        UUID id = uuid();
        Scored scored = score(id, account, primarySheet);
        OffsetDateTime started = time.assignedAt().plusMinutes(random.nextInt(18 * 24 * 60));
        OffsetDateTime submitted = started.plusMinutes(30 + random.nextInt(3 * 24 * 60));
        List<DemoMonitoring.Event> history = new ArrayList<>();
        history.add(event(id, time.assignedAt(), coordinator, "assigned", null, null, null, "{}"));
        String reviewComment = null;
        if (random.nextInt(100) < 5) {
            history.add(event(id, submitted, expert, "submitted", null, null, scored.index(), "{}"));
            reviewComment = "Добавьте ссылки-доказательства к критериям, отмеченным «нет», и проверьте выборку"
                    + " вопросов: в ней должны быть вопросы за весь квартал.";
            OffsetDateTime returned = submitted.plusHours(20 + random.nextInt(8));
            history.add(event(id, returned, coordinator, "returned", reviewComment, null, null, "{}"));
            submitted = returned.plusHours(18 + random.nextInt(12));
        }
        history.add(event(id, submitted, expert, "submitted", null, null, scored.index(), "{}"));

        UUID secondId = null;
        boolean reconciled = false;
        Scored secondScored = null;
        OffsetDateTime secondSubmitted = null;
        if (secondSheet != null) {
            secondId = uuid();
            secondScored = score(secondId, account, secondSheet);
            secondSubmitted = time.assignedAt().plusMinutes(random.nextInt(21 * 24 * 60));
            reconciled = published || random.nextInt(100) < 60;
        }
        OffsetDateTime approved = submitted.plusMinutes(120 + random.nextInt(5 * 24 * 60));
        if (secondSubmitted != null && approved.isBefore(secondSubmitted)) {
            approved = secondSubmitted.plusHours(2);
        }
        if (reconciled) {
            history.add(event(
                    id,
                    approved,
                    coordinator,
                    "reconciled",
                    "Расхождения разобраны с обоими экспертами; приняты значения основной оценки",
                    scored.index(),
                    scored.index(),
                    "{}"));
        } else {
            history.add(event(id, approved, coordinator, "approved", null, null, scored.index(), "{}"));
        }

        BigDecimal initial = scored.index();
        if (objected) {
            scored = objections(id, account, primarySheet, scored, k, time, expert, history);
        }
        OffsetDateTime publishedAt = time.publishedAt();
        if (published) {
            history.add(event(id, publishedAt, coordinator, "published", null, null, scored.index(), "{}"));
            revisions.add(new DemoMonitoring.Revision(
                    id,
                    1,
                    publishedAt,
                    coordinator.id(),
                    coordinator.fullName(),
                    null,
                    scored.index(),
                    snapshot(scored)));
        }
        OffsetDateTime updated = history.get(history.size() - 1).at();
        evaluations.add(new DemoMonitoring.Evaluation(
                id,
                campaignId,
                account.id(),
                expert.id(),
                "PRIMARY",
                published ? "PUBLISHED" : "APPROVED",
                scored.index(),
                initial,
                published ? scored.index() : null,
                published ? 1 : 0,
                reviewComment,
                reconciled,
                started,
                submitted,
                approved,
                publishedAt,
                time.assignedAt(),
                updated));
        answers.addAll(scored.answers());
        questions.addAll(questionRows(id, primarySheet, submitted));
        events.addAll(history);

        if (secondSheet != null) {
            OffsetDateTime secondStarted = secondSubmitted.minusMinutes(30 + random.nextInt(24 * 60));
            if (secondStarted.isBefore(time.assignedAt())) {
                secondStarted = time.assignedAt();
            }
            evaluations.add(new DemoMonitoring.Evaluation(
                    secondId,
                    campaignId,
                    account.id(),
                    secondExpert.id(),
                    "SECOND",
                    // reconciling or publishing settles the second evaluation (as EvaluationService and
                    // CampaignService do), so a published campaign keeps none waiting for review
                    reconciled || published ? "APPROVED" : "SUBMITTED",
                    secondScored.index(),
                    null,
                    null,
                    0,
                    null,
                    reconciled,
                    secondStarted,
                    secondSubmitted,
                    reconciled || published ? approved : null,
                    null,
                    time.assignedAt(),
                    secondSubmitted));
            answers.addAll(secondScored.answers());
            questions.addAll(questionRows(secondId, secondSheet, secondSubmitted));
            events.add(event(secondId, time.assignedAt(), coordinator, "assigned", null, null, null, "{}"));
            events.add(event(
                    secondId, secondSubmitted, secondExpert, "submitted", null, null, secondScored.index(), "{}"));
        }
    }

    private DemoMonitoring.Event event(
            UUID evaluationId,
            OffsetDateTime at,
            DemoData.User actor,
            String action,
            String reason,
            BigDecimal before,
            BigDecimal after,
            String detail) {
        return new DemoMonitoring.Event(
                evaluationId, at, actor.id(), actor.fullName(), action, reason, before, after, detail);
    }

    // ---------------------------------------------------------------------------------------------- objections

    /** One objection the representative raises: on which criterion, what they say, and how it ends. */
    private record Claim(String code, String comment, boolean withPost, String status, String resolution) {}

    private static List<Claim> claims(int k) {
        if (k == PERIODS.length - 2) {
            return List.of(new Claim(
                    "PROFILE.WEBSITE",
                    "Ссылка на официальный сайт размещена в блоке «Ссылки» справа от ленты, а не в описании."
                            + " Просим пересмотреть оценку.",
                    false,
                    "ACCEPTED",
                    "Ссылка есть в блоке ссылок и открывается; критерий засчитан."));
        }
        if (k != PERIODS.length - 1) {
            return List.of();
        }
        return List.of(
                new Claim(
                        "PROFILE.HOURS",
                        "Режим работы опубликован в закреплённом посте: пн–пт 8:00–17:00, обед 12:00–13:00,"
                                + " приём граждан по вторникам.",
                        true,
                        "ACCEPTED",
                        "Закреплённый пост с режимом работы найден; оценка изменена."),
                new Claim(
                        "OPENNESS.MODERATION_RULES",
                        "Правила модерации опубликованы на официальном сайте администрации в разделе «Обращения"
                                + " граждан».",
                        false,
                        "REJECTED",
                        "Методика требует публикации правил на самой странице (закреплённый пост, описание или"
                                + " статья); ссылка на сайт не заменяет правила на странице."),
                new Claim(
                        "CONTENT.SERVICE_NEWS",
                        "О плановом отключении воды сообщали заранее отдельным постом и повторили в день"
                                + " отключения; прикладываем ссылку.",
                        true,
                        "OPEN",
                        null),
                new Claim(
                        "PROFILE.EMAIL",
                        "Адрес электронной почты приёмной указан в разделе «Контакты» сообщества.",
                        false,
                        "OPEN",
                        null));
    }

    /** Makes sure the criteria the representative will object to are below their maximum. */
    private void lowerForObjections(Sheet sheet, int k) {
        for (Claim claim : claims(k)) {
            Integer i = position.get(claim.code());
            if (i != null && criteria.get(i).type() == CriterionType.BOOLEAN && sheet.values[i] != null) {
                sheet.values[i] = BigDecimal.ZERO;
            }
        }
    }

    private Scored objections(
            UUID evaluationId,
            DemoData.Account account,
            Sheet sheet,
            Scored scored,
            int k,
            Timetable time,
            DemoData.User expert,
            List<DemoMonitoring.Event> history) {
        OffsetDateTime at = time.replyOpenedAt().plusHours(5);
        for (Claim claim : claims(k)) {
            Integer i = position.get(claim.code());
            if (i == null || sheet.values[i] == null || representative == null) {
                continue;
            }
            CriterionDefinition criterion = criteria.get(i);
            OffsetDateTime created = at;
            at = at.plusHours(7);
            OffsetDateTime resolved = "OPEN".equals(claim.status()) ? null : created.plusHours(4 + random.nextInt(10));
            BigDecimal previous = sheet.values[i];
            BigDecimal next = null;
            if ("ACCEPTED".equals(claim.status())) {
                next = BigDecimal.ONE;
                sheet.values[i] = next;
                BigDecimal before = scored.index();
                scored = score(evaluationId, account, sheet);
                history.add(event(
                        evaluationId,
                        resolved,
                        expert,
                        "objection-accepted",
                        claim.resolution(),
                        before,
                        scored.index(),
                        "{\"criterionId\":\"" + criterion.id() + "\"}"));
            } else if ("REJECTED".equals(claim.status())) {
                history.add(event(
                        evaluationId,
                        resolved,
                        expert,
                        "objection-rejected",
                        claim.resolution(),
                        scored.index(),
                        scored.index(),
                        "{\"criterionId\":\"" + criterion.id() + "\"}"));
            }
            objections.add(new DemoMonitoring.Objection(
                    uuid(),
                    evaluationId,
                    criterion.id(),
                    representative.organizationId(),
                    representative.id(),
                    claim.comment(),
                    claim.withPost() ? postUrl(account, 1000 + random.nextInt(9000)) : account.url(),
                    claim.status(),
                    claim.resolution(),
                    "OPEN".equals(claim.status()) ? null : previous,
                    next,
                    resolved == null ? null : expert.id(),
                    resolved,
                    created));
        }
        history.sort((a, b) -> a.at().compareTo(b.at()));
        return scored;
    }

    // ---------------------------------------------------------------------------------------------- answers

    /** An account's latent quality: a start and a drift per campaign, and its fixed leaning on every criterion. */
    private record Profile(double start, double drift, double[] noise, double[] leaning) {
        double quality(int k) {
            double wobble = k < noise.length ? noise[k] : 0;
            return Math.max(0.02, Math.min(0.98, start + drift * k + wobble));
        }
    }

    private Profile profile(DemoData.Account account) {
        DemoData.Organization organization = organizations.get(account.organizationId());
        double start = (random.nextDouble() + random.nextDouble()) / 2;
        start += switch (organization.kind()) {
            case "REGIONAL_BODY" -> 0.15;
            case "LOCAL_GOVERNMENT" -> 0.08;
            default -> 0;
        };
        int trend = random.nextInt(100);
        double drift =
                trend < 35 ? 0.08 + random.nextDouble() * 0.12 : trend < 45 ? -(0.02 + random.nextDouble() * 0.05) : 0;
        double[] noise = new double[PERIODS.length];
        for (int k = 0; k < noise.length; k++) {
            noise[k] = (random.nextDouble() - 0.5) * 0.08;
        }
        double[] leaning = new double[criteria.size()];
        for (int i = 0; i < leaning.length; i++) {
            leaning[i] = random.nextDouble();
        }
        return new Profile(start, drift, noise, leaning);
    }

    /** What an expert entered: a value or an N/A reason per criterion, and the question sample. */
    private static final class Sheet {
        final BigDecimal[] values;
        final String[] naReasons;
        final List<AnswerTimes.Question> sample;
        final List<Integer> qualities;
        final List<String> urls;

        Sheet(int size) {
            values = new BigDecimal[size];
            naReasons = new String[size];
            sample = new ArrayList<>();
            qualities = new ArrayList<>();
            urls = new ArrayList<>();
        }

        Sheet copy() {
            Sheet copy = new Sheet(values.length);
            System.arraycopy(values, 0, copy.values, 0, values.length);
            System.arraycopy(naReasons, 0, copy.naReasons, 0, naReasons.length);
            copy.sample.addAll(sample);
            copy.qualities.addAll(qualities);
            copy.urls.addAll(urls);
            return copy;
        }
    }

    private Sheet sheet(DemoData.Account account, Profile profile, double quality, int k, Timetable time) {
        DemoData.Organization organization = organizations.get(account.organizationId());
        Sheet sheet = new Sheet(criteria.size());
        boolean commentsOpen = true;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition criterion = criteria.get(i);
            if (!applies(criterion, account, organization)) {
                continue;
            }
            double leaning = profile.leaning()[i];
            switch (criterion.type()) {
                case BOOLEAN -> {
                    double difficulty = DIFFICULTY.getOrDefault(criterion.code(), 0.45);
                    double margin = quality - difficulty + (leaning - 0.5) * 0.6 + (random.nextDouble() - 0.5) * 0.1;
                    sheet.values[i] = margin > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                    if (criterion.code().equals("OPENNESS.COMMENTS_OPEN")) {
                        commentsOpen = margin > 0;
                    }
                }
                case NUMERIC -> sheet.values[i] = measured(criterion, quality, leaning);
                case SCALE, DERIVED -> {
                    // from the question sample, below
                }
            }
        }
        int count = commentsOpen ? 5 + random.nextInt(11) : random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(4);
        double answerChance = 0.4 + 0.55 * quality;
        double medianHours = 2 * Math.pow(40, 1 - quality);
        long quarterMinutes = ChronoUnit.MINUTES.between(
                time.quarterStart().atStartOfDay(),
                time.quarterEnd().plusDays(1).atStartOfDay());
        List<OffsetDateTime> asked = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            long minute = (long) (random.nextDouble() * quarterMinutes);
            OffsetDateTime when = at(time.quarterStart(), 0, 0).plusMinutes(minute);
            if (when.getHour() < 7) {
                when = when.plusHours(8);
            }
            asked.add(when);
        }
        asked.sort(null);
        for (OffsetDateTime when : asked) {
            OffsetDateTime answered = null;
            Integer level = null;
            if (random.nextDouble() < answerChance) {
                double hours = Math.min(20 * 24, Math.max(0.1, medianHours * Math.exp(random.nextGaussian() * 0.9)));
                answered = when.plusMinutes(Math.round(hours * 60));
                level = (int) Math.max(0, Math.min(2, Math.round(quality * 2 + random.nextGaussian() * 0.6)));
            }
            sheet.sample.add(new AnswerTimes.Question(when, answered));
            sheet.qualities.add(level);
            sheet.urls.add(postUrl(account, 100 + random.nextInt(4900)));
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition criterion = criteria.get(i);
            if (criterion.type() == CriterionType.SCALE && applies(criterion, account, organization)) {
                sheet.values[i] = null;
                BigDecimal level = scaleFromSample(criterion, sheet);
                if (level == null) {
                    sheet.naReasons[i] = NO_ANSWERS;
                } else {
                    sheet.values[i] = level;
                }
            }
        }
        return sheet;
    }

    /** A SCALE criterion judged from the sample: the mean quality of the answers, as the nearest level value. */
    private static BigDecimal scaleFromSample(CriterionDefinition criterion, Sheet sheet) {
        List<Integer> given = sheet.qualities.stream().filter(q -> q != null).toList();
        if (given.isEmpty()) {
            return null;
        }
        double mean = given.stream().mapToInt(Integer::intValue).average().orElse(0);
        int best = criterion.rule().levels().get(0).value();
        for (var level : criterion.rule().levels()) {
            if (Math.abs(level.value() - mean) < Math.abs(best - mean)) {
                best = level.value();
            }
        }
        return BigDecimal.valueOf(best);
    }

    /** A NUMERIC measurement: posts a week, days of silence, or a value spread over the thresholds. */
    private BigDecimal measured(CriterionDefinition criterion, double quality, double leaning) {
        String code = criterion.code();
        double value;
        if (code.endsWith("POSTS_PER_WEEK")) {
            value = Math.max(0, 6 * quality - 0.5 + (leaning - 0.5) * 3 + random.nextGaussian() * 0.5);
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        }
        if (code.endsWith("MAX_SILENCE")) {
            value = Math.max(1, 45 * (1 - quality) - 5 + (leaning - 0.5) * 20 + random.nextGaussian() * 3);
            return BigDecimal.valueOf(Math.round(value));
        }
        double top = criterion.rule().thresholds().stream()
                .mapToDouble(t -> t.bound().doubleValue())
                .max()
                .orElse(10);
        boolean lower = criterion.rule().direction() == Direction.LOWER_IS_BETTER;
        double share = lower ? 1.5 * (1 - quality) : 1.5 * quality;
        return BigDecimal.valueOf(Math.max(0, top * share + (leaning - 0.5) * top * 0.3))
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** A blind second reading of the same account: mostly the same, sometimes a step off. */
    private Sheet disagree(Sheet primary) {
        Sheet second = primary.copy();
        if (second.sample.size() > 2 && random.nextInt(100) < 30) {
            int drop = random.nextInt(second.sample.size());
            second.sample.remove(drop);
            second.qualities.remove(drop);
            second.urls.remove(drop);
        }
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition criterion = criteria.get(i);
            BigDecimal value = second.values[i];
            boolean assessed = value != null || second.naReasons[i] != null;
            if (!assessed && criterion.type() != CriterionType.DERIVED) {
                continue;
            }
            double ambiguity = AMBIGUITY.getOrDefault(criterion.code(), 0.06);
            switch (criterion.type()) {
                case BOOLEAN -> {
                    if (random.nextDouble() < ambiguity) {
                        second.values[i] = value.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
                    }
                }
                case SCALE -> {
                    BigDecimal level = scaleFromSample(criterion, second);
                    second.values[i] = level;
                    second.naReasons[i] = level == null ? NO_ANSWERS : null;
                    if (level != null && random.nextDouble() < ambiguity) {
                        int max = criterion.rule().levels().stream()
                                .mapToInt(Level::value)
                                .max()
                                .orElse(0);
                        int v = level.intValue();
                        int step = v == 0 ? 1 : v == max ? -1 : random.nextBoolean() ? 1 : -1;
                        second.values[i] = BigDecimal.valueOf(v + step);
                    }
                }
                case NUMERIC -> {
                    if (random.nextDouble() < 0.4) {
                        BigDecimal delta = value.scale() > 0
                                ? BigDecimal.valueOf((random.nextInt(9) - 4) * 0.25)
                                        .setScale(1, RoundingMode.HALF_UP)
                                : BigDecimal.valueOf(random.nextInt(5) - 2);
                        second.values[i] = value.add(delta).max(BigDecimal.ZERO);
                    }
                }
                case DERIVED -> {
                    // recomputed from the second expert's own sample
                }
            }
        }
        return second;
    }

    private boolean applies(CriterionDefinition criterion, DemoData.Account account, DemoData.Organization o) {
        return criterion.rule().appliesTo(account.platform(), o.sector(), o.kind());
    }

    /** The answers of a sheet scored by the methodology, and the index over them. */
    private record Scored(List<DemoMonitoring.Answer> answers, BigDecimal index) {}

    private Scored score(UUID evaluationId, DemoData.Account account, Sheet sheet) {
        DemoData.Organization organization = organizations.get(account.organizationId());
        AnswerTimes times = AnswerTimes.of(sheet.sample);
        List<DemoMonitoring.Answer> out = new ArrayList<>();
        List<Scoring.Scored> scored = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition criterion = criteria.get(i);
            BigDecimal max = criterion.maxPoints();
            if (!applies(criterion, account, organization)) {
                out.add(new DemoMonitoring.Answer(
                        evaluationId, criterion.id(), null, true, null, null, max, null, null, null));
                continue;
            }
            BigDecimal value = criterion.type() == CriterionType.DERIVED
                    ? times.value(criterion.rule().metric())
                    : sheet.values[i];
            if (value == null) {
                out.add(new DemoMonitoring.Answer(
                        evaluationId, criterion.id(), null, true, sheet.naReasons[i], null, max, null, null, null));
                continue;
            }
            BigDecimal points = criterion.rule().points(value).orElseThrow();
            scored.add(new Scoring.Scored(criterion.weight(), points, max));
            boolean below = points.compareTo(max) < 0;
            out.add(new DemoMonitoring.Answer(
                    evaluationId,
                    criterion.id(),
                    value,
                    false,
                    null,
                    points,
                    max,
                    account.url(),
                    note(criterion, value, times),
                    below ? criterion.recommendation() : null));
        }
        return new Scored(out, Scoring.index(scored));
    }

    private static String note(CriterionDefinition criterion, BigDecimal value, AnswerTimes times) {
        return switch (criterion.type()) {
            case BOOLEAN -> value.signum() > 0 ? "Есть на странице" : "Не найдено на странице на дату проверки";
            case SCALE -> "Оценено по " + times.answered() + " ответам из выборки";
            case DERIVED -> "Рассчитано по выборке из " + times.questions() + " вопросов";
            case NUMERIC ->
                criterion.code().endsWith("MAX_SILENCE")
                        ? "Самый долгий перерыв в ленте за квартал"
                        : "Подсчитано по ленте за четыре недели до проверки";
        };
    }

    private List<DemoMonitoring.Question> questionRows(UUID evaluationId, Sheet sheet, OffsetDateTime recorded) {
        List<DemoMonitoring.Question> rows = new ArrayList<>();
        for (int n = 0; n < sheet.sample.size(); n++) {
            AnswerTimes.Question question = sheet.sample.get(n);
            Integer quality = sheet.qualities.get(n);
            rows.add(new DemoMonitoring.Question(
                    uuid(),
                    evaluationId,
                    sheet.urls.get(n),
                    question.askedAt(),
                    question.answeredAt(),
                    quality,
                    question.answeredAt() == null ? "Официального ответа нет на дату проверки" : null,
                    recorded.minusMinutes(sheet.sample.size() - n)));
        }
        return rows;
    }

    /** The revision snapshot: an array in criterion position order, in the format of the plan. */
    private String snapshot(Scored scored) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            DemoMonitoring.Answer answer = scored.answers().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterionId", answer.criterionId().toString());
            row.put("code", criteria.get(i).code());
            row.put("value", answer.value());
            row.put("notApplicable", answer.notApplicable());
            row.put("naReason", answer.naReason());
            row.put("points", answer.points());
            row.put("maxPoints", answer.maxPoints());
            row.put("evidenceUrl", answer.evidenceUrl());
            row.put("evidenceNote", answer.evidenceNote());
            row.put("recommendation", answer.recommendation());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** A link to a post of the account, in the form its platform uses. */
    private static String postUrl(DemoData.Account account, int post) {
        return switch (account.platform()) {
            case "TELEGRAM", "MAX" -> account.url() + "/" + post;
            case "VK" -> account.url() + "?w=wall-1_" + post;
            case "OK" -> account.url() + "/topic/" + post;
            default -> account.url() + "?post=" + post;
        };
    }

    private static OffsetDateTime at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SARATOV).toOffsetDateTime();
    }

    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
