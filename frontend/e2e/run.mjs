// End-to-end tests in headless Chromium against the packaged backend (which serves the built SPA).
// Starts the backend with a small demo data set on a free port, runs e2e/*.spec.mjs in order,
// stops the backend and prints "E2E: N passed, M failed". Set E2E_BASE_URL to test a running server.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { attachA11y } from './a11y.mjs';
import { registered } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const results = join(frontend, 'test-results');
const jar = resolve(frontend, '../backend/target/quarkus-app/quarkus-run.jar');
const READY_TIMEOUT_MS = 240_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(baseUrl, backend) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (backend && backend.exitCode !== null) {
      throw new Error(
        `the backend exited with code ${backend.exitCode}; see test-results/backend.log`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 500));
  }
  throw new Error(`the backend was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

async function startBackend() {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: package the backend first (mvn package)`);
  }
  const port = await freePort();
  const env = {
    ...process.env,
    BRIDGE_DEMO: 'true',
    BRIDGE_DEMO_SCALE: process.env.BRIDGE_DEMO_SCALE ?? '0.05',
    QUARKUS_HTTP_PORT: String(port),
  };
  // A database of its own, so the demo data loads: E2E_DB_URL (CI recreates it for every run), else an
  // embedded PostgreSQL in a temporary data directory. Never the backend tests' DB_URL, which holds their data.
  const dataDir = mkdtempSync(join(tmpdir(), 'bridge-e2e-'));
  env.BRIDGE_DATA_DIR = dataDir;
  delete env.DB_URL;
  if (process.env.E2E_DB_URL) {
    env.DB_URL = process.env.E2E_DB_URL;
  }
  const log = createWriteStream(join(results, 'backend.log'));
  const backend = spawn('java', ['-Xmx512m', '-jar', jar], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  backend.stdout.pipe(log);
  backend.stderr.pipe(log);
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (backend.exitCode === null) {
      backend.kill('SIGTERM');
      const killer = setTimeout(() => backend.kill('SIGKILL'), 15_000);
      await new Promise((resolveExit) => backend.once('exit', resolveExit));
      clearTimeout(killer);
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, backend);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

function fileName(name) {
  return name
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

async function runAll(baseUrl) {
  const specs = readdirSync(here)
    .filter((file) => file.endsWith('.spec.mjs'))
    .filter(
      (file) =>
        !process.env.E2E_ONLY ||
        process.env.E2E_ONLY.split(',').some((part) => file.includes(part)),
    )
    .sort();
  for (const spec of specs) await import(pathToFileURL(join(here, spec)).href);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let passed = 0;
  let failed = 0;
  let axeChecks = 0;
  try {
    for (const { name, fn, options } of registered) {
      const context = await browser.newContext({
        locale: 'ru-RU',
        viewport: { width: 1440, height: 900 },
        // no transitions: axe must not judge the contrast of an element half-way through a fade
        reducedMotion: 'reduce',
      });
      // waits are on conditions (an element, a response), so a generous limit costs nothing when all is well;
      // CI runs beside other work on 2 cores, where one page with its lazy chunk took over 15 s
      context.setDefaultTimeout(30_000);
      context.setDefaultNavigationTimeout(60_000);
      const page = await context.newPage();
      const browserErrors = [];
      if (process.env.E2E_TRACE) {
        page.on('framenavigated', (frame) => console.log(`    navigated: ${frame.url()}`));
        page.on(
          'response',
          (r) => r.url().includes('/api/') && console.log(`    ${r.status()} ${r.url()}`),
        );
      }
      page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
      });
      const a11y = attachA11y(page);
      const started = Date.now();
      try {
        await fn({ page, baseUrl });
        const { checks } = await a11y.finish();
        axeChecks += checks;
        if (options.anonymous && browserErrors.length > 0) {
          throw new Error(
            `an anonymous visit logged errors in the browser console:\n    ${browserErrors.join('\n    ')}`,
          );
        }
        passed += 1;
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        const shot = join(results, `${fileName(name)}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
        console.log(
          `  ✗ ${name}\n    ${String(error?.stack ?? error)
            .split('\n')
            .join('\n    ')}\n    screenshot: ${shot}`,
        );
        for (const line of browserErrors) console.log(`    ${line}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`axe-core: ${axeChecks} page checks (WCAG 2.1 A/AA), violations fail the spec`);
  return { passed, failed };
}

async function main() {
  mkdirSync(results, { recursive: true });
  const external = process.env.E2E_BASE_URL;
  const server = external
    ? { baseUrl: external.replace(/\/$/, ''), stop: async () => {} }
    : await startBackend();
  console.log(`E2E against ${server.baseUrl}`);
  let outcome = { passed: 0, failed: 1 };
  try {
    if (external) await waitUntilReady(server.baseUrl, null);
    outcome = await runAll(server.baseUrl);
  } catch (error) {
    console.error(`E2E could not run: ${error?.message ?? error}`);
  } finally {
    await server.stop();
  }
  console.log(`E2E: ${outcome.passed} passed, ${outcome.failed} failed`);
  process.exit(outcome.failed === 0 && outcome.passed > 0 ? 0 : 1);
}

await main();
