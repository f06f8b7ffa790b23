import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from '../../../src/core/report/base64';
import { utf8Encode } from '../../../src/core/report/utf8';

describe('utf8Encode', () => {
  it('writes the same bytes as TextEncoder, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((u) => String.fromCharCode(u)) }), (a, b) => {
        expect(utf8Encode(a + b)).toEqual(new TextEncoder().encode(a + b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('base64', () => {
  it('agrees with Buffer both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = base64Encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses what is not strict padded base64', () => {
    for (const bad of ['A', 'AB', 'ABC', 'A===', '====', 'AB=C', 'AB-_', 'AB C', 'ABCD=', 'ÄBCD']) {
      expect(base64Decode(bad), bad).toBeNull();
    }
    expect(base64Decode('')).toEqual(new Uint8Array());
  });

  it('decodes megabytes without overflowing the stack', () => {
    const bytes = new Uint8Array(9_000_000).map((_, i) => i * 7);
    expect(base64Decode(base64Encode(bytes))?.length).toBe(9_000_000);
  });
});
