import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/core/detect/index';

const folder = new URL('../../../src/core/detect/', import.meta.url);

describe('detector registry', () => {
  it('registers every detector file once, each documented', () => {
    const declared = readdirSync(folder)
      .filter((file) => /:\s*Detector\s*=/.test(readFileSync(new URL(file, folder), 'utf8')))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(declared.length).toBeGreaterThan(0);
    expect(DETECTORS.map((d) => d.id).sort()).toEqual(declared.sort());
    expect(new Set(DETECTORS.map((d) => d.id)).size).toBe(DETECTORS.length);
    for (const detector of DETECTORS) expect(detector.description.length).toBeGreaterThan(20);
  });
});
