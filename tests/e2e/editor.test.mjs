import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, importFile, openApp, useApp } from './harness.mjs';

const app = useApp(4174);

/** A fresh page on the draft sample; the native file pickers are removed so downloads and uploads are testable. */
async function openEditor() {
  const { page, errors } = await openApp(app);
  return {
    page,
    errors,
    diagnostics: page.getByRole('region', { name: 'Diagnostics' }),
    programme: page.getByRole('region', { name: 'Programme', exact: true }),
  };
}

/** Waits until the Diagnostics panel's summary says exactly this, as a person reading it would. */
const diagnosticsSay = (page, text) =>
  page.getByRole('region', { name: 'Diagnostics' }).getByRole('status').filter({ hasText: text }).waitFor();

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
    .getByRole('button', {
      name: 'Apply fix: Move it after “Safety in welding and hot work” (m-weld-safety-basic)',
    })
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
    .getByText('Undone: Move it after “Safety in welding and hot work” (m-weld-safety-basic)')
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
  await diagnosticsSay(page, '1 error, 2 warnings');
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
  await diagnosticsSay(page, '1 error, 2 warnings');
  await page.close();
});

test('in a large programme, a module carried by keyboard to a stage far below lands there', async () => {
  // Past 100 modules only the stages near the view mount their cards; the carried card's stage must stay.
  const catalogs = readdirSync('fixtures/sample/catalogs').map((f) =>
    JSON.parse(readFileSync(join('fixtures/sample/catalogs', f), 'utf8')),
  );
  const refs = catalogs
    .flatMap((c) => c.modules.map((m) => ({ module: m.id, version: m.version })))
    .slice(0, 30);
  const big = {
    kind: 'program',
    schemaVersion: 1,
    id: 'big',
    title: 'Big',
    programType: 'retraining',
    stages: [1, 2, 3, 4].map((n) => ({ id: `s${n}`, title: `Big ${n}`, items: refs })),
  };
  const { page, programme } = await openEditor();
  await importFile(page, 'big.json', JSON.stringify(big));
  const first = programme.getByRole('list', { name: 'Big 1', exact: true }).locator(':scope > li').first();
  const title = await first.getAttribute('aria-label');
  const live = page.locator('[id^="DndLiveRegion"]');
  // Picks the first card up and carries it on to the 15th card of the stage below: by then the stage it came
  // from is well out of view.
  const carry = async () => {
    await first.focus();
    await page.keyboard.press('Space');
    let intoBig2 = 0;
    for (let i = 0; i < 120 && intoBig2 < 15; i++) {
      const before = await live.textContent();
      await page.keyboard.press('ArrowDown');
      await page
        .waitForFunction(
          (old) => document.querySelector('[id^="DndLiveRegion"]').textContent !== old,
          before,
          {
            timeout: 2000,
          },
        )
        .catch(() => {});
      if (/would land before .* in stage “Big 2”/.test(await live.textContent())) intoBig2++;
    }
  };
  // Cancelled there, the card is back where it was, and so is the keyboard's focus.
  await carry();
  await page.keyboard.press('Escape');
  await live.filter({ hasText: `Moving “${title}” was cancelled` }).waitFor({ state: 'attached' });
  await page.waitForFunction((t) => document.activeElement?.getAttribute('aria-label') === t, title);
  await carry();
  // What is carried is still named at every step, however far the view has scrolled from where it came.
  assert.match(await live.textContent(), new RegExp(`^“${title.replace(/[()]/g, '.')}” would land before`));
  await page.keyboard.press('Space');
  await live.filter({ hasText: `“${title}” was dropped before` }).waitFor({ state: 'attached' });
  const big2 = await cardTitles(page, 'Big 2');
  assert.equal(big2.length, 31);
  assert.equal(big2[14], title);
});

