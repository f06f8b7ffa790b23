import { describe, expect, it } from 'vitest';
import riskJson from '../../../src/core/lexicon/data/risk.json';
import { defaultEntries } from '../../../src/core/lexicon/index';
import type { LexiconFile } from '../../../src/core/lexicon/types';
import { unfindableForms } from './findable-forms';
import { duplicateForms, expectWellFormedFile, termKey, writtenForms } from './lexicon-file-checks';

const risk = riskJson as LexiconFile;

/** One entry per kind of signal. */
const SIGNALS = [
  'risk-no-prescription', 'risk-stealth-shipping', 'risk-encrypted-contact', 'risk-crypto-payment',
  'risk-research-chemical', 'risk-customs', 'risk-untraceable-payment', 'risk-darknet-market', 'risk-pharma-grade',
];

/** Phrases the brief asks for, and the signal each belongs to. */
const REQUIRED: [string, string][] = [
  ['no prescription', 'risk-no-prescription'], ['no rx', 'risk-no-prescription'],
  ['without prescription', 'risk-no-prescription'], ['no script', 'risk-no-prescription'],
  ['stealth shipping', 'risk-stealth-shipping'], ['discreet shipping', 'risk-stealth-shipping'],
  ['discreet packaging', 'risk-stealth-shipping'], ['100% customs pass', 'risk-customs'],
  ['customs clearance guaranteed', 'risk-customs'], ['safe delivery guarantee', 'risk-customs'],
  ['reship policy', 'risk-customs'], ['wickr me', 'risk-encrypted-contact'], ['telegram', 'risk-encrypted-contact'],
  ['whatsapp', 'risk-encrypted-contact'], ['threema', 'risk-encrypted-contact'], ['signal app', 'risk-encrypted-contact'],
  ['session messenger', 'risk-encrypted-contact'], ['wire app', 'risk-encrypted-contact'],
  ['research chemical', 'risk-research-chemical'], ['research chemicals', 'risk-research-chemical'],
  ['RC', 'risk-research-chemical'], ['not for human consumption', 'risk-research-chemical'],
  ['for research use only', 'risk-research-chemical'], ['lab use only', 'risk-research-chemical'],
  ['BTC only', 'risk-crypto-payment'], ['bitcoin', 'risk-crypto-payment'], ['XMR', 'risk-crypto-payment'],
  ['monero', 'risk-crypto-payment'], ['USDT', 'risk-crypto-payment'], ['crypto payment', 'risk-crypto-payment'],
  ['western union', 'risk-untraceable-payment'], ['moneygram', 'risk-untraceable-payment'],
  ['no questions asked', 'risk-no-questions'], ['pharmacy grade', 'risk-pharma-grade'],
  ['pharma grade', 'risk-pharma-grade'], ['pressed pills', 'risk-pharma-grade'], ['vendor', 'risk-darknet-market'],
  ['escrow', 'risk-darknet-market'], ['FE', 'risk-darknet-market'], ['finalize early', 'risk-darknet-market'],
  ['overnight shipping', 'risk-shipping-speed'], ['bulk discount', 'risk-bulk'],
];

describe('risk.json', () => {
  it('is a well-formed risk file with at least 150 phrases', () => {
    expectWellFormedFile(risk, 'risk');
    const latin = risk.entries.flatMap((entry) => [...entry.terms, ...(entry.exact ?? [])]);
    expect(latin.length).toBeGreaterThanOrEqual(150);
  });

  it('groups phrases by signal, one entry per signal', () => {
    const ids = risk.entries.map((entry) => entry.id);
    for (const id of SIGNALS) expect(ids, id).toContain(id);
    for (const id of ids) expect(id).toMatch(/^risk-/);
  });

  it('lists no phrase twice in the file', () => {
    expect(duplicateForms(writtenForms(risk))).toEqual([]);
  });

  it('has every phrase the brief names, under its signal', () => {
    for (const [phrase, signal] of REQUIRED) {
      const owner = risk.entries.find((entry) =>
        [...entry.terms, ...(entry.exact ?? [])].some((form) => termKey(form) === termKey(phrase)),
      );
      expect(owner?.id, phrase).toBe(signal);
    }
  });

  it('keeps short phrases and ordinary words in exact only', () => {
    const exact = new Set(risk.entries.flatMap((entry) => (entry.exact ?? []).map(termKey)));
    for (const word of ['RC', 'FE', 'XMR', 'BTC', 'vendor', 'escrow', 'stealth', 'tether', 'pressed']) {
      expect(exact.has(termKey(word)), word).toBe(true);
    }
  });

  it('finds every phrase again, as written, through the compiled matcher', () => {
    expect(unfindableForms(risk.entries)).toEqual([]);
  });

  it('keeps every form findable in the full shipped lexicon, where other files could shadow it', () => {
    expect(unfindableForms(defaultEntries(), new Set(risk.entries.map((entry) => entry.id)))).toEqual([]);
  });
});
