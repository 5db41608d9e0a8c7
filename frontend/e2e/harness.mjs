// A tiny sequential test harness: specs call test(name, fn); run.mjs runs them in file order.
export const registered = [];

/** @param {string} name @param {(ctx: { page: import('playwright-core').Page, baseUrl: string }) => Promise<void>} fn */
export function test(name, fn) {
  registered.push({ name, fn });
}
