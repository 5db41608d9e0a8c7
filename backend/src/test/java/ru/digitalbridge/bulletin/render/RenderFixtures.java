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
                        {"rows":[{"organizationId":"x","name":"Школа № 5 г. Тверь","municipality":"Тверь","index":91.5},
                                 {"name":"Администрация Торжка","municipality":"Торжок","index":87.25}]}"""),
                block("b3", BlockKind.ANSWER_TIMES, "Ответы за 24 часа", "", """
                        {"within24hShare":0.724,"answeredShare":0.9}"""),
                block("b4", BlockKind.FOLLOW_UP, "Выполнение рекомендаций", null, """
                        {"criteria":[{"criterion":"Закреплённый пост","fixed":12,"notFixed":5},
                                     {"criterion":"Ответы на комментарии","fixed":7,"notFixed":9}]}"""),
                block("b5", BlockKind.FAILURES, "Частые ошибки", null, """
                        {"criteria":[{"criterion":"Нет контактов","failing":14,"failingShare":0.35,
                          "howToFix":"Укажите телефон приёмной",
                          "examples":[{"name":"Хороший пример","url":"https://vk.com/good"},
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
                new BulletinDocument(blocks));
    }

    static PublishedIssue issue() {
        return issue(1, Instant.parse("2026-06-10T09:00:00Z"), "За весну проверено **128** аккаунтов.");
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
