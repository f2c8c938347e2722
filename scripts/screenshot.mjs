// `node scripts/screenshot.mjs OUT.png [lang]`: the built app as a person sees it, for a human to look at.
import { launchBrowser, startPreview } from '../tests/e2e/harness.mjs';

const [out = 'screenshot.png', lang = 'en'] = process.argv.slice(2);
const server = await startPreview(4179);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByRole('region', { name: 'Module catalog' }).waitFor();
  if (lang === 'ru') await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
