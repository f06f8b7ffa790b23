import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classifyResponse } from '../../src/core/outbox/classify';
import { deliveryHeaders } from '../../src/core/outbox/delivery-request';
import { buildReport } from '../../src/core/report/build';
import { serializeReport } from '../../src/core/report/canonical-json';
import { formatSigningSecret } from '../../src/core/report/signing-secret';
import { validateReport } from '../../src/core/report/validate';
import { startReceiver, type RunningReceiver } from '../../src/receiver/server';
import { sampleReport } from '../core/report/sample-report';

/** The extension's path without the browser: build, validate, serialise, sign, POST, classify the answer. */
const SECRET = formatSigningSecret(new Uint8Array(32).fill(3));
const HOSTILE = [
  '<script>alert(document.domain)</script>',
  '\u202Eevil\u202C',
  '\ud800\udc00 \udbff',
  'Ｘａｎａｘ\u200B',
  '\u0000\u0001\u001f',
  '"; DROP TABLE reports; --',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028\u2029',
];

let dir: string;
let receiver: RunningReceiver;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rxlens-delivery-'));
  receiver = await startReceiver({ port: 0, dbPath: join(dir, 'r.sqlite'), secret: SECRET });
});
afterAll(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

async function deliver(body: string, id: string, secret = SECRET) {
  const headers = await deliveryHeaders({ reportId: id, body, secret, nowMs: Date.now() }, crypto.subtle);
  const response = await fetch(`${receiver.url}/reports`, { method: 'POST', headers, body, redirect: 'manual' });
  return classifyResponse(response.status, response.headers, Date.now(), await response.text());
}

it('delivers hostile listing text byte for byte, once', async () => {
  const { schemaVersion: _, ...pieces } = sampleReport();
  const report = buildReport({
    ...pieces,
    id: crypto.randomUUID(),
    createdAt: new Date(),
    note: HOSTILE.join(' | '),
    listings: HOSTILE.map((title) => ({ ...pieces.listings[0], title, seller: title })),
    screenshot: undefined,
  });
  expect(validateReport(report).ok).toBe(true);
  const { body, bytes } = serializeReport(report);
  expect(await deliver(body, report.id)).toEqual({ kind: 'done', status: 201 });
  expect(await deliver(body, report.id)).toEqual({ kind: 'done', status: 201 });
  const stored = await fetch(`${receiver.url}/reports/${report.id}`);
  expect(new Uint8Array(await stored.arrayBuffer())).toEqual(bytes);
  const listed = (await (await fetch(`${receiver.url}/reports.json`)).json()) as { reports: Array<{ report: unknown }> };
  expect(listed.reports.map((entry) => entry.report)).toEqual([report]);
});

it("classifies the receiver's refusals as failures with its message", async () => {
  const report = { ...sampleReport(), id: crypto.randomUUID(), screenshot: undefined };
  const wrongSecret = formatSigningSecret(new Uint8Array(32).fill(4));
  expect(await deliver(serializeReport(report).body, report.id, wrongSecret)).toEqual({
    kind: 'fail',
    reason: 'HTTP 401: no webhook-signature matches the body',
  });
  expect(await deliver('{"id":1}', report.id)).toEqual({ kind: 'fail', reason: expect.stringMatching(/^HTTP 400: the report does not match the schema/) });
});
