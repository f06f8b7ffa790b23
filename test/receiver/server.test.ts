import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeReport } from '../../src/core/report/canonical-json';
import { formatSigningSecret } from '../../src/core/report/signing-secret';
import type { Report } from '../../src/core/report/types';
import { signWebhook } from '../../src/core/report/webhook-signature';
import { startReceiver, type RunningReceiver } from '../../src/receiver/server';
import { sampleReport } from '../core/report/sample-report';

const SECRET = formatSigningSecret(new Uint8Array(32).map((_, i) => i * 13));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let dir: string;
let receiver: RunningReceiver;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rxlens-receiver-'));
  receiver = await startReceiver({ port: 0, dbPath: join(dir, 'reports.sqlite'), secret: SECRET });
});

afterEach(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

async function reportWith(changes: Partial<Report> = {}): Promise<Report> {
  const sha256 = Buffer.from(await crypto.subtle.digest('SHA-256', PNG)).toString('hex');
  return {
    ...sampleReport(),
    id: crypto.randomUUID(),
    screenshot: { mediaType: 'image/png', dataBase64: Buffer.from(PNG).toString('base64'), sha256 },
    ...changes,
  };
}

async function post(
  path: string,
  body: string,
  options: { id?: string; timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const id = options.id ?? (JSON.parse(body) as { id?: string }).id ?? 'ping';
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signed = await signWebhook({ id, timestamp, body, secret: options.secret ?? SECRET }, crypto.subtle);
  return fetch(`${receiver.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': id, ...signed, ...options.headers },
    body,
  });
}

async function storedReports(): Promise<Array<{ id: string; report: Report }>> {
  return ((await (await fetch(`${receiver.url}/reports.json`)).json()) as { reports: Array<{ id: string; report: Report }> }).reports;
}

describe('POST /reports', () => {
  it('stores a signed report once, byte for byte, with its screenshot', async () => {
    const report = await reportWith();
    const { body, bytes } = serializeReport(report);
    const response = await post('/reports', body);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: report.id, status: 'stored' });
    expect(await storedReports()).toEqual([expect.objectContaining({ id: report.id, report })]);
    const raw = await fetch(`${receiver.url}/reports/${report.id}`);
    expect(new Uint8Array(await raw.arrayBuffer())).toEqual(bytes);
    const png = await fetch(`${receiver.url}/reports/${report.id}/screenshot.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(PNG);
  });

  it('accepts a signature made by the standardwebhooks package', async () => {
    const report = await reportWith();
    const { body } = serializeReport(report);
    const now = new Date();
    const response = await fetch(`${receiver.url}/reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': report.id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': new Webhook(SECRET).sign(report.id, now, body),
      },
      body,
    });
    expect(response.status).toBe(201);
  });

  it('answers a replay of the same body with the original answer and no new row', async () => {
    const { body } = serializeReport(await reportWith());
    const first = await post('/reports', body);
    const firstAnswer = await first.json();
    const again = await post('/reports', body);
    expect(again.status).toBe(first.status);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstAnswer);
    expect(await storedReports()).toHaveLength(1);
  });

  it('refuses the same id with a different body (422)', async () => {
    const report = await reportWith();
    await post('/reports', serializeReport(report).body);
    const changed = await post('/reports', serializeReport({ ...report, note: 'changed' }).body);
    expect(changed.status).toBe(422);
    expect(await changed.json()).toEqual({ error: expect.stringContaining('different body') });
    expect((await storedReports()).map((entry) => entry.report.note)).toEqual([report.note]);
  });

  it('refuses bad, missing and stale signatures (401) and stores nothing', async () => {
    const report = await reportWith();
    const { body } = serializeReport(report);
    const otherSecret = formatSigningSecret(new Uint8Array(32).fill(7));
    const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;
    for (const options of [{ secret: otherSecret }, { timestamp: minutes(-6) }, { timestamp: minutes(6) }]) {
      const response = await post('/reports', body, options);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
    const unsigned = await fetch(`${receiver.url}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await post('/reports', body, { timestamp: minutes(-4) })).toHaveProperty('status', 201);
    expect(await storedReports()).toHaveLength(1);
  });

  it('refuses reports that break the schema or their own hashes (400)', async () => {
    const report = await reportWith();
    const cases: Array<[string, string]> = [
      [serializeReport({ ...report, caseId: 'x'.repeat(201) }).body, 'schema'],
      [JSON.stringify({ ...report, extra: true }), 'schema'],
      [serializeReport({ ...report, screenshot: { ...report.screenshot!, sha256: '0'.repeat(64) } }).body, 'sha256'],
      [`{"id":"${report.id}",`, 'JSON'],
    ];
    for (const [body, message] of cases) {
      const response = await post('/reports', body, { id: report.id });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toContain(message);
    }
    const mismatched = await post('/reports', serializeReport(report).body, { id: crypto.randomUUID() });
    expect(mismatched.status).toBe(400);
    expect(await storedReports()).toHaveLength(0);
  });

  it('refuses an oversized body (413), declared or streamed, and keeps serving', async () => {
    const small = await startReceiver({ port: 0, dbPath: join(dir, 'small.sqlite'), secret: SECRET, maxBodyBytes: 100_000 });
    try {
      const status = (length: number | undefined) =>
        new Promise<number>((resolve, reject) => {
          const url = new URL('/reports', small.url);
          const headers: Record<string, string | number> = { 'content-type': 'application/json' };
          if (length !== undefined) headers['content-length'] = length;
          const outgoing = httpRequest(url, { method: 'POST', headers }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
            outgoing.destroy();
          });
          outgoing.on('error', reject);
          if (length !== undefined) outgoing.flushHeaders(); // Declared too large: answered before any body is sent.
          else for (let i = 0; i < 40; i++) outgoing.write('x'.repeat(10_000)); // Streamed, chunked.
        });
      expect(await status(20_000_000)).toBe(413);
      expect(await status(undefined)).toBe(413);
    } finally {
      await small.close();
    }
    expect((await fetch(`${receiver.url}/reports.json`)).status).toBe(200);
  });

  it('refuses other methods and content types with JSON errors', async () => {
    const get = await fetch(`${receiver.url}/reports`);
    expect(get.status).toBe(405);
    expect(await get.json()).toEqual({ error: expect.any(String) });
    const text = await fetch(`${receiver.url}/reports`, { method: 'POST', body: 'x' });
    expect(text.status).toBe(415);
    expect((await fetch(`${receiver.url}/nope`)).status).toBe(404);
  });
});

