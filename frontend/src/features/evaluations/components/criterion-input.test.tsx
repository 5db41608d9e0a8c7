import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { CriterionInput } from './criterion-input';
import { booleanAnswer, derivedAnswer, numericAnswer, scaleAnswer } from './test-fixtures';

describe('CriterionInput', () => {
  it('offers yes/no as radio buttons and reports 1 or 0', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <CriterionInput id="x" answer={booleanAnswer} value={null} onChange={onChange} />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Значение' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Да' }));
    expect(onChange).toHaveBeenLastCalledWith(1);
    await userEvent.click(screen.getByRole('radio', { name: 'Нет' }));
    expect(onChange).toHaveBeenLastCalledWith(0);
  });

  it('lists scale levels with their labels and points', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <CriterionInput id="x" answer={scaleAnswer} value={1} onChange={onChange} />,
    );
    expect(screen.getByRole('radio', { name: 'Частичный — 1 б.' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'По существу — 2 б.' }));
    expect(onChange).toHaveBeenLastCalledWith(2);
  });

  it('takes a number with its unit and tells which threshold it hits', async () => {
    const onChange = vi.fn();
    function Stateful() {
      const [value, setValue] = useState<number | null>(null);
      return (
        <CriterionInput
          id="x"
          answer={numericAnswer}
          value={value}
          onChange={(next) => {
            onChange(next);
            setValue(next);
          }}
        />
      );
    }
    renderWithProviders(<Stateful />);
    const input = screen.getByRole('textbox', { name: 'Значение, постов в неделю' });
    await userEvent.type(input, '2');
    expect(onChange).toHaveBeenLastCalledWith(2);
    expect(screen.getByText('Порог ≥ 1 постов в неделю: 1 из 2 б.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Пороговые значения' })).toHaveTextContent(
      '≥ 3 постов в неделю — 2 б.',
    );
  });

  it('shows a derived criterion read-only with the figure from the sample', () => {
    renderWithProviders(
      <CriterionInput id="x" answer={derivedAnswer} value={12.5} onChange={vi.fn()} />,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText(/Медиана времени ответа/)).toHaveTextContent('12,5 ч');
    expect(screen.getByText('Порог ≤ 24 ч: 1 из 2 б.')).toBeInTheDocument();
  });

  it('says when the sample gives no figure', () => {
    renderWithProviders(
      <CriterionInput
        id="x"
        answer={{ ...derivedAnswer, value: null }}
        value={null}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByText(/В выборке нет данных/)).toBeInTheDocument();
  });
});
