import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { axeViolations, openApp, useApp } from './harness.mjs';

const app = useApp(4182);

test('a reviewer’s comments land on the right modules and can be resolved and sent back', async () => {
  const { page, errors } = await openApp(app);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'comments.json',
    mimeType: 'application/json',
    buffer: readFileSync('fixtures/review/draft-welder-comments.json'),
  });
  await page.getByRole('status').filter({ hasText: 'comments.json: 3 comments imported.' }).waitFor();

  const panel = page.getByRole('region', { name: 'Review comments' });
  await panel.getByRole('status').filter({ hasText: '2 open of 3 comments' }).waitFor();
  const programme = page.getByRole('region', { name: 'Programme', exact: true });
  // Each module card carries the count of its own open comments.
  for (const title of ['Manual metal arc welding (2019 edition)', 'Safety in welding and hot work'])
    await programme.getByRole('listitem', { name: title }).getByText('1 comment from review').waitFor();

  // "Show" selects the module; the inspector lists its comment.
  await panel.getByRole('button', { name: 'Show' }).first().click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByText('The 2019 edition is retired').waitFor();

  await panel
    .getByRole('checkbox', { name: /^Resolved: I\. Petrova.*comment On “Safety in welding and hot work”/ })
    .check();
  await panel.getByRole('status').filter({ hasText: '1 open of 3 comments' }).waitFor();
  await programme
    .getByRole('listitem', { name: 'Safety in welding and hot work' })
    .getByText('1 comment from review')
    .waitFor({ state: 'detached' });

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export comments' }).click();
  const path = await (await download).path();
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal((await download).suggestedFilename(), 'prg-draft-welder-mma.review-comments.json');
  assert.deepEqual(
    saved.comments.map((c) => [c.moduleId ?? c.pointer, c.resolved]),
    [
      ['m-weld-mma-basic-2019', false],
      ['m-weld-safety-basic', true],
      ['/finalAssessment', true],
    ],
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
});
