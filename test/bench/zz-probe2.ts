import { foldCharacters } from '../../src/core/normalize/fold-characters';
import { createCollapseWhitespace } from '../../src/core/normalize/collapse-whitespace';
import { createSkipWordSeparators } from '../../src/core/normalize/skip-word-separators';
import { foldText } from '../../src/core/normalize/fold-text';
const words = 'wireless bluetooth headphones stainless steel kitchen knife set organic cotton t-shirt men women kids phone case - $12.99 (234 sold)'.split(' ');
const cards: string[] = []; let r = 1;
for (let k = 0; k < 15000; k++) { let t = ''; while (t.length < 256) { r = (r * 1103515245 + 12345) & 0x7fffffff; t += words[r % words.length] + ' '; } cards.push(t); }
const total = cards.reduce((a, c) => a + c.length, 0);
const cw = createCollapseWhitespace(), sk = createSkipWordSeparators();
function bench(name: string, fn: () => void) { let best = 1e9; for (let k = 0; k < 7; k++) { const t0 = performance.now(); fn(); best = Math.min(best, performance.now() - t0); } console.log(name, best.toFixed(1), 'ms', (total / best / 1000).toFixed(1), 'M/s'); }
bench('foldCharacters', () => { for (const c of cards) foldCharacters(c); });
bench('+collapse', () => { for (const c of cards) cw(foldCharacters(c)); });
bench('+skip', () => { for (const c of cards) { const b = foldCharacters(c); cw(b); sk(b); } });
bench('foldText', () => { for (const c of cards) foldText(c); });
