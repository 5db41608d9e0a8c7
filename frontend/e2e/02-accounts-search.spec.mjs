import { test } from './harness.mjs';
import { apiCall, apiToken, assert, choose, nextResponse, unique } from './helpers.mjs';

test('anyone searches and filters the accounts list', async ({ page, baseUrl }) => {
  // an account of its own with a word no other record has: whatever the ranking puts first, the search for
  // that word must find it (a word taken from the demo data's first row may belong to more names than a page)
  const token = await apiToken(baseUrl);
  const { items } = await apiCall(baseUrl, '/api/v1/organizations?size=1&status=ACTIVE');
  const word = unique();
  const account = await apiCall(baseUrl, '/api/v1/accounts', {
    method: 'POST',
    token,
    body: {
      organizationId: items[0].id,
      platform: 'VK',
      url: `https://vk.com/e2e_search_${unique()}`,
      displayName: `Аккаунт поиска ${word}`,
    },
  });

  await page.goto(`${baseUrl}/registry/accounts`);
  const table = page.getByRole('table', { name: 'Список аккаунтов' });
  await table.waitFor();

  const searched = nextResponse(page, /\/api\/v1\/accounts\?.*q=/);
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(word);
  await searched;
  await table.getByRole('link', { name: account.displayName, exact: true }).waitFor();
  await page.waitForURL(/[?&]q=/);

  const filtered = nextResponse(page, /\/api\/v1\/accounts\?.*platform=VK/);
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('');
  await choose(page, /^Платформа/, 'ВКонтакте');
  await filtered;
  await page.waitForURL(/platform=VK/);
  await page.waitForFunction(() => {
    const cells = [
      ...document.querySelectorAll('table[aria-label="Список аккаунтов"] tbody tr td:nth-child(2)'),
    ];
    return cells.length > 0 && cells.every((cell) => cell.textContent === 'ВКонтакте');
  });
  const total = await page.getByText(/^Всего: \d+/).textContent();
  assert.ok(Number(total.match(/\d+/)[0]) > 0, total);
  // the search box's late report of the cleared text must not drop the platform just picked
  assert.match(page.url(), /platform=VK/);
});
