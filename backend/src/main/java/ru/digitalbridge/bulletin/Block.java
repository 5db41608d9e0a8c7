package ru.digitalbridge.bulletin;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of a bulletin document: {@code markdown} is the editor's text (CommonMark, no raw HTML), {@code data}
 * the compiler's numbers for tables and charts (shape per kind in docs/bulletins.md; empty for an article).
 */
public record Block(
        @Schema(description = "Unique within the document, e.g. b1")
        String id,

        BlockKind kind,
        String title,
        String markdown,

        @Schema(description = "The compiler's data for the kind (docs/bulletins.md); {} for an article")
        Map<String, Object> data) {

    public Block {
        data = data == null ? Map.of() : data;
        markdown = markdown == null ? "" : markdown;
    }
}