describe('POST /ping', () => {
  it('answers a signed ping with 200 and stores nothing; refuses an unsigned one', async () => {
    const body = JSON.stringify({ type: 'ping' });
    const ping = await post('/ping', body, { id: 'ping_1' });
    expect(ping.status).toBe(200);
    expect(await ping.json()).toMatchObject({ ok: true });
    const unsigned = await fetch(`${receiver.url}/ping`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await storedReports()).toHaveLength(0);
  });
});

describe('GET /', () => {
  it('lists reports with every page string escaped, under a strict CSP', async () => {
    const hostile = '<script>alert(1)</script>';
    const report = await reportWith({
      caseId: '"><img src=x onerror=alert(2)>',
      page: { ...sampleReport().page, title: hostile },
    });
    report.listings[0].title = `${hostile}&amp;`;
    await post('/reports', serializeReport(report).body);
    const page = await fetch(`${receiver.url}/`);
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#38;amp;');
  });
});

describe('the SQLite file', () => {
  it('keeps the report after the receiver closes, and a restarted receiver still deduplicates', async () => {
    const report = await reportWith({ note: 'kept \u0000 \ud83d\ude00 \ud800' });
    const { body, bytes } = serializeReport(report);
    const first = await (await post('/reports', body)).json();
    await receiver.close();

    const db = new Database(join(dir, 'reports.sqlite'), { readonly: true });
    const rows = db.prepare<{ id: string; body: Uint8Array }>('SELECT id, body FROM reports').all();
    const screenshots = db.prepare<{ data: Uint8Array }>('SELECT data FROM screenshots').all();
    db.close();
    expect(rows.map((row) => row.id)).toEqual([report.id]);
    expect(new Uint8Array(rows[0].body)).toEqual(bytes);
    expect(new Uint8Array(screenshots[0].data)).toEqual(PNG);

    receiver = await startReceiver({ port: 0, dbPath: join(dir, 'reports.sqlite'), secret: SECRET });
    const replay = await post('/reports', body);
    expect(await replay.json()).toEqual(first);
    expect(await storedReports()).toHaveLength(1);
  });
});
