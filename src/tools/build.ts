/**
 * Builds the extension: `tsx src/tools/build.ts [--test] [--browser chrome|firefox]`.
 * Without --browser, both. The shipped build goes to dist/<browser>, the test build to dist/test-<browser>.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from './manifest-for';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function distDir(browser: Browser, testBuild: boolean): string {
  return `${REPO_ROOT}dist/${testBuild ? 'test-' : ''}${browser}`;
}

export async function buildExtension(browser: Browser, testBuild: boolean): Promise<string> {
  process.env.RXLENS_BROWSER = browser;
  process.env.RXLENS_TEST_BUILD = testBuild ? '1' : '0';
  await build({ root: REPO_ROOT, configFile: `${REPO_ROOT}vite.config.ts`, logLevel: 'warn' });
  return distDir(browser, testBuild);
}

async function main(args: string[]): Promise<void> {
  const testBuild = args.includes('--test');
  const at = args.indexOf('--browser');
  const browsers: Browser[] = at >= 0 ? [args[at + 1] as Browser] : ['chrome', 'firefox'];
  for (const browser of browsers) {
    if (browser !== 'chrome' && browser !== 'firefox') throw new Error(`unknown browser "${browser}" (chrome or firefox)`);
    console.log(`built ${await buildExtension(browser, testBuild)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
