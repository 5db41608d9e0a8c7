import assert from 'node:assert/strict';

export const COORDINATOR = { email: 'coordinator@demo.bridge', password: 'demo-bridge-2026' };
export const ADMIN = { email: 'admin@demo.bridge', password: 'demo-bridge-2026' };

/** A suffix that makes names and URLs unique per run, so specs never depend on each other. */
export function unique() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export async function signIn(page, baseUrl, user = COORDINATOR) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/^Электронная почта/).fill(user.email);
  await page.getByLabel(/^Пароль/).fill(user.password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await page.getByRole('button', { name: /Меню пользователя/ }).waitFor();
  // the user menu shows while the app is still on its way to the start screen (a lazily loaded
  // route); wait until it is there, so that a click made next is not undone by that navigation
  await page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/sign-in');
}

/** Signs out through the user menu: the app goes to the home page, whose header offers «Войти» (a link). */
export async function signOutByMenu(page) {
  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Войти', exact: true }).waitFor();
}

/** Resolves when the field is marked invalid (aria-invalid="true"), e.g. by a server violation. */
export async function invalid(field) {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
}

/**
 * At a phone's width (320 px, WCAG 1.4.10) the page does not scroll sideways: what is wider (a table)
 * scrolls inside its own container. Waits a moment for the shell to re-lay itself out after the resize.
 */
export async function assertReflowsAt320(page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page
    .waitForFunction(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      null,
      { timeout: 5_000 },
    )
    .catch(() => {});
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, `at 320 px ${page.url()} is ${overflow} px wider than the window`);
}

/** WCAG 1.4.12's text spacing, as a reader's style sheet would set it. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
  ' p { margin-bottom: 2em !important; }';

/**
 * At 320 px with WCAG 1.4.12's text spacing, the product name in the header stays left of the language switch and
 * inside the header (it once ran under the switch). Restores the page's own styles afterwards.
 */
export async function assertHeaderKeepsApartWithTextSpacing(page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const style = await page.addStyleTag({ content: TEXT_SPACING });
  await page.waitForTimeout(200);
  const box = await page.evaluate(() => {
    const title = document.querySelector('header h3');
    const range = document.createRange();
    range.selectNodeContents(title);
    const lines = [...range.getClientRects()];
    const languages = document.querySelector('header .mantine-SegmentedControl-root');
    return {
      right: Math.max(...lines.map((line) => line.right)),
      bottom: Math.max(...lines.map((line) => line.bottom)),
      switchLeft: languages.getBoundingClientRect().left,
      headerBottom: document.querySelector('header').getBoundingClientRect().bottom,
    };
  });
  await style.evaluate((node) => node.remove());
  assert.ok(
    box.right <= box.switchLeft,
    `the name ends at ${box.right} px, the language switch starts at ${box.switchLeft}`,
  );
  assert.ok(
    box.bottom <= box.headerBottom,
    `the name ends at ${box.bottom} px, below the header (${box.headerBottom})`,
  );
}

/** Picks an option of a Mantine Select by its label; `type` narrows a searchable select first. */
export async function choose(page, label, option, { type } = {}) {
  const input = page.getByLabel(label).first();
  await input.click();
  if (type !== undefined) await input.fill(type);
  await page.getByRole('option', { name: option }).first().click();
}

/** Calls the API directly (outside the browser), e.g. to prepare data. */
export async function apiCall(baseUrl, path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return json;
}

export async function apiToken(baseUrl, user = COORDINATOR) {
  const { accessToken } = await apiCall(baseUrl, '/api/v1/auth/login', {
    method: 'POST',
    body: user,
  });
  return accessToken;
}

/** Resolves when the next list response whose URL matches `pattern` has arrived. */
export function nextResponse(page, pattern) {
  return page.waitForResponse((response) => pattern.test(response.url()) && response.ok());
}

/**
 * The input's value once it matches `expected` (a RegExp, or a string to equal): values filled after the element
 * appears (options loaded, URL state applied after a reload) are waited for instead of read at once, which raced on a
 * loaded machine. After `timeout` it returns the last value, so the caller's assertion reports what was there.
 */
export async function valueMatching(locator, expected, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await locator.inputValue();
    const matched = expected instanceof RegExp ? expected.test(value) : value === expected;
    if (matched || Date.now() > deadline) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export { assert };
