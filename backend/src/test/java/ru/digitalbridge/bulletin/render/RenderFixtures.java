package ru.digitalbridge.bulletin.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.bulletin.Block;
import ru.digitalbridge.bulletin.BlockKind;
import ru.digitalbridge.bulletin.BulletinDocument;
import ru.digitalbridge.bulletin.PersonalSection;
import ru.digitalbridge.bulletin.PublishedIssue;

/** A published issue with the kinds of blocks the compiler proposes, made here (no database needed). */
final class RenderFixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final UUID ISSUE = UUID.fromString("0b7d2a8e-5a55-4d8e-8e0c-3f7e1f0a1b2c");

    private RenderFixtures() {}

    static JsonNode json(String s) {
        try {
            return MAPPER.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Block block(String id, BlockKind kind, String title, String markdown, String data) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> map = data == null ? null : MAPPER.convertValue(json(data), java.util.Map.class);
        return new Block(id, kind, title, markdown, map);
    }

    static PublishedIssue issue(int revision, Instant publishedAt, String summary) {
        List<Block> blocks = List.of(
                block("b1", BlockKind.SUMMARY, "Итоги кампании", summary, null),
                block("b2", BlockKind.LEADERS, "Лидеры рейтинга", "Лучшие аккаунты **весны**.", """
                        {"level":"ORGANIZATION","limit":3,"comparison":"COMPARABLE",
                         "groups":[{"peerGroup":"OVERALL","peerKey":"","rows":[
                           {"unitId":"x","name":"Школа № 5 г. Тверь","municipalityName":"Тверь","index":91.5,
                            "place":{"from":1,"to":1,"of":58},"link":"/organizations/x"},
                           {"unitId":"y","name":"Администрация Торжка","municipalityName":"Торжок","index":87.25,
                            "place":{"from":2,"to":3,"of":58}}]}]}"""),
                block("b3", BlockKind.ANSWER_TIMES, "Ответы за 24 часа", "", """
                        {"thresholdHours":24,"total":{"questions":300,"answered":270},
                         "municipalities":[{"unitId":"m","name":"Тверь","questions":40,"answered":36,"medianHours":6.5,
                                            "shareAnswered24h":72.4}]}"""),
                block("b4", BlockKind.FOLLOW_UP, "Выполнение рекомендаций", null, """
                        {"previousCampaign":{"id":"p","title":"Осень","period":"2025-Q4"},
                         "total":{"recommended":60,"reassessed":33,"followed":19,"shareFollowed":57.58},
                         "byCriterion":[{"code":"PIN","title":"Закреплённый пост","recommended":20,"reassessed":17,
                                         "followed":12,"shareFollowed":70.59},
                                        {"code":"ANS","title":"Ответы на комментарии","recommended":20,
                                         "reassessed":16,"followed":7,"shareFollowed":43.75}]}"""),
                block("b5", BlockKind.FAILURES, "Частые ошибки", null, """
                        {"peerGroup":"OVERALL","criteria":[{"code":"PROFILE.PHONE","title":"Нет контактов",
                          "assessed":40,"met":26,"failed":14,"shareMet":65.0,
                          "recommendation":"Укажите телефон приёмной","normative":true,
                          "examples":[{"accountId":"a","name":"Хороший пример","url":"https://vk.com/good","link":"/accounts/a"},
                                      {"name":"Плохой","url":"javascript:alert(1)"}]}]}"""),
                block(
                        "b6",
                        BlockKind.ARTICLE,
                        "Анонс семинара",
                        "Итоговый семинар — [запись](https://example.org/seminar).",
                        null));
        return new PublishedIssue(
                ISSUE,
                "main",
                "Цифровой мост: бюллетень рекомендаций",
                3,
                revision,
                "Весенняя кампания 2026",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 31),
                publishedAt,
                new BulletinDocument(blocks),
                "ru");
    }

    static PublishedIssue issue() {
        return issue(1, Instant.parse("2026-06-10T09:00:00Z"), "За весну проверено **128** аккаунтов.");
    }

    /** The same issue as if it had been written in English (the renderer's labels follow the issue's language). */
    static PublishedIssue english(PublishedIssue p) {
        return new PublishedIssue(
                p.id(),
                p.seriesSlug(),
                "Digital Bridge: bulletin of recommendations",
                p.number(),
                p.revision(),
                p.title(),
                p.periodFrom(),
                p.periodTo(),
                p.publishedAt(),
                p.document(),
                "en");
    }

    static PersonalSection personal() {
        return new PersonalSection(
                UUID.fromString("9d0c1b3a-2f4e-4a5b-8c6d-7e8f9a0b1c2d"),
                "Школа № 5 г. Тверь",
                new BulletinDocument(List.of(block(
                        "p1",
                        BlockKind.ORG_RECOMMENDATIONS,
                        "Ваши рекомендации",
                        "Добавьте закреплённый пост с контактами.",
                        """
                        {"items":[{"criterion":"Закреплённый пост","met":false}]}"""))));
    }
}
