/**
 * Units a price or a quantity can be stated in, and the words marketplaces write for them.
 * Mass converts to grams and volume to millilitres so quantities compare across units.
 */
import { LETTER } from './letter-class';
import { alternationOf } from './word-alternation';

/** Canonical unit names. */
export type UnitName =
  | 'mg' | 'g' | 'kg' | 't' | 'lb' | 'oz'
  | 'ml' | 'l' | 'gal'
  | 'tablet' | 'capsule' | 'pill' | 'pen' | 'vial' | 'ampoule' | 'syringe' | 'film' | 'patch' | 'sachet' | 'dose'
  | 'piece' | 'box' | 'pack' | 'bottle' | 'strip' | 'bag' | 'set' | 'kit' | 'carton';

/** mass and volume are bulk measures; dose units are what a patient takes; package units hold an unknown count. */
export type UnitKind = 'mass' | 'volume' | 'dose' | 'package';

export interface UnitInfo {
  kind: UnitKind;
  /** Grams (mass) or millilitres (volume) in one unit; 1 for dose and package units. */
  base: number;
}

export const UNITS: Readonly<Record<UnitName, UnitInfo>> = {
  mg: { kind: 'mass', base: 0.001 },
  g: { kind: 'mass', base: 1 },
  kg: { kind: 'mass', base: 1000 },
  t: { kind: 'mass', base: 1_000_000 },
  lb: { kind: 'mass', base: 453.59237 },
  oz: { kind: 'mass', base: 28.349523125 },
  ml: { kind: 'volume', base: 1 },
  l: { kind: 'volume', base: 1000 },
  gal: { kind: 'volume', base: 3785.411784 },
  tablet: { kind: 'dose', base: 1 },
  capsule: { kind: 'dose', base: 1 },
  pill: { kind: 'dose', base: 1 },
  pen: { kind: 'dose', base: 1 },
  vial: { kind: 'dose', base: 1 },
  ampoule: { kind: 'dose', base: 1 },
  syringe: { kind: 'dose', base: 1 },
  film: { kind: 'dose', base: 1 },
  patch: { kind: 'dose', base: 1 },
  sachet: { kind: 'dose', base: 1 },
  dose: { kind: 'dose', base: 1 },
  piece: { kind: 'package', base: 1 },
  box: { kind: 'package', base: 1 },
  pack: { kind: 'package', base: 1 },
  bottle: { kind: 'package', base: 1 },
  strip: { kind: 'package', base: 1 },
  bag: { kind: 'package', base: 1 },
  set: { kind: 'package', base: 1 },
  kit: { kind: 'package', base: 1 },
  carton: { kind: 'package', base: 1 },
};

/** Written forms, lower-cased, each mapped to its unit. Longer forms win when the pattern is built. */
const UNIT_WORDS: Readonly<Record<UnitName, readonly string[]>> = {
  mg: ['mg', 'mgs', 'milligram', 'milligrams', 'мг', '毫克'],
  g: ['g', 'gr', 'grs', 'gm', 'gms', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramo', 'gramos', 'grammi', 'г', 'гр', '克'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilogramo', 'kilogramos', 'кг', '千克', '公斤'],
  t: ['ton', 'tons', 'tonne', 'tonnes', 'mt', 'metric ton', 'metric tons', '吨'],
  lb: ['lb', 'lbs', 'pound', 'pounds'],
  oz: ['oz', 'ounce', 'ounces'],
  ml: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters', 'мл', '毫升'],
  l: ['l', 'lt', 'ltr', 'ltrs', 'litre', 'litres', 'liter', 'liters', 'litro', 'litros', 'л', '升'],
  gal: ['gal', 'gallon', 'gallons'],
  tablet: ['tablet', 'tablets', 'tab', 'tabs', 'tabletten', 'comprimé', 'comprimés', 'comprimido', 'comprimidos', 'таблетка', 'таблеток', 'таб', '片'],
  capsule: ['capsule', 'capsules', 'cap', 'caps', 'kapseln', 'cápsulas', 'softgel', 'softgels', '粒'],
  pill: ['pill', 'pills'],
  pen: ['pen', 'pens', 'pen injector', 'pen injectors', 'stylo', 'stylos', 'pluma', 'plumas', 'шприц-ручка', '支'],
  vial: ['vial', 'vials', 'vl', 'fiole', 'vial(s)', 'ampolla', 'ampollas', '瓶装'],
  ampoule: ['ampoule', 'ampoules', 'ampule', 'ampules', 'amp', 'amps', 'ампула', 'ампул'],
  syringe: ['syringe', 'syringes', 'prefilled syringe', 'prefilled syringes'],
  film: ['film', 'films', 'strip film'],
  patch: ['patch', 'patches'],
  sachet: ['sachet', 'sachets'],
  dose: ['dose', 'doses', 'unit dose', 'injection', 'injections'],
  piece: ['piece', 'pieces', 'pc', 'pcs', 'pce', 'szt', 'stk.', 'unit', 'units', 'each', 'ea', 'item', 'items', 'unidad', 'unidades', 'pieza', 'piezas', 'stück', 'stk', 'st', 'pz', 'pezzo', 'pezzi', 'unidade', 'unidades', 'pièce', 'pièces', 'adet', 'шт', '件', '个'],
  box: ['box', 'boxes', 'boîte', 'boîtes', 'caja', 'cajas', 'caixa', 'caixas', 'scatola', 'коробка', 'упаковка', 'уп', '盒'],
  pack: ['pack', 'packs', 'packet', 'packets', 'package', 'packages', 'pk', 'pkt', 'packung', '包'],
  bottle: ['bottle', 'bottles', 'btl', 'flacon', 'frasco', 'флакон', '瓶'],
  strip: ['strip', 'strips', 'blister', 'blisters'],
  bag: ['bag', 'bags', 'drum', 'drums', 'barrel', 'barrels', '袋', '桶'],
  set: ['set', 'sets'],
  kit: ['kit', 'kits'],
  carton: ['carton', 'cartons', 'case', 'cases', '箱'],
};

const WORD_TO_UNIT = new Map<string, UnitName>();
for (const [unit, words] of Object.entries(UNIT_WORDS) as [UnitName, readonly string[]][]) {
  for (const word of words) WORD_TO_UNIT.set(word, unit);
}

/** The unit a written form stands for ("Kilogram" → 'kg', "caps" → 'capsule'), or null. */
export function unitFromWord(word: string): UnitName | null {
  return WORD_TO_UNIT.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * Regular-expression source matching any unit word, longest first, ending where a word ends (a digit may follow:
 * "/ g10 g (MOQ)"). Use with the `u` and `i` flags.
 */
export const UNIT_PATTERN = `(?:${alternationOf(WORD_TO_UNIT.keys())})(?!${LETTER})`;

/**
 * `text` cut where a lower-case letter runs into an upper-case one. Inline elements join without a space, so
 * "<b>/ g</b><i>Min. Order</i>" reads "/ gMin. Order"; cut there, the unit "g" ends a word again.
 */
export function cutAtJoinedWords(text: string): string {
  const join = /\p{Ll}(?=\p{Lu})/u.exec(text);
  return join ? text.slice(0, join.index + 1) : text;
}

/** Grams or millilitres in a quantity, or null for dose and package units. */
export function bulkMeasure(quantity: { value: number; unit: UnitName }): number | null {
  const info = UNITS[quantity.unit];
  return info.kind === 'mass' || info.kind === 'volume' ? quantity.value * info.base : null;
}
