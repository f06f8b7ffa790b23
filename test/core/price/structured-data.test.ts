import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectStructuredPriceData, pricesFromStructuredData } from '../../../src/core/price/structured-data';

const html = `<html><head>
<meta property="product:price:amount" content="19.00"><meta property="product:price:currency" content="GBP">
<meta property="og:title" content="Thing">
<script type="application/ld+json">{"@type":"Product","offers":{"@type":"Offer","price":"17.50","priceCurrency":"GBP"}}</script>
<script>var price = 1;</script>
</head><body><div itemscope itemtype="https://schema.org/Offer">
<span itemprop="price" content="18.00">£18.00</span><meta itemprop="priceCurrency" content="GBP"><span itemprop="name">Thing</span>
</div></body></html>`;

describe('collectStructuredPriceData over a linkedom tree', () => {
  const { document } = parseHTML(html);
  const data = collectStructuredPriceData<Node>(document.documentElement);

  it('collects JSON-LD texts, microdata price properties and product meta tags', () => {
    expect(data.jsonLd).toHaveLength(1);
    expect(data.microdata.map((p) => p.itemprop)).toEqual(['price', 'priceCurrency']);
    expect(data.microdata[0]).toMatchObject({ content: '18.00', text: '£18.00' });
    expect(data.meta.map((m) => m.property)).toEqual(['product:price:amount', 'product:price:currency']);
  });

  it('gives prices JSON-LD first, then microdata, then meta', () => {
    expect(pricesFromStructuredData(data).map((p) => [p.source, p.amount])).toEqual([
      ['json-ld', 17.5], ['microdata', 18], ['meta', 19],
    ]);
  });

  it('walks one listing card on its own', () => {
    const card = parseHTML(`<div><div id="a"><span itemprop="price" content="1"></span></div><div id="b"><span itemprop="price" content="2"></span></div></div>`).document;
    const b = card.querySelector('#b');
    expect(b && collectStructuredPriceData<Node>(b).microdata.map((p) => p.content)).toEqual(['2']);
  });
});
