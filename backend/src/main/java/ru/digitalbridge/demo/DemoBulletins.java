package ru.digitalbridge.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.BlockKind;
import ru.digitalbridge.bulletin.BulletinService;
import ru.digitalbridge.common.db.Sql;

/**
 * The demo's bulletin: one published issue per published demo campaign (oldest first, so they are № 1–3 of the series
 * {@code main}), each compiled from the campaign's rating, completed with an article, edited by the demo coordinator
 * and published by the demo administrator as reviewer, with the personal sections of every evaluated organisation and
 * the follow-up of the campaign before. Runs after the ratings; a campaign that already has an issue is skipped.
 */
@ApplicationScoped
public class DemoBulletins {
    static final String ADMIN = "admin@demo.bridge";
    static final String SERIES = "main";

    private final BulletinService bulletins;
    private final Sql db;

    DemoBulletins(BulletinService bulletins, Sql db) {
        this.bulletins = bulletins;
        this.db = db;
    }

    /** Publishes the demo issues; how many were published. */
    @ActivateRequestContext
    public int load() {
        List<UUID> campaigns = db.list(
                "select id from monitoring_published_campaign_view order by period, published_at, id",
                rs -> rs.getObject(1, UUID.class));
        Optional<UUID> editor = user(DemoRatings.COORDINATOR);
        Optional<UUID> reviewer = user(ADMIN);
        if (editor.isEmpty() || reviewer.isEmpty()) {
            return 0;
        }
        return load(campaigns, editor.get(), reviewer.get(), SERIES);
    }

    /** Publishes an issue of {@code series} for each campaign without one yet (oldest first); how many. */
    @ActivateRequestContext
    int load(List<UUID> campaigns, UUID editor, UUID reviewer, String series) {
        int published = 0;
        for (UUID campaign : campaigns) {
            boolean done = db.exists(
                    "select 1 from bulletin_published_revision_view where campaign_id = ? and series = ?",
                    campaign,
                    series);
            boolean rated = db.exists("select 1 from rating_published_snapshot_view where campaign_id = ?", campaign);
            if (done || !rated) {
                continue;
            }
            String period = db.one(
                            "select period from monitoring_published_campaign_view where id = ?",
                            rs -> rs.getString(1),
                            campaign)
                    .orElseThrow();
            LocalDate from = quarterStart(period);
            bulletins.publishCompiled(
                    editor,
                    reviewer,
                    series,
                    "Итоги мониторинга за " + period.replace("-Q", ", квартал "),
                    from,
                    from.plusMonths(3).minusDays(1),
                    campaign,
                    List.of(new Block(
                            "announcement",
                            BlockKind.ARTICLE,
                            "Анонс: следующий поток обучения",
                            "Приглашаем ответственных за официальные аккаунты на курс повышения квалификации"
                                    + " «Работа с обращениями граждан в социальных сетях».\n\n* 16 часов, онлайн;\n"
                                    + "* итоговый семинар — по окончании следующей кампании мониторинга.\n\n"
                                    + "Записаться можно у координатора проекта.",
                            null)));
            published++;
        }
        return published;
    }

    private Optional<UUID> user(String email) {
        return db.one(
                "select id from security_user_view where lower(email) = lower(?) and active",
                rs -> rs.getObject(1, UUID.class),
                email);
    }

    /** The first day of a period written as {@code 2023-Q1}; January 1 of the year for anything else. */
    static LocalDate quarterStart(String period) {
        try {
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = period.length() >= 7 && period.charAt(5) == 'Q' ? period.charAt(6) - '0' : 1;
            return LocalDate.of(year, 1 + 3 * (Math.max(1, Math.min(4, quarter)) - 1), 1);
        } catch (RuntimeException e) {
            return LocalDate.of(2000, 1, 1);
        }
    }
}
