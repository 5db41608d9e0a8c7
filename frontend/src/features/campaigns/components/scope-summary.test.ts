import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import type { CampaignScope } from '../api/schema';

import { describeScope, type ScopeNames } from './scope-summary';

const empty: CampaignScope = {
  q: null,
  municipalities: [],
  sectors: [],
  kinds: [],
  platforms: [],
  accountIds: [],
};
const names: ScopeNames = {
  municipality: (id) => ({ m1: 'Выселки', m2: 'Ейск' })[id] ?? id,
  sector: (code) => ({ EDUCATION: 'Образование', CULTURE: 'Культура' })[code] ?? code,
  kind: (code) => code,
  platform: (code) => ({ VK: 'ВКонтакте', TELEGRAM: 'Telegram' })[code] ?? code,
};
const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

describe('describeScope', () => {
  const ru = i18n.getFixedT('ru', 'campaigns');
  const en = i18n.getFixedT('en', 'campaigns');

  it('calls only an empty scope the whole registry', () => {
    expect(describeScope(empty, ru, names)).toBe('Все активные аккаунты реестра');
    expect(describeScope(empty, en, names)).toBe('Every active account of the registry');
  });

  it('says how many accounts were listed by hand, not «all accounts»', () => {
    expect(describeScope({ ...empty, accountIds: ids(3) }, ru, names)).toBe(
      'Только выбранные вручную: 3 аккаунта',
    );
    expect(describeScope({ ...empty, accountIds: ids(1) }, en, names)).toBe(
      'Only the accounts listed by hand: 1 account',
    );
    expect(describeScope({ ...empty, accountIds: ids(622) }, ru, names)).toBe(
      'Только выбранные вручную: 622 аккаунта',
    );
  });

  it('names the filters, and the listed accounts added on top', () => {
    const scope = {
      ...empty,
      q: 'школа',
      sectors: ['EDUCATION', 'CULTURE'],
      platforms: ['VK'],
      municipalities: ['m1'],
    } as CampaignScope;
    expect(describeScope(scope, ru, names)).toBe(
      'Активные аккаунты, подходящие под условия: название «школа»; Муниципалитеты: Выселки; ' +
        'Отрасли: Образование, Культура; Платформы: ВКонтакте',
    );
    expect(describeScope({ ...scope, accountIds: ids(5) }, en, names)).toBe(
      'Active accounts matching: name “школа”; Municipalities: Выселки; ' +
        'Sectors: Образование, Культура; Platforms: ВКонтакте; plus 5 accounts listed by hand',
    );
  });

  it('counts the names beyond the third', () => {
    const scope = { ...empty, municipalities: ['m1', 'm2', 'm3', 'm4', 'm5'] };
    expect(describeScope(scope, ru, names)).toBe(
      'Активные аккаунты, подходящие под условия: Муниципалитеты: Выселки, Ейск, m3 и ещё 2',
    );
  });
});
