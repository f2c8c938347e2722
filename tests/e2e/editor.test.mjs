import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, startPreview, watchErrors } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startPreview(4174);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** A fresh page on the draft sample; the native file pickers are removed so downloads and uploads are testable. */
async function openEditor() {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    delete window.showOpenFilePicker;
    delete window.showSaveFilePicker;
  });
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.getByRole('region', { name: 'Programme', exact: true }).waitFor();
  return {
    page,
    errors,
    diagnostics: page.getByRole('region', { name: 'Diagnostics' }),
    programme: page.getByRole('region', { name: 'Programme', exact: true }),
  };
}

const cardTitles = (page, stage) =>
  page
    .getByRole('region', { name: 'Programme', exact: true })
    .getByRole('list', { name: stage, exact: true })
    .locator(':scope > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('a prerequisite problem is fixed with one click, undone with Ctrl+Z and redone with the button', async () => {
  const { page, errors, diagnostics } = await openEditor();
  const status = diagnostics.getByRole('status');
  await status.filter({ hasText: '2 errors, 2 warnings' }).waitFor();
  await diagnostics
    .getByRole('button', { name: 'Apply fix: Move it after the module that provides the competency' })
    .click();
  await status.filter({ hasText: '1 error, 2 warnings' }).waitFor();
  assert.deepEqual(await cardTitles(page, 'Welding safety'), [
    'Safety in welding and hot work',
    'Manual metal arc welding (2019 edition)',
  ]);
  await page.getByRole('region', { name: 'Programme', exact: true }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await status.filter({ hasText: '2 errors, 2 warnings' }).waitFor();
  await page
    .getByText('Undone: Move it after the module that provides the competency')
    .waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Redo' }).click();
  await status.filter({ hasText: '1 error, 2 warnings' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a module is dragged with the mouse from one stage into another', async () => {
  const { page, programme } = await openEditor();
  const source = programme.getByRole('listitem', { name: 'Safety in welding and hot work' });
  const target = programme.getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' });
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(from.x + from.width / 2, from.y + 20 + ((to.y + 12 - from.y - 20) * i) / 12);
  await page.mouse.up();
  assert.deepEqual(await cardTitles(page, 'Manual arc welding'), [
    'Safety in welding and hot work',
    'Manual metal arc welding (2019 edition)',
  ]);
  assert.deepEqual(await cardTitles(page, 'Welding safety'), []);
  await page
    .getByRole('region', { name: 'Diagnostics' })
    .getByRole('status')
    .filter({ hasText: '1 error, 2 warnings' })
    .waitFor();
  await page.close();
});

test('a module is moved with the keyboard alone, and the move is announced', async () => {
  const { page, programme } = await openEditor();
  await programme.getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' }).focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await live
    .filter({ hasText: 'Picked up “Manual metal arc welding (2019 edition)”.' })
    .waitFor({ state: 'attached' });
  // Arrow down through the places it can land, listening to each announcement as a screen-reader user
  // would, until the end of the second stage is announced.
  for (let i = 0; i < 8; i++) {
    const before = await live.textContent();
    if (before.includes('would land at the end of stage “Welding safety”')) break;
    await page.keyboard.press('ArrowDown');
    await page
      .waitForFunction((old) => document.querySelector('[id^="DndLiveRegion"]').textContent !== old, before, {
        timeout: 2000,
      })
      .catch(() => {});
  }
  await page.keyboard.press('Space');
  await live
    .filter({ hasText: 'was dropped at the end of stage “Welding safety”' })
    .waitFor({ state: 'attached' });
  assert.deepEqual(await cardTitles(page, 'Manual arc welding'), []);
  assert.deepEqual(await cardTitles(page, 'Welding safety'), [
    'Safety in welding and hot work',
    'Manual metal arc welding (2019 edition)',
  ]);
  await page
    .getByRole('region', { name: 'Diagnostics' })
    .getByRole('status')
    .filter({ hasText: '1 error, 2 warnings' })
    .waitFor();
  await page.close();
});

test('the programme is exported as JSON that the CLI validates', async () => {
  const { page, diagnostics } = await openEditor();
  // Fix everything fixable, one click each, then export.
  for (let i = 0; i < 4; i++) {
    const fix = diagnostics.getByRole('button', { name: /^Apply fix/ }).first();
    if (!(await fix.count())) break;
    await fix.click();
  }
  await diagnostics.getByRole('status').filter({ hasText: '0 errors, 0 warnings' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'cc-export-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  const out = execFileSync(
    process.execPath,
    [
      'bin/competency-constructor.mjs',
      'validate',
      file,
      '--network',
      'fixtures/sample/network.json',
      '--json',
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(JSON.parse(out).summary, { errors: 0, warnings: 0 });
  await page.close();
});
