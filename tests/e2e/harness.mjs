// Real-browser harness: the built app served by `vite preview` on 127.0.0.1, driven in Debian's Chromium.
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Flags known to work on these machines; the networking ones keep Chromium off the closed network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startPreview(port = 4173) {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`vite preview did not answer on ${url}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, stop: () => server.kill() };
}

/**
 * One Chromium per test file; `newContext()` gives each test its own storage (IndexedDB, localStorage), so
 * what one test saves is never restored into another.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const newContext = () =>
    browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const context = await newContext();
  return { browser, context, newContext, close: () => browser.close() };
}

/** Collects console errors and uncaught page errors, which a smoke test must not see. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(
    async () => await window.axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/**
 * For a test file: the built app served on `port` and one Chromium, started before the tests and stopped
 * after them. Fields are filled by the time the tests run.
 */
export function useApp(port) {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await startPreview(port);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/**
 * A fresh page on the app with its errors watched. The native file pickers are removed, so saving falls back
 * to downloads and opening to a file input, both of which a test can drive.
 */
export async function openApp(app) {
  const page = await (await app.browser.newContext()).newPage();
  await page.addInitScript(() => {
    delete window.showOpenFilePicker;
    delete window.showSaveFilePicker;
  });
  const errors = watchErrors(page);
  await page.goto(app.server.url);
  await page.getByRole('region', { name: 'Programme', exact: true }).waitFor();
  return { page, errors };
}

/** Imports a file through the app's Import button and the browser's file chooser, as a person would. */
export async function importFile(page, name, contents) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}
