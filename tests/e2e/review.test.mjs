import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { axeViolations, importFile, openApp, useApp } from './harness.mjs';

const app = useApp(4182);

test('a reviewer’s comments land on the right modules and can be resolved and sent back', async () => {
  const { page, errors } = await openApp(app);
  await importFile(page, 'comments.json', readFileSync('fixtures/review/draft-welder-comments.json'));
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

  // The comments, and what was resolved, are still there after a reload.
  await page.reload();
  await page
    .getByRole('region', { name: 'Review comments' })
    .getByRole('status')
    .filter({ hasText: '1 open of 3 comments' })
    .waitFor();
  await programme
    .getByRole('listitem', { name: 'Manual metal arc welding (2019 edition)' })
    .getByText('1 comment from review')
    .waitFor();
  assert.deepEqual(errors, []);
});

test('a review package is exported, verified as a reviewer, and a changed byte is caught', async () => {
  const { unzipSync, zipSync } = await import('fflate');
  const { page, errors } = await openApp(app);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Review package' }).click();
  const zipPath = await (await download).path();
  assert.equal((await download).suggestedFilename(), 'prg-draft-welder-mma.review.zip');
  const zip = readFileSync(zipPath);

  await page.getByRole('radio', { name: 'Reviewer' }).check();
  const source = page.getByRole('region', { name: 'What you are reviewing' });
  const openPackage = async (name, bytes) => {
    const chooser = page.waitForEvent('filechooser');
    await source.getByRole('button', { name: 'Open review package (.zip)' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  };
  await openPackage('package.zip', zip);
  await source.getByRole('status').filter({ hasText: 'package.zip: verified.' }).waitFor();
  await source.getByText(/^Content digest \(SHA-256\): [0-9a-f]{64}$/).waitFor();
  // The document is shown read-only, in a frame that runs nothing.
  const frame = page.frameLocator('iframe[title="Programme document"]');
  await frame.getByRole('heading', { name: /General characteristics/ }).waitFor();
  // Printed from the browser, every A4 sheet carries its page number and the digest, as the PDF's pages do.
  const digest = (await source.getByText(/^Content digest/).innerText()).split(': ')[1];
  const printed = await page.context().newPage();
  await printed.setContent(await page.locator('iframe[title="Programme document"]').getAttribute('srcdoc'));
  const { extractText } = await import('unpdf');
  const { totalPages, text } = await extractText(
    new Uint8Array(await printed.pdf({ preferCSSPageSize: true })),
  );
  await printed.close();
  assert.ok(totalPages > 3, `${totalPages} pages`);
  text.forEach((sheet, i) => {
    assert.match(sheet, new RegExp(`SHA-256: ${digest}`), `page ${i + 1}`);
    assert.match(sheet, new RegExp(`(^|\\D)${i + 1} / ${totalPages}(\\D|$)`), `page ${i + 1}`);
  });

  // One changed byte in one file is named exactly.
  const files = unzipSync(zip);
  const programme = files['programme.json'];
  // "Manual arc…" becomes "manual arc…": still a valid programme, no longer the one reviewed.
  programme[Buffer.from(programme).indexOf('Manual arc')] ^= 0x20;
  await openPackage('changed.zip', zipSync(files));
  const alert = source.getByRole('alert');
  await alert.getByText('changed.zip has been changed since it was exported:').waitFor();
  assert.match(await alert.innerText(), /programme\.json differs from the manifest/);

  // The reviewer writes a comment on a module; it is listed with the others, ready to export.
  const write = page.getByRole('region', { name: 'Your comments' });
  await write
    .getByLabel('On', { exact: true })
    .selectOption({ label: '“Safety in welding and hot work” (m-weld-safety-basic)' });
  await write.getByRole('radio', { name: 'reject' }).check();
  await write.getByLabel('Comment', { exact: true }).fill('Hot work permits are missing.');
  await write.getByLabel('Your name and organisation').fill('R. Expert, Uralmash');
  await write.getByRole('button', { name: 'Add comment' }).click();
  const comments = page.getByRole('region', { name: 'Review comments' });
  await comments.getByText('Hot work permits are missing.').waitFor();
  await comments.getByRole('status').filter({ hasText: '1 open of 1 comment' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
});
