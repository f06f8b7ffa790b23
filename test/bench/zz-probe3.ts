import { loadDefaultLexicon } from '../../src/core/lexicon/index';
import { foldText } from '../../src/core/normalize/fold-text';
const l = loadDefaultLexicon();
const t = 'wireless bluetooth headphones stainless steel kitchen knife set organic cotton t-shirt men women kids phone case charger cable usb fast charging portable power bank led desk lamp garden hose yoga mat vitamin supplement protein powder running shoes leather wallet watch band sunglasses backpack travel free shipping best price original authentic new arrival limited offer wholesale bulk order discount sale high quality fast delivery customer reviews in stock ships today warranty included gift box premium - $12.99 (2345 sold)';
const f = foldText(t);
const counts = new Map<string, number>();
for (const m of l.matcher.find(f.folded)) { const k = l.patterns[m.pattern] + ' <- ' + l.termsByPattern[m.pattern].map(x => x.written + (x.exact ? '(exact)' : '')).join(','); counts.set(k, (counts.get(k) ?? 0) + 1); }
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 40));
