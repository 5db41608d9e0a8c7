/** WCAG 2.1 contrast arithmetic for the theme (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  const full =
    value.length === 3
      ? value
          .split('')
          .map((c) => c + c)
          .join('')
      : value;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(foreground: string, background: string): number {
  const a = luminance(parseHex(foreground));
  const b = luminance(parseHex(background));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The colour itself when it already reaches `ratio` against `background`, else the nearest darker
 * shade of it (mixed towards black in small steps) that does.
 */
export function darkenToContrast(color: string, background: string, ratio = 4.6): string {
  const rgb = parseHex(color);
  for (let step = 0; step <= 50; step += 1) {
    const candidate = toHex(rgb.map((c) => c * (1 - step / 50)) as Rgb);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return '#000000';
}
