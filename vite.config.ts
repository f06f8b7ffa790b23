import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, type Browser } from './src/tools/manifest-for.ts';

// One config, parameterised by the environment: RXLENS_BROWSER=chrome|firefox, RXLENS_TEST_BUILD=1.
const browser = (process.env.RXLENS_BROWSER ?? 'chrome') as Browser;
const testBuild = process.env.RXLENS_TEST_BUILD === '1';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser, testBuild) as never, browser })],
  // Lexicon data as JSON.parse('…') strings: far faster to load than object literals of the same data.
  json: { stringify: true },
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
