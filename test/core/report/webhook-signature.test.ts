import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { formatSigningSecret, parseSigningSecret } from '../../../src/core/report/signing-secret';
import { signWebhook, verifyWebhook } from '../../../src/core/report/webhook-signature';

const subtle = crypto.subtle;
// The example from the Standard Webhooks specification.
const SPEC_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('signWebhook', () => {
  it('matches the Standard Webhooks library on the specification example', async () => {
    const headers = await signWebhook(
      { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}', secret: SPEC_SECRET },
      subtle,
    );
    const expected = new Webhook(SPEC_SECRET).sign('msg_p5jXN8AQM9LWM0D4loKWxJek', new Date(1614265330 * 1000), '{"test": 2432232314}');
    expect(expected).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': expected,
    });
  });

  it('produces signatures that Webhook.verify accepts, for any body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.uint8Array({ minLength: 24, maxLength: 64 }), async (body, key) => {
        const secret = formatSigningSecret(key);
        const headers = await signWebhook({ id: crypto.randomUUID(), timestamp: nowSeconds(), body, secret }, subtle);
        expect(new Webhook(secret).verify(body, headers, { jsonParse: false })).toBeUndefined();
        const tampered = `${body}x`;
        expect(() => new Webhook(secret).verify(tampered, headers, { jsonParse: false })).toThrow(/signature/);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses ids with dots, fractional timestamps and malformed secrets', async () => {
    const good = { id: 'abc', timestamp: 1, body: '', secret: SPEC_SECRET };
    await expect(signWebhook({ ...good, id: 'a.b' }, subtle)).rejects.toThrow(/id/);
    await expect(signWebhook({ ...good, timestamp: 1.5 }, subtle)).rejects.toThrow(/timestamp/);
    await expect(signWebhook({ ...good, secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, subtle)).rejects.toThrow(/whsec_/);
  });
});

describe('verifyWebhook', () => {
  const key = (parseSigningSecret(SPEC_SECRET) as { key: Uint8Array<ArrayBuffer> }).key;
  const signed = (body: string, at: Date) => ({
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(SPEC_SECRET).sign('msg_1', at, body),
  });

  it('accepts what the library signs, also among several signatures and as bytes', async () => {
    const now = Date.now();
    const headers = signed('{"a":"ü"}', new Date(now));
    expect(await verifyWebhook({ headers, body: '{"a":"ü"}', key, nowMs: now }, subtle)).toMatchObject({ ok: true, id: 'msg_1' });
    const several = { ...headers, 'webhook-signature': `v1,AAAA v2,xyz ${headers['webhook-signature']}` };
    const bytes = new TextEncoder().encode('{"a":"ü"}');
    expect(await verifyWebhook({ headers: several, body: bytes, key, nowMs: now }, subtle)).toMatchObject({ ok: true });
  });

  it('rejects a changed body, a stale or future timestamp and missing headers', async () => {
    const now = Date.now();
    const headers = signed('{}', new Date(now));
    const verify = (h: Record<string, string>, body = '{}', nowMs = now) => verifyWebhook({ headers: h, body, key, nowMs }, subtle);
    expect(await verify(headers, '{ }')).toMatchObject({ ok: false, rejection: 'bad-signature' });
    expect(await verify(headers, '{}', now + 301_000)).toMatchObject({ ok: false, rejection: 'stale' });
    expect(await verify(headers, '{}', now - 301_000)).toMatchObject({ ok: false, rejection: 'stale' });
    expect(await verify(headers, '{}', now + 299_000)).toMatchObject({ ok: true });
    expect(await verify({ ...headers, 'webhook-timestamp': '12e3' })).toMatchObject({ ok: false, rejection: 'bad-timestamp' });
    const { 'webhook-signature': _, ...unsigned } = headers;
    expect(await verify(unsigned)).toMatchObject({ ok: false, rejection: 'missing-headers' });
  });
});

describe('signing secrets', () => {
  it('round-trips 24–64 random bytes and refuses other sizes and alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 24, maxLength: 64 }), (key) => {
        expect(parseSigningSecret(formatSigningSecret(key))).toEqual({ ok: true, key });
      }),
    );
    expect(parseSigningSecret('whsec_AAAA')).toMatchObject({ ok: false, error: expect.stringMatching(/24 to 64 bytes/) });
    expect(parseSigningSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS_')).toMatchObject({ ok: false, error: expect.stringMatching(/base64/) });
    expect(parseSigningSecret('whsec_ MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toMatchObject({ ok: false });
    expect(parseSigningSecret('sk_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toMatchObject({ ok: false, error: expect.stringMatching(/whsec_/) });
    expect(() => formatSigningSecret(new Uint8Array(8))).toThrow(RangeError);
  });
});
