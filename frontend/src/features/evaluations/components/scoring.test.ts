import { describe, expect, it } from 'vitest';

import { draftOf, liveCompleteness, liveIndex, validateDraft } from './answer-draft';
import { indexOf, pointsFor, roundIndex, thresholdHit } from './scoring';
import { booleanAnswer, derivedAnswer, numericAnswer, scaleAnswer } from './test-fixtures';

describe('pointsFor', () => {
  it.each([
    [1, 1],
    [0, 0],
    [2, null],
    [0.5, null],
    [null, null],
  ])('yes/no %s → %s', (value, points) => {
    expect(pointsFor(booleanAnswer, value)).toBe(points);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, null],
  ])('scale level %s → %s', (value, points) => {
    expect(pointsFor(scaleAnswer, value)).toBe(points);
  });

  it.each([
    [5, 2],
    [3, 2],
    [2.999, 1],
    [1, 1],
    [0.5, 0],
    [0, 0],
    [-1, null],
  ])('higher is better: %s posts a week → %s', (value, points) => {
    expect(pointsFor(numericAnswer, value)).toBe(points);
  });

  it.each([
    [0, 2],
    [8, 2],
    [8.01, 1],
    [24, 1],
    [24.5, 0],
  ])('lower is better: %s hours → %s', (value, points) => {
    expect(pointsFor(derivedAnswer, value)).toBe(points);
  });

  it('names the threshold a value hits, first match wins', () => {
    expect(thresholdHit(derivedAnswer, 5)).toEqual({ bound: 8, points: 2 });
    expect(thresholdHit(derivedAnswer, 20)).toEqual({ bound: 24, points: 1 });
    expect(thresholdHit(derivedAnswer, 30)).toBeNull();
  });
});

describe('roundIndex', () => {
  it.each([
    [72.45, 72.5],
    [72.44999, 72.4],
    [66.66666, 66.7],
    [0.05, 0.1],
    [100, 100],
    [0, 0],
  ])('%s → %s (half up, one decimal)', (value, rounded) => {
    expect(roundIndex(value)).toBe(rounded);
  });
});

describe('indexOf', () => {
  it('is null when nothing counts', () => {
    expect(indexOf([])).toBeNull();
  });

  it('matches hand-computed examples', () => {
    // (10·1/1 + 20·1/2 + 15·2/2) / 45 × 100 = 35/45 × 100 = 77.777… → 77.8
    expect(
      indexOf([
        { weight: 10, points: 1, maxPoints: 1 },
        { weight: 20, points: 1, maxPoints: 2 },
        { weight: 15, points: 2, maxPoints: 2 },
      ]),
    ).toBe(77.8);
    // (30·0 + 70·1/2) / 100 × 100 = 35
    expect(
      indexOf([
        { weight: 30, points: 0, maxPoints: 1 },
        { weight: 70, points: 1, maxPoints: 2 },
      ]),
    ).toBe(35);
    // 1/3 of the weight earned: 33.333… → 33.3
    expect(
      indexOf([
        { weight: 1, points: 1, maxPoints: 1 },
        { weight: 2, points: 0, maxPoints: 3 },
      ]),
    ).toBe(33.3);
  });
});

describe('liveIndex', () => {
  const answers = [booleanAnswer, scaleAnswer, numericAnswer, derivedAnswer];
  const drafts = () => Object.fromEntries(answers.map((a) => [a.criterionId, draftOf(a)]));

  it('counts the derived figure and only the criteria with a value', () => {
    const current = drafts();
    current.phone = { ...current.phone, value: 1 };
    // phone 10·1 + median 25·1/2 = 22.5 of 35 → 64.3
    expect(liveIndex(answers, current)).toBe(64.3);
  });

  it('leaves not-applicable criteria out of the denominator, not counted as 0', () => {
    const current = drafts();
    current.phone = { ...current.phone, value: 1 };
    current.quality = {
      ...current.quality,
      value: 0,
      notApplicable: true,
      naReason: 'нет комментариев',
    };
    current.posts = { ...current.posts, value: 4 };
    // phone 10 + posts 15 + median 12.5 = 37.5 of 50 → 75
    expect(liveIndex(answers, current)).toBe(75);
    expect(liveCompleteness(answers, current)).toEqual({ applicable: 4, filled: 4 });
  });

  it('leaves out criteria the methodology does not apply and a derived one without a figure', () => {
    const ruleOut = { ...scaleAnswer, applicable: false };
    const noFigure = { ...derivedAnswer, value: null, points: null };
    const list = [booleanAnswer, ruleOut, numericAnswer, noFigure];
    const current = Object.fromEntries(list.map((a) => [a.criterionId, draftOf(a)]));
    current.phone = { ...current.phone, value: 0 };
    current.posts = { ...current.posts, value: 1 };
    // phone 0 + posts 15·1/2 = 7.5 of 25 → 30
    expect(liveIndex(list, current)).toBe(30);
    expect(liveCompleteness(list, current)).toEqual({ applicable: 2, filled: 2 });
  });

  it('is null when nothing applicable has a value', () => {
    const list = [booleanAnswer];
    expect(liveIndex(list, { phone: draftOf(booleanAnswer) })).toBeNull();
  });
});

describe('validateDraft', () => {
  it('asks for an http(s) evidence link, a reason for N/A and an allowed value', () => {
    const draft = draftOf(scaleAnswer);
    expect(validateDraft(scaleAnswer, { ...draft, evidenceUrl: 'vk.com/x' })).toEqual({
      evidenceUrl: 'url',
    });
    expect(validateDraft(scaleAnswer, { ...draft, notApplicable: true })).toEqual({
      naReason: 'naReason',
    });
    expect(validateDraft(scaleAnswer, { ...draft, value: 7 })).toEqual({ value: 'value' });
    expect(
      validateDraft(scaleAnswer, { ...draft, value: 2, evidenceUrl: 'https://vk.com/wall-1_2' }),
    ).toEqual({});
  });
});
