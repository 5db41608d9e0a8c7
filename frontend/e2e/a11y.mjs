// axe-core on every page a spec visits: after each page.goto, after every client-side route change
// (debounced until the network is quiet) and on the screen a spec ends on. WCAG 2.0/2.1 A and AA rules;
// any violation fails the spec with the rule, the elements and the page. Specs may also call
// `checkA11y(page, 'what is on screen')` for a dialog or another state worth a look of its own.
//
// axe-core itself (no @axe-core/playwright, which needs Node 22) is evaluated in the page through the
// DevTools protocol, which the page's Content-Security-Policy does not restrict.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const QUIET_MS = 500;

const trackers = new WeakMap();

function describe(violation, where) {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => {
      const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim();
      return `      ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
    })
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
  return `  [${violation.id}] ${violation.help} (${violation.impact}) on ${where}\n${targets}${more}`;
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the page as it is now. */
async function analyze(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
}

/** Attaches the checks to a page; returns { finish } that runs the last check and reports. */
export function attachA11y(page) {
  const found = new Map(); // rule + target + path → description
  let checks = 0;
  let chain = Promise.resolve();
  let timer = null;
  let inFlight = 0;
  let lastActivity = Date.now();

  const activity = () => {
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inFlight += 1;
    activity();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    activity();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  async function settle() {
    // a busy machine can take longer than 5 s to answer a page's requests: check the settled page
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function run(label) {
    if (page.isClosed()) return;
    await settle();
    let url;
    try {
      url = new URL(page.url());
    } catch {
      return;
    }
    if (!url.protocol.startsWith('http')) return;
    try {
      const results = await analyze(page);
      checks += 1;
      const where = `${url.pathname}${url.search}${label ? ` (${label})` : ''}`;
      for (const violation of results.violations) {
        for (const node of violation.nodes) {
          const key = `${violation.id} ${node.target.join(' ')} ${url.pathname}`;
          if (!found.has(key)) found.set(key, { violation, where, node });
        }
      }
    } catch (error) {
      // the page navigated while axe ran: the next navigation brings its own check
      if (
        !/Execution context was destroyed|Target .*closed|navigation|frame was detached/i.test(
          String(error),
        )
      ) {
        throw error;
      }
    }
  }

  function enqueue(label) {
    const next = chain.then(() => run(label));
    chain = next.catch(() => {});
    return next;
  }

  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void enqueue(), QUIET_MS);
  });

  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    clearTimeout(timer);
    await enqueue();
    return response;
  };

  const tracker = {
    check: (label) => {
      clearTimeout(timer);
      return enqueue(label);
    },
    async finish() {
      clearTimeout(timer);
      await enqueue('final screen');
      await chain;
      if (found.size === 0) return { checks };
      // group nodes of one rule on one page
      const groups = new Map();
      for (const { violation, where, node } of found.values()) {
        const key = `${violation.id} ${where}`;
        if (!groups.has(key)) groups.set(key, { ...violation, nodes: [], where });
        groups.get(key).nodes.push(node);
      }
      const text = [...groups.values()].map((group) => describe(group, group.where)).join('\n');
      throw new Error(`axe found ${found.size} accessibility violation(s):\n${text}`);
    },
  };
  trackers.set(page, tracker);
  return tracker;
}

/** An extra check of the current screen (a dialog, a step of a wizard); reported when the spec ends. */
export async function checkA11y(page, label) {
  await trackers.get(page)?.check(label);
}
