package ru.digitalbridge.bulletin;

import java.util.List;

/** The content of a bulletin issue or of a personal section: its blocks in reading order. */
public record BulletinDocument(List<Block> blocks) {
    public static final BulletinDocument EMPTY = new BulletinDocument(List.of());

    public BulletinDocument {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
