import type { Programme } from '../api/training';

/**
 * A draft edition (version 4) of a programme of 36 hours with one module and one question, for tests;
 * override what the case is about.
 */
export function programmeOf(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'p2',
    version: 4,
    familyId: 'f1',
    edition: 2,
    status: 'DRAFT',
    title: 'Цифровой мост',
    annotation: null,
    totalHours: 36,
    form: 'BLENDED',
    modules: [
      {
        title: 'Основы',
        hours: 36,
        topics: [{ title: 'Реестр', hours: 36 }],
        questions: [{ text: 'Вопрос', multiple: false, options: ['да', 'нет'], correct: [0] }],
      },
    ],
    outcomes: ['Ведёт аккаунт'],
    issuer: {
      name: 'АНО «Цифровой мост»',
      inn: '7707083893',
      licenceNumber: 'Л035-01',
      licenceDate: '2020-01-15',
    },
    approvedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
