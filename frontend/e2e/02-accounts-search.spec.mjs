import { test } from './harness.mjs';
import { assert, choose, nextResponse } from './helpers.mjs';

test('anyone searches and filters the accounts list', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}/registry/accounts`);
  const table = page.getByRole('table', { name: 'Список аккаунтов' });
  await table.waitFor();
  const rows = table.locator('tbody tr');
  const firstName = (await rows.first().getByRole('link').first().textContent()).trim();
  const word = firstName.split(/\s+/).find((part) => part.length >= 4) ?? firstName;

  const searched = nextResponse(page, /\/api\/v1\/accounts\?.*q=/);
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(word);
  await searched;
  await table.getByRole('link', { name: firstName }).first().waitFor();
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
