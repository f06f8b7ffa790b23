import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PriceFlag } from '../../../../src/core/findings';
import { PRICE_RULES } from '../../../../src/core/price/rules/index';

const folder = fileURLToPath(new URL('../../../../src/core/price/rules/', import.meta.url));
const ALL_RULES: PriceFlag['rule'][] = ['below-reference', 'bulk', 'hidden-price', 'page-outlier', 'offered'];

describe('price rule registry', () => {
  it('registers one rule per file, each once, covering every PriceFlag rule', () => {
    const ruleFiles = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts');
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ALL_RULES].sort());
    expect(PRICE_RULES.map((r) => r.id).sort()).toEqual([...ALL_RULES].sort());
  });

  it('documents every rule', () => {
    for (const rule of PRICE_RULES) expect(rule.summary.length).toBeGreaterThan(30);
  });
});
