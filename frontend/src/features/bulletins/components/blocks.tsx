import { Stack, Text, Title, Typography } from '@mantine/core';

/** The fields of a block this view reads: the same in a published issue, a draft and a section. */
type ShownBlock = {
  id: string;
  title: string | null;
  html?: string | null;
  markdown?: string | null;
};

/**
 * One block of an issue as the server rendered it. The `html` comes from the server's renderer (CommonMark
 * without raw HTML, escaped and sanitised there, charts as inline SVG): the SPA never turns Markdown into
 * HTML itself. Without a rendering (an older server) the editor's text is shown as plain text.
 */
export function BlockView({ block, level = 3 }: { block: ShownBlock; level?: 3 | 4 | 5 }) {
  const headingId = `bulletin-block-${block.id}`;
  return (
    <Stack component="section" gap="xs" aria-labelledby={block.title ? headingId : undefined}>
      {block.title && (
        <Title order={level} id={headingId}>
          {block.title}
        </Title>
      )}
      {block.html ? (
        <Typography
          className="bulletin-html"
          dangerouslySetInnerHTML={{ __html: block.html }}
          // a table wider than a phone scrolls here, not the page (WCAG 1.4.10); a region that scrolls is
          // a tab stop, so that the keyboard can scroll it too (2.1.1)
          {...(block.html.includes('<table')
            ? {
                role: 'group',
                tabIndex: 0,
                'aria-labelledby': block.title ? headingId : undefined,
                style: { overflowX: 'auto' },
              }
            : {})}
        />
      ) : (
        block.markdown && (
          <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
            {block.markdown}
          </Text>
        )
      )}
    </Stack>
  );
}

/**
 * The blocks of an issue. `lang` is the language: the blocks (titles, text, the server's tables and
 * charts) are written in it whatever the interface language, so the container says so for screen readers and
 * hyphenation (WCAG 2.1 SC 3.1.2, language of parts).
 */
export function BlockList({
  blocks,
  level = 3,
  lang,
}: {
  blocks: ShownBlock[];
  level?: 3 | 4 | 5;
  lang?: string;
}) {
  return (
    <Stack gap="xl" lang={lang}>
      {blocks.map((block) => (
        <BlockView key={block.id} block={block} level={level} />
      ))}
    </Stack>
  );
}
