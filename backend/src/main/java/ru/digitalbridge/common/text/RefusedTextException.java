package ru.digitalbridge.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a character {@link ClientText} refuses; mapped to a 400 problem naming the field. */
public class RefusedTextException extends JsonMappingException {
    private final String codePoint;

    public RefusedTextException(JsonParser parser, String codePoint) {
        super(parser, "refused character " + codePoint);
        this.codePoint = codePoint;
    }

    public String codePoint() {
        return codePoint;
    }
}