test('an imported programme is in the library at once, and still open after a reload', async () => {
  const { page, programme } = await openEditor();
  const imported = JSON.parse(readFileSync('fixtures/sample/programmes/cnc-operator-72h.json', 'utf8'));
  imported.id = 'imported-cnc';
  imported.title = 'Imported CNC course';
  await importFile(page, 'imported.json', JSON.stringify(imported));
  await programme.getByText('Imported CNC course', { exact: true }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await page.reload();
  await programme.getByText('Imported CNC course', { exact: true }).waitFor();
  await programme.getByRole('list').first().waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('dialog').getByText('Imported CNC course').first().waitFor();
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
      'bin/competency-constructor.cjs',
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

test('a bad file is refused with its diagnostics and the open programme is untouched; a partner catalog joins the network', async () => {
  const { page, programme } = await openEditor();
  const before = await cardTitles(page, 'Manual arc welding');
  await importFile(page, 'broken.json', '{"kind": "program", "stages": [');
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'broken.json was not imported; your programme is unchanged.' });
  await alert.waitFor();
  await alert.getByText('json.parse').waitFor();
  assert.deepEqual(await cardTitles(page, 'Manual arc welding'), before);
  await programme.getByRole('list', { name: 'Welding safety', exact: true }).waitFor();
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  const catalog = page.getByRole('region', { name: 'Module catalog' });
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();
  const { readFileSync } = await import('node:fs');
  await importFile(page, 'partner.json', readFileSync('fixtures/invalid/ref-unknown-partner.json', 'utf8'));
  const report = page
    .getByRole('status')
    .filter({ hasText: 'Catalog partner.json added to the network: 1 error, 0 warnings.' });
  await report.getByText('ref.unknown-partner').waitFor();
  // The error stays listed with the network's problems after the report is dismissed.
  const problems = page.getByRole('region', { name: 'Network problems' });
  await problems.getByText('1 error in 1 file of the network.').click();
  await problems.getByRole('heading', { name: 'partner.json' }).waitFor();
  await catalog.getByRole('status').filter({ hasText: '133 modules' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  // A real CASE export from another system becomes competencies a programme can target.
  await importFile(
    page,
    'opensalt.json',
    readFileSync('../shared/samples/case/opensalt-sample-framework.json', 'utf8'),
  );
  await page
    .getByRole('status')
    .filter({ hasText: 'A CASE competency framework: 16 competencies added.' })
    .waitFor();
  const targets = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('group', { name: 'Target competencies' });
  await targets
    .getByRole('combobox', { name: 'Find a competency' })
    .fill('CCSS.Math.Content.6.RP.A Understand ratio concepts and use ratio reasoning to solve problems.');
  await targets.getByRole('button', { name: 'Add target competency' }).click();
  await targets
    .getByRole('list', { name: 'Target competencies' })
    .getByText('Understand ratio concepts', { exact: false })
    .waitFor();

  // A partner's updated catalog (same id, another file name) takes the place of the old one: no duplicates.
  const schools = JSON.parse(readFileSync('fixtures/sample/catalogs/schools.json', 'utf8'));
  schools.modules = schools.modules.filter((m) => m.id !== 'm-drone-design');
  await importFile(page, 'schools-2026.json', JSON.stringify(schools));
  await page
    .getByRole('status')
    .filter({
      hasText: /Catalog schools-2026\.json replaced \S*schools\.json in the network: 0 errors, 0 warnings\./,
    })
    .waitFor();
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();

  // Imported catalogs are kept: after a reload the network is as the user left it. Removing the updated
  // catalog in the library brings the network's own version back.
  await page.reload();
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Programme library' });
  await library.getByRole('heading', { name: 'Catalogs you imported into the network' }).waitFor();
  await library.getByRole('button', { name: 'Remove schools-2026.json from the network' }).click();
  await catalog.getByRole('status').filter({ hasText: '133 modules' }).waitFor();
  await library.getByRole('button', { name: 'Remove partner.json from the network' }).click();
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();
  await page.reload();
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();
  await page.close();
});

test('two tabs on one programme: a saved change in one appears in the other instead of being overwritten', async () => {
  const context = await app.browser.newContext();
  const a = await context.newPage();
  await a.goto(app.server.url);
  const statusOf = (page) => page.getByRole('region', { name: 'Diagnostics' }).getByRole('status');
  await statusOf(a).filter({ hasText: '2 errors, 2 warnings' }).waitFor();
  await a
    .getByRole('region', { name: 'Diagnostics' })
    .getByRole('button', { name: /^Apply fix: Move it after/ })
    .click();
  await a
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  // The second tab opens the same programme (the last one saved), then the first changes it again.
  const b = await context.newPage();
  await b.goto(app.server.url);
  await statusOf(b).filter({ hasText: '1 error, 2 warnings' }).waitFor();
  await b
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await a
    .getByRole('region', { name: 'Diagnostics' })
    .getByRole('button', { name: /^Apply fix: Add a final assessment/ })
    .click();
  await statusOf(a).filter({ hasText: '1 error, 1 warning' }).waitFor();
  await statusOf(b).filter({ hasText: '1 error, 1 warning' }).waitFor();
  await context.close();
});

test('the library lists saved programmes; duplicate, delete with undo, rename and open work', async () => {
  const { page, diagnostics } = await openEditor();
  await diagnostics.getByRole('button', { name: /^Apply fix: Move it after/ }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  const dialog = page.getByRole('dialog', { name: 'Programme library' });
  const items = dialog.getByRole('list', { name: 'Programme library' }).getByRole('listitem');
  const titles = () => items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());
  const draft = 'Manual arc and MIG/MAG welder (draft)';
  assert.deepEqual(await axeViolations(page), []);
  await dialog.getByRole('button', { name: `Duplicate “${draft}”` }).click();
  await items.nth(1).waitFor();
  assert.deepEqual(await titles(), [draft, `${draft} (copy)`]);
  await dialog.getByRole('button', { name: `Delete “${draft} (copy)”` }).click();
  await dialog.getByText(`Deleted “${draft} (copy)”.`).waitFor();
  assert.deepEqual(await titles(), [draft]);
  await dialog.getByRole('button', { name: 'Undo delete' }).click();
  await items.nth(1).waitFor();
  await dialog.getByRole('button', { name: `Rename “${draft} (copy)”` }).click();
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Welder, second group');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await dialog.getByRole('button', { name: 'Open “Welder, second group”' }).click();
  await page
    .getByRole('region', { name: 'Programme', exact: true })
    .getByText('Welder, second group')
    .waitFor();
  await page.close();
});

test("Show selects and reveals a diagnostic's module, and Delete removes the module in focus, not elsewhere", async () => {
  const { page, programme, diagnostics } = await openEditor();
  const retired = diagnostics.getByRole('listitem').filter({ hasText: 'module.retired' });
  await retired.getByRole('button', { name: 'Show' }).click();
  const card = programme.getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' });
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('aria-label') === 'Manual metal arc welding (2019 edition)',
  );
  assert.equal(await card.getAttribute('aria-current'), 'true');
  await page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('heading', { name: 'Manual metal arc welding (2019 edition)' })
    .waitFor();
  // In the catalog, Delete is not about the programme: nothing goes.
  await page
    .getByRole('region', { name: 'Module catalog' })
    .getByRole('button', { name: /^Add to programme/ })
    .first()
    .focus();
  await page.keyboard.press('Delete');
  const safety = programme.getByRole('listitem', { name: 'Safety in welding and hot work' });
  assert.equal(await safety.count(), 1);
  assert.equal(await card.count(), 1);
  // On another card, Delete removes that card, not the selected one.
  await safety.focus();
  await page.keyboard.press('Delete');
  await safety.waitFor({ state: 'detached' });
  assert.equal(await card.count(), 1);
  await card.focus();
  await page.keyboard.press('Delete');
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(await cardTitles(page, 'Manual arc welding'), []);
  await page.close();
});

test('refused storage is said plainly, and editing still works in memory', async () => {
  const page = await (await app.browser.newContext()).newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto(app.server.url);
  await page
    .getByRole('alert')
    .filter({
      hasText: 'Not saved: this browser does not allow storage here. Export the programme to keep your work.',
    })
    .waitFor();
  await page
    .getByRole('region', { name: 'Diagnostics' })
    .getByRole('button', { name: /^Apply fix: Move it after/ })
    .click();
  await diagnosticsSay(page, '1 error, 2 warnings');
  await page.close();
});

test('the keyboard focus stays in place when what had it goes away, and the skip link lands on the programme', async () => {
  const { page, programme, diagnostics } = await openEditor();
  const focusIn = (region) =>
    region.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== document.body);

  await page.getByRole('link', { name: 'Skip to the programme' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await programme.evaluate((el) => el === document.activeElement), true);

  // A fix applied from the keyboard: the focus stays in the Diagnostics panel.
  await diagnostics
    .getByRole('button', {
      name: 'Apply fix: Move it after “Safety in welding and hot work” (m-weld-safety-basic)',
    })
    .focus();
  await page.keyboard.press('Enter');
  await diagnostics.getByRole('status').filter({ hasText: '1 error, 2 warnings' }).waitFor();
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await focusIn(diagnostics), true);

  // A module removed with its button: the focus stays in the programme.
  await programme.getByRole('button', { name: 'Remove “Safety in welding and hot work”' }).focus();
  await page.keyboard.press('Enter');
  await programme
    .getByRole('listitem', { name: 'Safety in welding and hot work' })
    .waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await focusIn(programme), true);

  // A report dismissed from the keyboard: the focus goes on to what followed it, not to the top of the page.
  await importFile(page, 'broken.json', '{"kind": "program", "stages": [');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alert').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.notEqual(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the programme');

  // Undo until there is nothing left to undo: the button goes disabled, the focus moves to Redo.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  while (await undo.isEnabled()) await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Redo');
  await page.close();
});
