import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { referenceHandlers } from '@/testing/registry-fixtures';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';

import type { CampaignScope } from '../api/schema';

import { ScopeCount } from './scope-count';

const empty: CampaignScope = {
  q: null,
  municipalities: [],
  sectors: [],
  kinds: [],
  platforms: [],
  accountIds: [],
};

/** A search box and a platform switch in front of the live count, as the wizard has them. */
function Harness() {
  const [scope, setScope] = useState(empty);
  return (
    <>
      <label>
        Поиск
        <input
          value={scope.q ?? ''}
          onChange={(event) => setScope({ ...scope, q: event.target.value || null })}
        />
      </label>
      <button type="button" onClick={() => setScope({ ...scope, platforms: ['TELEGRAM'] })}>
        Только Telegram
      </button>
      <ScopeCount scope={scope} delayMs={150} />
    </>
  );
}

function previewHandler(seen: CampaignScope[]) {
  return async (request: Request) => {
    const { scope } = (await request.json()) as { scope: CampaignScope };
    seen.push(scope);
    const count = scope.platforms?.includes('TELEGRAM') ? 12 : scope.q ? 31 : 1540;
    return json({
      count,
      byPlatform: scope.platforms?.includes('TELEGRAM') ? { TELEGRAM: 12 } : { VK: count },
      byMunicipality: [],
    });
  };
}

describe('ScopeCount', () => {
  it('shows the count of the whole registry, then follows the filters', async () => {
    const seen: CampaignScope[] = [];
    mockApi({ ...referenceHandlers, 'POST /api/v1/campaigns/scope-preview': previewHandler(seen) });
    renderWithProviders(<Harness />);
    expect(await screen.findByText(/^В охвате 1\s540 аккаунтов$/)).toBeInTheDocument();
    expect(await screen.findByText(/^ВКонтакте: 1\s540$/)).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Только Telegram' }));
    expect(await screen.findByText('В охвате 12 аккаунтов')).toBeInTheDocument();
    expect(seen[seen.length - 1].platforms).toEqual(['TELEGRAM']);
  });

  it('asks once after the typing stops, not once per key', async () => {
    const seen: CampaignScope[] = [];
    mockApi({ ...referenceHandlers, 'POST /api/v1/campaigns/scope-preview': previewHandler(seen) });
    renderWithProviders(<Harness />);
    await screen.findByText(/^В охвате 1\s540 аккаунтов$/);

    // the keys in one go (delay: null leaves no timer turn between them): with a real clock on a loaded
    // machine keys can lie further apart than the 150 ms pause, and the count is then rightly asked between
    await userEvent
      .setup({ delay: null })
      .type(screen.getByRole('textbox', { name: 'Поиск' }), 'школа');
    expect(await screen.findByText('В охвате 31 аккаунт')).toBeInTheDocument();
    expect(seen.map((scope) => scope.q)).toEqual([null, 'школа']);
  });

  it('shows the problem when the count cannot be had', async () => {
    mockApi({
      ...referenceHandlers,
      'POST /api/v1/campaigns/scope-preview': () =>
        json({ status: 403, title: 'Нет доступа', detail: 'Только для координаторов' }, 403),
    });
    renderWithProviders(<Harness />);
    expect(await screen.findByText('Только для координаторов')).toBeInTheDocument();
  });
});
