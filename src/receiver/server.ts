import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64Decode } from '../core/report/base64';
import { MAX_REPORT_BYTES } from '../core/report/limits';
import { parseSigningSecret } from '../core/report/signing-secret';
import type { Report } from '../core/report/types';
import { verifyWebhook } from '../core/report/webhook-signature';
import { INDEX_PAGE_CSP, renderIndexPage } from './index-page';
import { readBody } from './read-body';
import { checkReportSchema } from './report-schema';
import { ReportStore } from './report-store';

export interface ReceiverOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** SQLite file, created if missing. */
  dbPath: string;
  /** Standard Webhooks secret, `whsec_…`. */
  secret: string;
  /** Largest accepted body; defaults to the report cap shared with the extension. */
  maxBodyBytes?: number;
  /** Clock for timestamp checks, epoch ms (tests move it). */
  now?: () => number;
}

export interface RunningReceiver {
  /** e.g. "http://127.0.0.1:8787" */
  url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const PING_MAX_BYTES = 64 * 1024;
/** After a 413, keep discarding the upload this long so the client can read the answer, then hang up. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * Starts the reference receiver on 127.0.0.1: `POST /reports` (signed, validated, stored once per id),
 * `POST /ping` (signed, not stored), `GET /reports.json`, `GET /reports/:id` (the exact bytes received),
 * `GET /reports/:id/screenshot.png` and `GET /` (an HTML list).
 */
export async function startReceiver(options: ReceiverOptions): Promise<RunningReceiver> {
  const secret = parseSigningSecret(options.secret);
  if (!secret.ok) throw new Error(secret.error);
  const key = secret.key;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REPORT_BYTES;
  const now = options.now ?? Date.now;
  const store = new ReportStore(options.dbPath);

  async function verified(request: IncomingMessage, bytes: Uint8Array<ArrayBuffer>): Promise<Answer | undefined> {
    const result = await verifyWebhook(
      {
        headers: {
          'webhook-id': header(request, 'webhook-id'),
          'webhook-timestamp': header(request, 'webhook-timestamp'),
          'webhook-signature': header(request, 'webhook-signature'),
        },
        body: bytes,
        key,
        nowMs: now(),
      },
      crypto.subtle,
    );
    return result.ok ? undefined : { status: 401, body: { error: result.error } };
  }

  async function postReport(request: IncomingMessage, bytes: Uint8Array<ArrayBuffer>): Promise<Answer> {
    const refused = await verified(request, bytes);
    if (refused) return refused;
    const id = header(request, 'webhook-id') as string;
    const idempotencyKey = header(request, 'idempotency-key');
    if (idempotencyKey !== undefined && idempotencyKey !== id) {
      return { status: 400, body: { error: 'Idempotency-Key and webhook-id differ' } };
    }
    // From here to the insert nothing awaits, so two deliveries of one id cannot both pass the lookup.
    const bodySha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = store.find(id);
    if (existing) {
      if (existing.bodySha256 !== bodySha256) {
        return { status: 422, body: { error: `report ${id} was already received with a different body` } };
      }
      return {
        status: existing.responseStatus,
        body: JSON.parse(existing.responseBody),
        headers: { 'idempotent-replayed': 'true' },
      };
    }
    const parsed = parseJson(bytes);
    if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
    const checked = checkReportSchema(parsed.value);
    if (!checked.ok) return { status: 400, body: { error: 'the report does not match the schema', details: checked.errors } };
    const report = checked.report;
    if (report.id !== id) return { status: 400, body: { error: 'the report id differs from webhook-id' } };
    const screenshot = report.screenshot && decodeScreenshot(report);
    if (screenshot && !screenshot.ok) return { status: 400, body: { error: screenshot.error } };

    const receivedAt = new Date(now()).toISOString();
    const answer = { id, status: 'stored', receivedAt, bodySha256 };
    store.insert(
      {
        id,
        receivedAt,
        bodySha256,
        body: bytes,
        webhookTimestamp: Number(header(request, 'webhook-timestamp')),
        webhookSignature: header(request, 'webhook-signature') as string,
        responseStatus: 201,
        responseBody: JSON.stringify(answer),
      },
      screenshot?.ok ? { mediaType: 'image/png', sha256: screenshot.sha256, data: screenshot.data } : undefined,
    );
    return { status: 201, body: answer };
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', `http://${HOST}`).pathname;
    const method = request.method ?? 'GET';
    const reportMatch = /^\/reports\/([0-9a-f-]{36})(\/screenshot\.png)?$/.exec(path);

    if (path === '/reports' || path === '/ping') {
      if (method !== 'POST') return send(response, { status: 405, body: { error: 'use POST' }, headers: { allow: 'POST' } });
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        return send(response, { status: 415, body: { error: 'send Content-Type: application/json' } });
      }
      const read = await readBody(request, path === '/ping' ? PING_MAX_BYTES : maxBodyBytes);
      if (!read.ok) return refuseTooLarge(request, response, path === '/ping' ? PING_MAX_BYTES : maxBodyBytes);
      if (path === '/ping') {
        const refused = await verified(request, read.bytes);
        return send(response, refused ?? { status: 200, body: { ok: true, receivedAt: new Date(now()).toISOString() } });
      }
      return send(response, await postReport(request, read.bytes));
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return send(response, { status: 405, body: { error: 'use GET' }, headers: { allow: 'GET, HEAD' } });
    }
    if (path === '/reports.json') {
      const reports = store.list().map((stored) => ({
        id: stored.id,
        receivedAt: stored.receivedAt,
        bodySha256: stored.bodySha256,
        report: JSON.parse(Buffer.from(stored.body).toString('utf8')) as Report,
      }));
      return send(response, { status: 200, body: { reports } });
    }
    if (path === '/') {
      const entries = store.list().map((stored) => {
        const report = JSON.parse(Buffer.from(stored.body).toString('utf8')) as Report;
        return { receivedAt: stored.receivedAt, report, hasScreenshot: report.screenshot !== undefined };
      });
      return sendRaw(response, 200, 'text/html; charset=utf-8', renderIndexPage(entries), {
        'content-security-policy': INDEX_PAGE_CSP,
      });
    }
    if (reportMatch && !reportMatch[2]) {
      const stored = store.find(reportMatch[1]);
      if (stored) return sendRaw(response, 200, 'application/json', stored.body);
    }
    if (reportMatch && reportMatch[2]) {
      const screenshot = store.screenshot(reportMatch[1]);
      if (screenshot) return sendRaw(response, 200, 'image/png', screenshot.data);
    }
    send(response, { status: 404, body: { error: 'not found' } });
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('receiver error:', error);
      if (!response.headersSent) send(response, { status: 500, body: { error: 'internal error' } });
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, error: 'the body is not UTF-8 JSON' };
  }
}

function decodeScreenshot(
  report: Report,
): { ok: true; data: Uint8Array; sha256: string } | { ok: false; error: string } {
  const screenshot = report.screenshot as NonNullable<Report['screenshot']>;
  const data = base64Decode(screenshot.dataBase64);
  if (!data) return { ok: false, error: 'the screenshot is not padded standard base64' };
  const sha256 = createHash('sha256').update(data).digest('hex');
  if (sha256 !== screenshot.sha256) return { ok: false, error: 'the screenshot does not match its sha256' };
  return { ok: true, data, sha256 };
}

function send(response: ServerResponse, answer: Answer): void {
  sendRaw(response, answer.status, 'application/json', JSON.stringify(answer.body), answer.headers);
}

function sendRaw(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** Answers 413 and closes the connection; the rest of the upload is discarded up to a limit, so the client reads the answer. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, maxBytes: number): void {
  let discarded = 0;
  request.on('data', (chunk: Uint8Array) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) request.destroy();
  });
  request.resume();
  send(response, {
    status: 413,
    body: { error: `the body is larger than ${maxBytes} bytes` },
    headers: { connection: 'close' },
  });
}
