import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, openApp, useApp } from './harness.mjs';

const app = useApp(4181);

async function openTraineeMode() {
  const { page, errors } = await openApp(app);
  await page.getByRole('radio', { name: 'Trainee' }).check();
  const goals = page.getByRole('region', { name: 'Your goals' });
  await goals.waitFor();
  return { page, errors, goals, trajectory: page.getByRole('region', { name: 'Your trajectory' }) };
}

async function saveDownload(page, click) {
  const download = page.waitForEvent('download');
  await click();
  const file = join(mkdtempSync(join(tmpdir(), 'cc-trajectory-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  return { name: (await download).suggestedFilename(), text: readFileSync(file, 'utf8') };
}

const stepNames = (trajectory) =>
  trajectory
    .getByRole('list', { name: 'Steps' })
    .locator(':scope > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('a trainee plans a specialty with prior learning, breaks the order by dragging, and exports .ics and JSON', async () => {
  const { page, errors, goals, trajectory } = await openTraineeMode();
  await goals.getByLabel('Specialty', { exact: true }).selectOption({ label: 'Drone operation' });
  await goals.getByRole('button', { name: 'Add its competencies as targets' }).click();
  assert.equal(await goals.getByRole('list', { name: 'Targets' }).locator('li').count(), 13);

  for (const [competency, evidence] of [
    ['PC 6.1 Complying with air law when operating unmanned aircraft systems', 'Pilot licence, 2024'],
    ['PC 6.3 Flying an unmanned aircraft on a simulator', 'Simulator course certificate'],
  ]) {
    await goals.getByRole('combobox', { name: 'Competency held' }).fill(competency);
    await goals.getByLabel('Evidence').fill(evidence);
    await goals.getByRole('button', { name: 'Add prior learning' }).click();
  }
  await goals.getByRole('button', { name: 'Plan my trajectory' }).click();

  const status = trajectory.getByRole('status').first();
  await status.filter({ hasText: /^Optimal: \d+ hours$/ }).waitFor({ timeout: 30_000 });
  const names = await stepNames(trajectory);
  assert.ok(names.length >= 5, `a plan of several steps, got ${names.join(' | ')}`);
  // Prior learning is used: the air-law module is not in the plan.
  assert.ok(!names.some((n) => /air law/i.test(n)), names.join(' | '));
  const checks = page.getByRole('region', { name: 'Checks' });
  await checks
    .getByRole('status')
    .filter({ hasText: /^0 errors/ })
    .waitFor();

  // Drag the last step (which needs something earlier) to the top by keyboard: the rule engine objects.
  const last = names.at(-1);
  await trajectory.getByRole('button', { name: last, exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByText(`is over position ${names.length}.`).waitFor({ state: 'attached' });
  // Each arrow press is announced; the next one waits for it, as a screen-reader user would.
  for (let position = names.length - 1; position >= 1; position--) {
    await page.keyboard.press('ArrowUp');
    await page.getByText(`is over position ${position}.`).waitFor({ state: 'attached' });
  }
  await page.keyboard.press('Space');
  await page.getByText(/Dropped .* at position 1\./).waitFor({ state: 'attached' });
  assert.equal((await stepNames(trajectory))[0], `Step 1: ${last.replace(/^Step \d+: /, '')}`);
  await checks.getByText('prereq.order').first().waitFor();
  const adjusted = await stepNames(trajectory);
  await trajectory.getByText('You changed the planned trajectory').waitFor();

  const ics = await saveDownload(page, () =>
    page.getByRole('button', { name: 'Export calendar (.ics)' }).click(),
  );
  assert.match(ics.name, /^trajectory-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.equal((ics.text.match(/BEGIN:VEVENT/g) ?? []).length, names.length);
  assert.match(ics.text, /DTSTART;VALUE=DATE:\d{8}/);
  assert.match(ics.text, /LOCATION:/);

  const json = await saveDownload(page, () =>
    page.getByRole('button', { name: 'Save trajectory (JSON)' }).click(),
  );
  const file = JSON.parse(json.text);
  assert.equal(file.kind, 'trajectory');
  assert.equal(file.steps.length, names.length);
  assert.deepEqual(
    file.priorCompetencies.map((p) => p.competency),
    ['c-drone-law', 'c-drone-sim'],
  );
  assert.ok(file.steps.every((s) => s.start && s.end && s.reasons));
  assert.equal(typeof file.totalHours, 'number');

  assert.deepEqual(await axeViolations(page), []);

  // Nothing is lost on reload: trainee mode comes back with the adjusted trajectory.
  await page.reload();
  await page.getByRole('region', { name: 'Your trajectory' }).waitFor();
  assert.deepEqual(await stepNames(page.getByRole('region', { name: 'Your trajectory' })), adjusted);
  assert.deepEqual(errors, []);
});

test('ruling out the only way to a target explains why no trajectory is possible', async () => {
  const { goals, trajectory } = await openTraineeMode();
  await goals
    .getByRole('combobox', { name: 'Find a competency' })
    .fill('PC 6.13 Operating fixed-wing unmanned aircraft');
  await goals.getByRole('button', { name: 'Add target' }).click();
  await goals.getByRole('button', { name: 'Plan my trajectory' }).click();
  await trajectory
    .getByRole('status')
    .filter({ hasText: /^Optimal/ })
    .waitFor({ timeout: 30_000 });
  const mission = (await stepNames(trajectory))
    .find((n) => /mission planning/i.test(n))
    .replace(/^Step \d+: /, '');
  await trajectory.getByRole('button', { name: `Never plan “${mission}”` }).click();
  await goals.getByRole('list', { name: 'Modules I will not take' }).getByText(mission).waitFor();
  await goals.getByRole('button', { name: 'Plan my trajectory' }).click();
  const alert = trajectory.getByRole('alert');
  await alert.getByText('No trajectory is possible').waitFor({ timeout: 30_000 });
  const text = await alert.innerText();
  assert.match(text, /PC 6\.13/);
  assert.match(text, /PC 6\.8/);
});

test('a module is added to the trajectory by typing part of its title', async () => {
  const { goals, trajectory } = await openTraineeMode();
  await goals.getByRole('combobox', { name: 'Find a competency' }).fill('PC 6.13');
  await goals.getByRole('combobox', { name: 'Find a competency' }).press('Enter');
  await goals.getByRole('button', { name: 'Plan my trajectory' }).click();
  await trajectory
    .getByRole('status')
    .filter({ hasText: /^Optimal/ })
    .waitFor({ timeout: 30_000 });
  const field = trajectory.getByRole('combobox', { name: 'Add a module' });
  await field.fill('hot work');
  // The suggestions are the matching modules only, each named by title and id (titles repeat across partners).
  assert.deepEqual(await trajectory.locator('datalist option').evaluateAll((os) => os.map((o) => o.value)), [
    'Safety in welding and hot work (m-weld-safety-basic)',
  ]);
  await field.fill('Safety in welding and hot work (m-weld-safety-basic)');
  await field.press('Enter');
  await trajectory
    .getByRole('list', { name: 'Steps' })
    .getByText('Safety in welding and hot work')
    .first()
    .waitFor();
  assert.equal(await field.inputValue(), '');
});
