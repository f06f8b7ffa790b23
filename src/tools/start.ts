/**
 * `npm start`: builds the extension, serves the bundled demo marketplace on 127.0.0.1, and opens it in Chromium
 * (or `--browser firefox`) with RxLens loaded. Reports sent from the popup are printed here.
 * `--headless --screenshot FILE` proves it on a machine without a display.
 */
import { fileURLToPath } from 'node:url';
import { buildExtension } from './build';
import { launchWithExtension, waitInTab } from './browsers';
import { startFixtureServer } from './fixture-server';
import type { Browser } from './manifest-for';

const DEMO_ROOT = fileURLToPath(new URL('../../test/fixtures/pages/', import.meta.url));

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const browser = (option(args, '--browser') ?? 'chrome') as Browser;
  if (browser !== 'chrome' && browser !== 'firefox') throw new Error(`--browser takes chrome or firefox, not "${browser}"`);
  const screenshot = option(args, '--screenshot');
  const headless = args.includes('--headless');

  const extensionDir = await buildExtension(browser, true);
  const server = await startFixtureServer(DEMO_ROOT);
  const demoUrl = `${server.origin}/demo-marketplace.html`;
  const session = await launchWithExtension(browser, extensionDir, { headless });

  // Point reports at this process so "Send report" works out of the box.
  const options = await session.openExtensionPage('src/options/index.html');
  await waitInTab(options, () => !!document.querySelector('input[type=url]'), null);
  await options.type('input[type=url]', `${server.origin}/collect`);
  await options.click('button[type=submit]');

  const tab = await session.newTab(demoUrl);
  await waitInTab(tab, () => (CSS.highlights.get('rxlens-drug')?.size ?? 0) > 0, null, 30_000);
  console.log(`RxLens demo: ${demoUrl} in ${browser} (reports sent from the popup are printed here)`);

  if (screenshot) {
    await tab.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot written to ${screenshot}`);
  }
  if (headless) {
    await session.close();
    await server.close();
    return;
  }
  let printed = 0;
  setInterval(() => {
    for (; printed < server.received.length; printed++) console.log(`report received:\n${server.received[printed].body}`);
  }, 500);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
