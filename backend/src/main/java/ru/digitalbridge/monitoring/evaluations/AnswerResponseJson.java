package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.arc.Arc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an {@link AnswerResponse} as Jackson's record serializer would (the same fields in the same order, the same
 * text), but takes the criterion's fields — everything but the answer, about three quarters of the evaluation's
 * response — from JSON written once per criterion and kept while the criterion's objects stay the same: an approved
 * set's criteria come from memory (the same objects on every request), so an autosave's response writes only the
 * eight answer fields per criterion. A criterion whose objects differ (a draft set, read anew each time) is written
 * afresh and replaces the kept text. AnswerResponseJsonTest compares the output with Jackson's own.
 */
final class AnswerResponseJson extends StdSerializer<AnswerResponse> {
    private static final Map<UUID, Fixed> FIXED = new ConcurrentHashMap<>();

    /** The criterion's fields before the answer (with a trailing comma) and after it (with a leading comma). */
    private record Fixed(AnswerResponse source, SerializableString head, SerializableString tail) {

        /** The same criterion objects (compared by identity: kept text is reused only for the very same objects). */
        boolean of(AnswerResponse a) {
            AnswerResponse s = source;
            return s.criterionId() == a.criterionId()
                    && s.position() == a.position()
                    && s.code() == a.code()
                    && s.group() == a.group()
                    && s.title() == a.title()
                    && s.type() == a.type()
                    && s.weight() == a.weight()
                    && s.maxPoints() == a.maxPoints()
                    && s.levels() == a.levels()
                    && s.thresholds() == a.thresholds()
                    && s.direction() == a.direction()
                    && s.unit() == a.unit()
                    && s.metric() == a.metric()
                    && s.guidance() == a.guidance()
                    && s.normative() == a.normative();
        }
    }

    AnswerResponseJson() {
        super(AnswerResponse.class);
    }

    @Override
    public void serialize(AnswerResponse a, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Fixed fixed = FIXED.get(a.criterionId());
        if (fixed == null || !fixed.of(a)) {
            fixed = fixed(a);
            FIXED.put(a.criterionId(), fixed);
        }
        gen.writeStartObject(a);
        // raw text does not move the generator's field count, so the first field written next gets no comma
        gen.writeRaw(fixed.head());
        gen.writeBooleanField("applicable", a.applicable());
        gen.writeBooleanField("notApplicable", a.notApplicable());
        provider.defaultSerializeField("naReason", a.naReason(), gen);
        provider.defaultSerializeField("value", a.value(), gen);
        provider.defaultSerializeField("points", a.points(), gen);
        provider.defaultSerializeField("evidenceUrl", a.evidenceUrl(), gen);
        provider.defaultSerializeField("evidenceNote", a.evidenceNote(), gen);
        provider.defaultSerializeField("recommendation", a.recommendation(), gen);
        gen.writeRaw(fixed.tail());
        gen.writeEndObject();
    }

    private static Fixed fixed(AnswerResponse a) throws IOException {
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        Fields head = new Fields(json);
        head.add("criterionId", a.criterionId());
        head.add("position", a.position());
        head.add("code", a.code());
        head.add("group", a.group());
        head.add("title", a.title());
        head.add("type", a.type());
        head.add("weight", a.weight());
        head.add("maxPoints", a.maxPoints());
        Fields tail = new Fields(json);
        tail.separator();
        tail.add("levels", a.levels());
        tail.add("thresholds", a.thresholds());
        tail.add("direction", a.direction());
        tail.add("unit", a.unit());
        tail.add("metric", a.metric());
        tail.add("guidance", a.guidance());
        tail.add("normative", a.normative());
        head.separator();
        return new Fixed(a, head.fragment(), tail.fragment());
    }

    /**
     * Fields as the mapper writes them, both as text (a generator writing characters) and as UTF-8 (one writing
     * bytes, as the HTTP response does): the two differ, e.g. in how they write characters outside the BMP.
     */
    private static final class Fields {
        private final ObjectMapper json;
        private final StringBuilder chars = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Fields(ObjectMapper json) {
            this.json = json;
        }

        void add(String name, Object value) throws IOException {
            if (!chars.isEmpty() && chars.charAt(chars.length() - 1) != ',') {
                separator();
            }
            chars.append(json.writeValueAsString(name)).append(':').append(json.writeValueAsString(value));
            bytes.write(json.writeValueAsBytes(name));
            bytes.write(':');
            bytes.write(json.writeValueAsBytes(value));
        }

        void separator() {
            chars.append(',');
            bytes.write(',');
        }

        Fragment fragment() {
            return new Fragment(chars.toString(), bytes.toByteArray());
        }
    }

    /**
     * Raw JSON with its own UTF-8 form (not the UTF-8 encoding of its characters); only the unquoted forms are used
     * (raw output), the quoted ones are those of the characters.
     */
    private static final class Fragment implements SerializableString {
        private final SerializedString text;
        private final byte[] utf8;

        Fragment(String chars, byte[] utf8) {
            this.text = new SerializedString(chars);
            this.utf8 = utf8;
        }

        @Override
        public String getValue() {
            return text.getValue();
        }

        @Override
        public int charLength() {
            return text.charLength();
        }

        @Override
        public char[] asQuotedChars() {
            return text.asQuotedChars();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8.clone();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return text.asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return text.appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return text.appendQuoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return text.appendUnquoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return text.writeQuotedUTF8(out);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
            return text.putQuotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
            if (utf8.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }
    }
}
