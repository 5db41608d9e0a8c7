package ru.digitalbridge.bulletin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * PLACEHOLDER written by brender so its renderer compiles before bcore lands; bcore's version (same names, per
 * BULLETIN.md) replaces this file on merge.
 */
public record BulletinDocument(List<Block> blocks) {
    public record Block(String id, BlockKind kind, String title, String markdown, JsonNode data) {}
}
