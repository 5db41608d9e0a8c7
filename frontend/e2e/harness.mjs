// A tiny sequential test harness: specs call test(name, fn); run.mjs runs them in file order.
// Every page a spec visits is checked with axe-core (see a11y.mjs). `{ anonymous: true }` marks a spec
// that browses without signing in: any console error or page error then fails it (a public page must
// load cleanly, e.g. without a failed session refresh).
export const registered = [];

/**
 * @param {string} name
 * @param {(ctx: { page: import('playwright-core').Page, baseUrl: string }) => Promise<void>} fn
 * @param {{ anonymous?: boolean }} [options]
 */
export function test(name, fn, options = {}) {
  registered.push({ name, fn, options });
}
