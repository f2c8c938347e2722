// `node scripts/screenshot.mjs OUT.png [lang]`: the built app as a person sees it, for a human to look at.
import { launchBrowser, startPreview } from '../tests/e2e/harness.mjs';

const [out = 'screenshot.png', lang = 'en', mode = 'methodologist'] = process.argv.slice(2); // mode: trainee, reviewer
const server = await startPreview(4179);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByRole('region', { name: 'Module catalog' }).waitFor();
  if (lang === 'ru') await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  if (mode === 'trainee') {
    // Trainee mode with a planned trajectory: a drone operator's specialty, planned to the optimum.
    await page.locator('input[name="mode"][value="trainee"]').check();
    const goals = page.locator('.goals');
    await goals.locator('select').nth(0).selectOption('drones');
    await goals.locator('button').nth(0).click();
    await goals.locator('button[type="submit"]').click();
    await page
      .locator('.plan-status')
      .filter({ hasText: /^(Optimal|Оптимальный)/ })
      .waitFor({ timeout: 30_000 });
  }
  if (mode === 'reviewer') {
    await page.locator('input[name="mode"][value="reviewer"]').check();
    await page.locator('iframe.document-frame').waitFor();
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
