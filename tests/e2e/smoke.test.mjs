import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, useApp, watchErrors } from './harness.mjs';

const app = useApp(4173);

test('the app opens with the sample network, a programme and its diagnostics, without console errors', async () => {
  const page = await (await app.browser.newContext()).newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url);
  const catalog = page.getByRole('region', { name: 'Module catalog' });
  await catalog.waitFor();
  await catalog.getByRole('status').filter({ hasText: '132 modules' }).waitFor();
  // The list is virtualised: only the rows in view are in the page.
  const rows = await catalog.getByRole('list', { name: 'Catalog results' }).getByRole('listitem').count();
  assert.ok(rows > 3 && rows < 40, `expected only the visible rows, got ${rows}`);
  await catalog.getByRole('searchbox', { name: 'Search modules' }).fill('MIG/MAG welding basics');
  await catalog.getByRole('listitem', { name: 'MIG/MAG welding basics' }).getByText('Develops:').waitFor();

  const programme = page.getByRole('region', { name: 'Programme', exact: true });
  const picker = page.getByRole('combobox', { name: 'Open programme' });
  assert.ok((await picker.locator('option').count()) >= 5);
  await programme.getByRole('list', { name: 'Manual arc welding' }).waitFor();

  // The first sample is a half-finished draft: its problems are listed and marked on the modules they concern.
  const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
  await diagnostics.getByText('2 errors, 2 warnings').waitFor();
  const items = diagnostics.getByRole('listitem');
  assert.deepEqual(await items.locator('code').filter({ hasNotText: '/' }).allTextContents(), [
    'prereq.order',
    'coverage.missing',
    'assessment.missing-final',
    'module.retired',
  ]);
  await diagnostics
    .getByRole('button', { name: 'Apply fix: Add “MIG/MAG welding basics” (m-weld-mig-basic)' })
    .waitFor();
  const retired = programme.getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' });
  await retired.getByText('2 problems').waitFor();

  await picker.selectOption({ label: 'CNC machine operator' });
  await diagnostics.getByText('0 errors, 0 warnings').waitFor();
  await diagnostics.getByText('No problems found').waitFor();
  await programme
    .getByRole('list', { name: 'Working on CNC machines' })
    .getByRole('listitem', { name: 'CNC operator: setup and machining' })
    .waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching language re-renders every panel in Russian and is remembered', async () => {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(app.server.url);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('region', { name: 'Каталог модулей' }).waitFor();
  await page.getByRole('region', { name: 'Программа' }).waitFor();
  await page.getByRole('region', { name: 'Замечания' }).getByText('2 ошибки, 2 предупреждения').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  await page.reload();
  await page.getByRole('combobox', { name: 'Язык' }).waitFor();
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await page.close();
});

test('axe-core finds no serious or critical violations on the main screen', async () => {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(app.server.url);
  await page.getByRole('region', { name: 'Diagnostics' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
