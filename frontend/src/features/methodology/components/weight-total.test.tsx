import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { WeightTotal } from './weight-total';
import { maxPoints, totalWeight, weightsComplete } from './weights';

describe('weights', () => {
  it.each([
    [[50, 50], 100],
    [[33.333, 33.333, 33.334], 100],
    [[0.1, 0.2], 0.3],
    [[12.5, 7.25, 80.25], 100],
    [[], 0],
  ])('adds %j to %d without floating-point drift', (weights, expected) => {
    expect(totalWeight(weights.map((weight) => ({ weight })))).toBe(expected);
  });

  it.each([
    [100, true],
    [99.999, false],
    [100.001, false],
    [0, false],
  ])('a total of %d completes the set: %s', (total, complete) => {
    expect(weightsComplete(total)).toBe(complete);
  });

  it('computes the maximum points per type', () => {
    expect(maxPoints({ type: 'BOOLEAN', levels: [], thresholds: [] })).toBe(1);
    expect(
      maxPoints({
        type: 'SCALE',
        levels: [
          { value: 0, label: 'a', points: 0 },
          { value: 1, label: 'b', points: 2.5 },
        ],
        thresholds: [],
      }),
    ).toBe(2.5);
    expect(
      maxPoints({
        type: 'NUMERIC',
        levels: [],
        thresholds: [
          { bound: 8, points: 1 },
          { bound: 24, points: 0.5 },
        ],
      }),
    ).toBe(1);
    expect(maxPoints({ type: 'DERIVED', levels: [], thresholds: [] })).toBe(0);
  });
});

describe('WeightTotal', () => {
  it('confirms a complete distribution', () => {
    renderWithProviders(<WeightTotal total={100} />);
    expect(screen.getByRole('status')).toHaveTextContent('Сумма весов: 100 из 100');
    expect(screen.getByRole('status')).toHaveTextContent('Веса распределены полностью.');
  });

  it('says how much is missing', () => {
    renderWithProviders(<WeightTotal total={97.5} />);
    expect(screen.getByRole('status')).toHaveTextContent('Сумма весов: 97,5 из 100');
    expect(screen.getByRole('status')).toHaveTextContent('Не хватает 2,5 до 100.');
  });

  it('says how much is over', () => {
    renderWithProviders(<WeightTotal total={104} />);
    expect(screen.getByRole('status')).toHaveTextContent('Превышение на 4.');
  });
});
