import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, useApp, watchErrors } from './harness.mjs';

// A valid 72-hour advanced training from the sample network: 16 + 16 + 24 + 16 hours, in prerequisite order.
const MODULES = [
  'Measurement in metal cutting',
  'Part drawings for machine operators',
  'CNC operator: setup and machining',
  'Cutting tools and cutting conditions',
];

const app = useApp(4180);

async function open() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url);
  const programme = page.getByRole('region', { name: 'Programme', exact: true });
  await programme.waitFor();
  return {
    page,
    context,
    errors,
    programme,
    catalog: page.getByRole('region', { name: 'Module catalog' }),
    inspector: page.getByRole('region', { name: 'Inspector' }),
    status: page.getByRole('region', { name: 'Diagnostics' }).getByRole('status'),
  };
}

const stageTitles = (programme) =>
  programme
    .getByRole('list', { name: 'Stage 1', exact: true })
    .locator(':scope > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

/** Targets, entry requirement and final assessment: form controls driven without the mouse. */
async function describeProgramme(page, inspector) {
  // A competency is found by typing: its code and Enter, or a part of its title and the suggestion's text.
  const add = async (group, typed, button) => {
    const fieldset = inspector.getByRole('group', { name: group });
    const field = fieldset.getByRole('combobox', { name: 'Find a competency' });
    await field.focus();
    await page.keyboard.type(typed);
    if (button) {
      await fieldset.getByRole('button', { name: button }).focus();
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Enter');
    await fieldset
      .getByRole('list')
      .getByText(`${typed.split(' ').slice(0, 2).join(' ')} `)
      .first()
      .waitFor();
  };
  const targets = inspector.getByRole('group', { name: 'Target competencies' });
  await targets.getByRole('combobox', { name: 'Find a competency' }).fill('cutting');
  // The suggestions are the matching competencies only, each under its full name.
  assert.deepEqual(await targets.locator('datalist option').evaluateAll((os) => os.map((o) => o.value)), [
    'PC 3.10 Selecting cutting tools and cutting conditions',
    'PC 1.8 Oxy-fuel and plasma cutting of metal',
  ]);
  await targets.getByRole('combobox', { name: 'Find a competency' }).fill('');
  await add('Target competencies', 'PC 3.5', undefined);
  await add(
    'Target competencies',
    'PC 3.10 Selecting cutting tools and cutting conditions',
    'Add target competency',
  );
  await add(
    'Entry requirements',
    'GC 1 Complying with occupational safety requirements at the workplace',
    'Add entry requirement',
  );
  await inspector
    .getByRole('combobox', { name: 'Final assessment', exact: true })
    .selectOption('demonstration-exam');
}

async function expectValid72(page, status) {
  await status.filter({ hasText: '0 errors, 0 warnings' }).waitFor();
  await page.getByText('72 h').first().waitFor();
}

test('a methodologist composes a valid 72-hour programme with the mouse, and it survives a reload', async () => {
  const { page, programme, catalog, inspector, status, errors, context } = await open();
  await page.getByRole('button', { name: 'New programme' }).click();
  await programme.getByText('Drop modules here').waitFor();
  for (const title of MODULES) {
    await catalog.getByRole('searchbox', { name: 'Search modules' }).fill(title);
    const card = catalog
      .getByRole('list', { name: 'Catalog results' })
      .getByRole('listitem', { name: title });
    const from = await card.boundingBox();
    const list = await programme.getByRole('list', { name: 'Stage 1', exact: true }).boundingBox();
    const to = { x: list.x + list.width / 2, y: list.y + list.height + 12 };
    await page.mouse.move(from.x + 30, from.y + 15);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++)
      await page.mouse.move(
        from.x + 30 + ((to.x - from.x - 30) * i) / 15,
        from.y + 15 + ((to.y - from.y - 15) * i) / 15,
      );
    await page.mouse.up();
    await programme.getByRole('listitem', { name: title }).waitFor();
  }
  assert.deepEqual(await stageTitles(programme), MODULES);
  await describeProgramme(page, inspector);
  await expectValid72(page, status);
  assert.deepEqual(await axeViolations(page), []);

  // Autosave, then a reload: the work and its undo history come back.
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await page.reload();
  await programme.getByRole('list', { name: 'Stage 1', exact: true }).waitFor();
  assert.deepEqual(await stageTitles(programme), MODULES);
  await expectValid72(page, status);
  await page.getByRole('button', { name: 'Undo' }).click();
  await status.filter({ hasText: '0 errors, 1 warning' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same programme is composed with the keyboard alone', async () => {
  const { page, programme, inspector, status, context } = await open();
  await page.getByRole('button', { name: 'New programme' }).focus();
  await page.keyboard.press('Enter');
  const live = page.locator('[id^="DndLiveRegion"]');
  for (const title of MODULES) {
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(title);
    // Tab to the first result, as a keyboard user would.
    for (
      let i = 0;
      i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) !== title;
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await live.filter({ hasText: `Picked up “${title}”` }).waitFor({ state: 'attached' });
    for (let i = 0; i < 40; i++) {
      const heard = await live.textContent();
      if (heard.includes('would land at the end of stage “Stage 1”')) break;
      await page.keyboard.press('ArrowDown');
      await page
        .waitForFunction(
          (old) => document.querySelector('[id^="DndLiveRegion"]').textContent !== old,
          heard,
          { timeout: 1500 },
        )
        .catch(() => {});
    }
    await page.keyboard.press('Space');
    await live
      .filter({ hasText: `“${title}” was dropped at the end of stage “Stage 1”` })
      .waitFor({ state: 'attached' });
  }
  assert.deepEqual(await stageTitles(programme), MODULES);
  await describeProgramme(page, inspector);
  await expectValid72(page, status);
  await context.close();
});
