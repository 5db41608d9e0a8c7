package ru.digitalbridge.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Applies {@link ClientText} to every string Jackson reads from a request body (values and object keys), and makes
 * the parser strict: a repeated key ({@code {"version":1,"version":2}}) and anything after the JSON value are
 * errors rather than "last one wins" or silently ignored.
 */
@Singleton
public class ClientTextJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        SimpleModule module = new SimpleModule("client-text");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new CheckedKey());
        mapper.registerModule(module);
    }

    static String check(JsonParser parser, String text) throws RefusedTextException {
        int at = ClientText.firstRefused(text, true);
        if (at >= 0) {
            throw new RefusedTextException(parser, ClientText.codePoint(text, at));
        }
        return text;
    }

    static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return check(parser, StringDeserializer.instance.deserialize(parser, context));
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return check(context.getParser(), key);
        }
    }
}
