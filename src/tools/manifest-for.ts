/**
 * The one `manifest.json`, patched per browser at build time (Firefox wants `background.scripts` and gecko settings;
 * CRXJS's Firefox mode adds neither), and widened for the test build only.
 */
import baseManifest from '../../manifest.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

/** Gecko id; also used by the e2e harness to pin the extension's moz-extension:// UUID. */
export const GECKO_ID = 'rxlens@rxlens.dev';

type Manifest = typeof baseManifest & Record<string, unknown>;

/**
 * @param testBuild adds what automation needs and a user would grant by hand: content scripts on the loopback fixture
 *   server and `<all_urls>` (captureVisibleTab without a toolbar click, fetch to the local receiver).
 */
export function manifestFor(browser: Browser, testBuild: boolean): Manifest {
  const manifest: Manifest = structuredClone(baseManifest);
  if (testBuild) {
    manifest.content_scripts[0].matches.push('http://127.0.0.1/*', 'http://localhost/*');
    manifest.host_permissions = ['<all_urls>'];
    manifest.name = `${manifest.name} (test build)`;
  }
  if (browser === 'firefox') {
    const { service_worker: script, type } = baseManifest.background;
    manifest.background = { scripts: [script], type } as unknown as Manifest['background'];
    delete (manifest as Record<string, unknown>).minimum_chrome_version;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: the first Firefox with the CSS Custom Highlight API.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
