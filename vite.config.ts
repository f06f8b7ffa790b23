import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { manifestFor, type Browser } from './src/tools/manifest-for.ts';

// One config, parameterised by the environment: RXLENS_BROWSER=chrome|firefox, RXLENS_TEST_BUILD=1.
const browser = (process.env.RXLENS_BROWSER ?? 'chrome') as Browser;
const testBuild = process.env.RXLENS_TEST_BUILD === '1';

/**
 * Data files (lexicon, price tables) are bundled as `JSON.parse('…')` of one string: V8 parses JSON far faster than
 * the object literals a bundler writes, and a content script's load is one task the page waits for. CRXJS builds the
 * content script in a separate IIFE build that takes only `resolve` from this config, so the data files are turned
 * into such modules here, and imports of them are aliased to those.
 */
function dataModuleAliases(): { find: RegExp; replacement: string }[] {
  const out = `${import.meta.dirname}/node_modules/.cache/rxlens-data`;
  mkdirSync(out, { recursive: true });
  for (const folder of ['src/core/lexicon/data', 'src/core/price/data']) {
    for (const name of readdirSync(`${import.meta.dirname}/${folder}`).filter((n) => n.endsWith('.json'))) {
      const text = JSON.stringify(JSON.parse(readFileSync(`${import.meta.dirname}/${folder}/${name}`, 'utf8')));
      writeFileSync(`${out}/${name.replace(/\.json$/, '.js')}`, `export default JSON.parse(${JSON.stringify(text)});\n`);
    }
  }
  return [{ find: /^(?:\.{1,2}\/)*(?:lexicon\/)?data\/([\w-]+)\.json$/, replacement: `${out}/$1.js` }];
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser, testBuild) as never, browser })],
  resolve: { alias: dataModuleAliases() },
  define: {
    __FIREFOX__: JSON.stringify(browser === 'firefox'),
    __TEST_BUILD__: JSON.stringify(testBuild),
  },
  build: {
    outDir: `dist/${testBuild ? 'test-' : ''}${browser}`,
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox140' : 'chrome121',
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173, strictPort: true, hmr: false },
});
