import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { deliveryHeaders, validateAuthHeader } from '../../../src/core/outbox/delivery-request';
import { formatSigningSecret } from '../../../src/core/report/signing-secret';

const SECRET = formatSigningSecret(new Uint8Array(32).fill(9));

describe('deliveryHeaders', () => {
  it('signs the body so Webhook.verify accepts it, with the report id as idempotency key', async () => {
    const body = '{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","t":"<script>ü"}';
    const headers = await deliveryHeaders(
      { reportId: '0f8fad5b-d9cb-469f-a165-70867728950e', body, secret: SECRET, auth: { name: 'Authorization', value: 'Bearer t0k' }, nowMs: Date.now() },
      crypto.subtle,
    );
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': '0f8fad5b-d9cb-469f-a165-70867728950e',
      'webhook-id': '0f8fad5b-d9cb-469f-a165-70867728950e',
      authorization: 'Bearer t0k',
    });
    expect(new Webhook(SECRET).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('refuses an auth header that could overwrite or smuggle headers', async () => {
    const attempt = (name: string, value: string) =>
      deliveryHeaders({ reportId: 'r1', body: '{}', secret: SECRET, auth: { name, value }, nowMs: 0 }, crypto.subtle);
    await expect(attempt('webhook-signature', 'v1,forged')).rejects.toThrow(/sets webhook-signature itself/);
    await expect(attempt('X-Token', 'a\r\nX-Other: b')).rejects.toThrow(/printable ASCII/);
  });
});

describe('validateAuthHeader', () => {
  it.each([
    ['Authorization', 'Bearer abc.def', true],
    ['X-Api-Key', 'k', true],
    ['Bad Name', 'v', false],
    ['X-Ü', 'v', false],
    ['Content-Type', 'text/plain', false],
    ['Idempotency-Key', 'other', false],
    ['Sec-Fetch-Site', 'none', false],
    ['Proxy-Authorization', 'x', false],
    ['Host', 'evil.example', false],
    ['X-Token', '', false],
    ['X-Token', 'é', false],
    ['X-Token', 'a\nb', false],
    ['X-Token', 'x'.repeat(8193), false],
  ])('%s: %s → %s', (name, value, ok) => {
    expect(validateAuthHeader({ name, value }).ok).toBe(ok);
  });
});
