/** Builds the test build for both browsers once before the end-to-end tests. */
import { buildExtension } from '../../src/tools/build';

export default async function setup(): Promise<void> {
  await buildExtension('chrome', true);
  await buildExtension('firefox', true);
}
