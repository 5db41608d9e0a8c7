package ru.digitalbridge.common.time;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times read from a request body must fall in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}
 * (ISO-8601's four-digit years). Java reads years up to ±999,999,999, PostgreSQL stores timestamps only up to
 * 294276 AD, so a body with {@code "+999999999-01-01T00:00:00Z"} passed every check and failed in the database as a
 * 500. Outside the range a value is refused like any unreadable one: a 400 naming the field.
 */
@Singleton
public class DateRangeJackson implements ObjectMapperCustomizer {
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("date-range");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return dated(description.getBeanClass()) ? new InRange(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    static boolean dated(Class<?> type) {
        return type == LocalDate.class
                || type == LocalDateTime.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == Instant.class;
    }

    /** Whether {@code value}'s year (in UTC for an instant) is within the accepted range. */
    static boolean inRange(Object value) {
        try {
            TemporalAccessor temporal =
                    value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (TemporalAccessor) value;
            int year = temporal.get(ChronoField.YEAR);
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        } catch (DateTimeException e) {
            // an instant beyond the years an offset date-time can hold
            return false;
        }
    }

    static final class InRange extends DelegatingDeserializer {
        InRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor && !inRange(value)) {
                throw InvalidFormatException.from(
                        parser, "year outside " + FIRST_YEAR + ".." + LAST_YEAR, value, handledType());
            }
            return value;
        }
    }
}
