/** `npm run package`: builds both browsers and zips each for its store, into dist/packages/. */
import { execFileSync } from 'node:child_process';
import { buildExtension, REPO_ROOT } from './build';
import type { Browser } from './manifest-for';
import manifest from '../../manifest.json' with { type: 'json' };

for (const browser of ['chrome', 'firefox'] as Browser[]) {
  const dir = await buildExtension(browser, false);
  const filename = `rxlens-${browser}-${manifest.version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', `${REPO_ROOT}dist/packages`, '--filename', filename, '--overwrite-dest'], {
    stdio: 'inherit',
  });
}
