import { describe, expect, it } from 'vitest';
import { findHiddenPricePhrase, hasHiddenPrice } from '../../../src/core/price/hidden-price';

describe('hidden price phrases', () => {
  it.each([
    'Contact Supplier', 'contact seller for price', 'Contact us for the best price', 'Price on request', 'Negotiable', 'Inquire now', 'Ask for Price',
    'Get Latest Price', 'Request a quote', 'Preis auf Anfrage', 'Prix sur demande', 'Precio a consultar', 'цена по запросу', '价格面议',
  ])('%s hides the price', (text) => {
    expect(hasHiddenPrice(text)).toBe(true);
  });

  it.each(['$12.48 in stock', 'Contacts lens case', 'Free shipping', 'Please contact us if you have any questions', 'Send us an inquiry'])('%s does not', (text) => {
    expect(hasHiddenPrice(text)).toBe(false);
  });

  it('returns the phrase as written', () => {
    expect(findHiddenPricePhrase('BMK glycidate — Contact Supplier now')).toBe('Contact Supplier');
  });
});
