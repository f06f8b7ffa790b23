import type { Report } from '../../../src/core/report/types';

/** A small valid report with every optional field present; tests mutate copies of it. */
export function sampleReport(): Report {
  return {
    schemaVersion: '1.0.0',
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    createdAt: '2026-11-24T08:41:02.123Z',
    caseId: 'CASE-42',
    note: 'Seen on the first results page.',
    page: {
      url: 'https://market.example/search?q=pills',
      title: 'Search results',
      canonicalUrl: 'https://market.example/search',
      marketplace: 'example-market',
      capturedAt: '2026-11-24T08:40:59Z',
      textSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    },
    listings: [
      {
        title: 'Xanax 2mg bars, 100 pcs',
        url: 'https://market.example/item/1',
        seller: 'pharma-direct',
        price: { raw: '$45.00', amount: 45, min: 40, max: 50, currency: 'USD', unit: 'pack', usd: 45 },
        priceFlags: [{ rule: 'bulk', severity: 'medium', message: '100 pills in one offer' }],
        findings: [
          {
            category: 'controlled',
            termId: 'alprazolam',
            name: 'Alprazolam',
            matched: 'Xanax',
            start: 0,
            end: 5,
            severity: 'high',
            schedule: 'IV',
            list: 'DEA List I',
            cas: '28981-97-7',
            reasons: ['Schedule IV (21 CFR 1308.14)'],
            context: { before: '', after: ' 2mg bars' },
          },
        ],
      },
    ],
    screenshot: {
      mediaType: 'image/png',
      dataBase64: 'iVBORw0KGgo=',
      sha256: '4c4b6a3be1314ab86138bef4314dde022e600960d8689a2c8f8631802d20dab6',
    },
    tool: { name: 'RxLens', version: '0.1.0', lexiconVersion: '2026.11.1', browser: 'Chromium', browserVersion: '131' },
  };
}
