package ru.digitalbridge.bulletin;

import java.util.Locale;

/**
 * Renders a block's title and Markdown to safe HTML for the public JSON. Implemented by the rendering package
 * ({@code bulletin.render}); while no implementation is installed the JSON carries {@code html: null}.
 */
public interface BlockHtml {
    String html(Block block, Locale locale);
}
