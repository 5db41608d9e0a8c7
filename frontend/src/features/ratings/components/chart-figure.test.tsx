import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { ChartFigure } from './chart-figure';

describe('ChartFigure', () => {
  it('offers the same numbers as a table, written the Russian way', async () => {
    renderWithProviders(
      <ChartFigure
        kind="horizontal-bar"
        title="Сравнение муниципальных образований"
        categoryLabel="Муниципальное образование"
        data={[
          { label: 'Балаково', index: 78.45 },
          { label: 'Вольск', index: null },
        ]}
        series={[{ name: 'index', label: 'Индекс', color: 'teal.7' }]}
        format={(value) =>
          new Intl.NumberFormat('ru', {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(value)
        }
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Сравнение муниципальных образований' });
    expect(within(figure).queryByRole('table')).toBeNull();
    await userEvent.click(within(figure).getByText('Таблица'));
    const table = within(figure).getByRole('table', {
      name: 'Сравнение муниципальных образований',
    });
    expect(within(table).getByRole('columnheader', { name: 'Индекс' })).toBeInTheDocument();
    const balakovo = within(table).getByRole('row', { name: /Балаково/ });
    expect(within(balakovo).getByRole('cell')).toHaveTextContent('78,5');
    const volsk = within(table).getByRole('row', { name: /Вольск/ });
    expect(within(volsk).getByRole('cell')).toHaveTextContent('—');
  });
});
