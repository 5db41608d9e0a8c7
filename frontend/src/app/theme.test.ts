import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { contrastRatio } from '@/lib/contrast';

import { appTheme, cssVariablesResolver } from './theme';

describe('the theme in light mode', () => {
  const theme = {
    ...DEFAULT_THEME,
    ...appTheme,
    colors: DEFAULT_THEME.colors,
  } as typeof DEFAULT_THEME;
  const light = cssVariablesResolver(theme).light as Record<string, string>;
  const resolve = (value: string): string => {
    const match = /^var\((--[\w-]+)\)$/.exec(value);
    if (!match) return value;
    const [, name] = match;
    const shade = /^--mantine-color-(\w+)-(\d)$/.exec(name);
    if (shade) return theme.colors[shade[1]][Number(shade[2])];
    return resolve(light[name]);
  };

  it.each(Object.keys(DEFAULT_THEME.colors).filter((c) => c !== 'dark'))(
    '%s: text, filled, light and outline variants reach 4.5:1',
    (color) => {
      const shades = theme.colors[color];
      expect(
        contrastRatio(resolve(light[`--mantine-color-${color}-text`]), '#ffffff'),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio('#ffffff', resolve(light[`--mantine-color-${color}-filled`])),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(resolve(light[`--mantine-color-${color}-light-color`]), shades[1]),
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(resolve(light[`--mantine-color-${color}-outline`]), '#ffffff'),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('dimmed text, links and errors reach 4.5:1 on white and on the light grey of striped rows', () => {
    for (const name of [
      '--mantine-color-dimmed',
      '--mantine-color-anchor',
      '--mantine-color-error',
    ]) {
      expect(contrastRatio(resolve(light[name]), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(resolve(light[name]), theme.colors.gray[1])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
