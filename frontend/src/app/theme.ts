import {
  Badge,
  Button,
  CloseButton,
  createTheme,
  Loader,
  ScrollArea,
  type CSSVariablesResolver,
  defaultCssVariablesResolver,
  type MantineTheme,
} from '@mantine/core';

import { darkenToContrast } from '@/lib/contrast';

/** AA for normal text is 4.5:1; a little margin keeps rounding in browsers on the safe side. */
const RATIO = 4.6;
const WHITE = '#ffffff';

/** The theme; `closeLabel` names the icon-only close buttons (notifications, dialogs) in the UI language. */
export const makeTheme = (closeLabel: string) =>
  createTheme({
    ...appTheme,
    components: {
      ...appTheme.components,
      // an icon-only button needs a name (axe: button-name)
      CloseButton: CloseButton.extend({
        defaultProps: { 'aria-label': closeLabel } as Record<string, string>,
      }),
    },
  });

const COMBOBOX_DEFAULTS = {
  withScrollArea: false,
  styles: { dropdown: { maxHeight: 320, overflowY: 'auto' as const } },
  // a long list scrolls the dropdown, which then has to be reachable from the keyboard itself (axe:
  // scrollable-region-focusable; the options are not focusable, the input points at them). The dropdown
  // is outside the listbox, so a tab stop on it leaves the listbox's structure alone.
  attributes: { dropdown: { tabIndex: 0 } },
};

export const appTheme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
  respectReducedMotion: true,
  components: {
    // A status badge shows its whole text: Mantine's default cuts it with an ellipsis as soon as a
    // table cell or a flex row is narrower than the label («УТ…»). No truncation, no capitals
    // (they make Russian labels half as long again); a long label wraps inside the pill instead.
    Badge: Badge.extend({
      styles: {
        root: {
          height: 'auto',
          minHeight: 'var(--badge-height)',
          maxWidth: '100%',
          lineHeight: 1.35,
          paddingBlock: 1,
          overflow: 'visible',
          flexShrink: 0,
          textTransform: 'none',
          letterSpacing: 0,
        },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      },
    }),
    // A button's label wraps and the button grows with it: Mantine's fixed height and one-line label hid the
    // end of a long label at 320 px or with wider text spacing (WCAG 1.4.10, 1.4.12). One line looks as before.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
        inner: { minHeight: 'calc(var(--button-height) - 2px)' },
        label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', lineHeight: 1.3 },
      },
    }),
    // Loaders carry an aria-label; a bare span may not (axe: aria-prohibited-attr): they are statuses
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // a scrollable area (e.g. the options of a long select) must be reachable from the keyboard
    // (axe: scrollable-region-focusable)
    ScrollArea: ScrollArea.extend({ defaultProps: { viewportProps: { tabIndex: 0 } } }),
    ScrollAreaAutosize: ScrollArea.Autosize.extend({
      defaultProps: { viewportProps: { tabIndex: 0 } },
    }),
    // ...but not inside an option list: a focusable div in a listbox breaks its ARIA structure
    // (axe: aria-required-children). Option lists scroll natively; the input keeps the focus and
    // moves through the options with the arrow keys (aria-activedescendant).
    // plain objects, not Select.extend(): importing the components here would put them all in the
    // landing page's bundle
    Select: { defaultProps: COMBOBOX_DEFAULTS },
    MultiSelect: { defaultProps: COMBOBOX_DEFAULTS },
    Autocomplete: { defaultProps: COMBOBOX_DEFAULTS },
    TagsInput: { defaultProps: COMBOBOX_DEFAULTS },
  },
});

/**
 * Light-mode colours that reach WCAG 2.1 AA. Mantine's defaults do not: links and filled buttons
 * use shade 6 (blue.6 on white is 3.6:1), dimmed text is gray.6 (3.3:1), light badges of warm colours
 * sit near 3.5:1. Every theme colour's text, filled, outline and light-variant colour is taken from
 * Mantine's own shade, darkened only as far as needed to reach 4.6:1 against the background it is
 * drawn on (white, the light grey of striped rows, or the colour's own light background).
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme: MantineTheme) => {
  const defaults = defaultCssVariablesResolver(theme);
  const light: Record<string, string> = { ...defaults.light };
  const gray = theme.colors.gray;
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (!Array.isArray(shades) || shades.length < 10) continue;
    const onGrey = darkenToContrast(shades[7], gray[1], RATIO);
    const text = darkenToContrast(onGrey, shades[1], RATIO);
    const filled = darkenToContrast(shades[6], WHITE, RATIO);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darkenToContrast(filled, WHITE, RATIO + 1.5);
    light[`--mantine-color-${name}-light-color`] = darkenToContrast(shades[9], shades[2], RATIO);
    light[`--mantine-color-${name}-outline`] = text;
  }
  // dimmed text also sits on selected rows (the primary colour's light background)
  const selected = theme.colors[theme.primaryColor][1];
  light['--mantine-color-dimmed'] = darkenToContrast(
    darkenToContrast(gray[6], gray[1], RATIO),
    selected,
    RATIO,
  );
  light['--mantine-color-anchor'] = `var(--mantine-color-${theme.primaryColor}-text)`;
  light['--mantine-color-error'] = 'var(--mantine-color-red-text)';
  light['--mantine-color-placeholder'] = 'var(--mantine-color-gray-6)';
  return { ...defaults, light };
};
