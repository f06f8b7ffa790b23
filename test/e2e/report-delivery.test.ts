/**
 * Reports from the popup to the reference receiver in real browsers: signed, stored exactly once, and never lost
 * when the endpoint is down, the service worker is stopped mid-request, or the browser restarts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../src/receiver/server';
import { distDir } from '../../src/tools/build';
import { evaluateIn, launchWithExtension, type ExtensionSession, type Tab } from '../../src/tools/browsers';
import { startFixtureServer, type FixtureServer } from '../../src/tools/fixture-server';
import { generatedPages, naughtyTitles } from '../fixtures/generate-pages';
import { axeAudit, BROWSERS, FIXTURE_ROOT, launchTestBuild, tabIdOf, waitInTab } from './harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

interface StoredRow {
  id: string;
  body: Buffer;
  webhook_timestamp: number;
  webhook_signature: string;
}

function rowsIn(dbPath: string): StoredRow[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT id, body, webhook_timestamp, webhook_signature FROM reports').all() as StoredRow[];
  } finally {
    db.close();
  }
}

/** A pass-through to the receiver that holds every request `holdMs` before forwarding it (a slow endpoint). */
async function startSlowProxy(target: () => string, holdMs: number): Promise<{ url: string; seen: number; close(): Promise<void> }> {
  const state = { seen: 0 };
  const server: Server = createServer((req, res) => {
    state.seen++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const upstream = httpRequest(`${target()}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        upstream.end(Buffer.concat(chunks));
      }, holdMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get seen() {
      return state.seen;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(BROWSERS)('report delivery in %s', (browser) => {
  let pages: FixtureServer;
  let session: ExtensionSession;
  let extensionPage: Tab;

  beforeAll(async () => {
    pages = await startFixtureServer(FIXTURE_ROOT, generatedPages());
    session = await launchTestBuild(browser);
    extensionPage = await session.openExtensionPage('src/options/index.html');
  });
  afterAll(async () => {
    await session?.close();
    await pages?.close();
  });

  async function useEndpoint(page: Tab, url: string, secret = SECRET): Promise<void> {
    await evaluateIn(
      page,
      async ({ url: endpoint, secret: key }) => {
        const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
        await (scope.browser ?? scope.chrome).storage.local.set({
          settings: { version: 1, endpoints: [{ id: 'e2e', name: 'E2E receiver', url: endpoint, secret: key }], activeEndpointId: 'e2e' },
        });
      },
      { url, secret },
    );
  }

  /** Opens `page` in a tab, then its popup, and presses Send; returns the popup. */
  async function sendFrom(s: ExtensionSession, page: string, caseId: string): Promise<Tab> {
    const url = `${pages.origin}/generated/${page}`;
    const tab = await s.newTab(url);
    await waitInTab(tab, () => (CSS.highlights.get('rxlens-drug')?.size ?? 0) > 0, null);
    const anyExtensionPage = await s.openExtensionPage('src/options/index.html');
    const tabId = await tabIdOf(anyExtensionPage, url);
    const popup = await s.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await waitInTab(popup, () => !!document.querySelector('#send:not([disabled])'), null);
    await popup.type('input[name=case-id]', caseId);
    await popup.click('#send');
    return popup;
  }

  const status = (popup: Tab, prefix: string, timeoutMs = 60_000) =>
    waitInTab(
      popup,
      (p: string) => {
        const text = document.querySelector('[data-testid=send-status]')?.textContent ?? '';
        return text.startsWith(p) ? text : null;
      },
      prefix,
      timeoutMs,
    );

  it('delivers a signed report once, verified with the standardwebhooks package', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const receiver = await startReceiver({ dbPath, secret: SECRET });
    try {
      await useEndpoint(extensionPage, `${receiver.url}/reports`);
      const popup = await sendFrom(session, 'product.html', 'CASE-SIGNED');
      await status(popup, 'Sent (HTTP 20');
      const rows = rowsIn(dbPath);
      expect(rows).toHaveLength(1);
      const body = rows[0].body.toString('utf8');
      const verified = new Webhook(SECRET).verify(body, {
        'webhook-id': rows[0].id,
        'webhook-timestamp': String(rows[0].webhook_timestamp),
        'webhook-signature': rows[0].webhook_signature,
      }) as { caseId: string; listings: { findings: { matched: string }[] }[] };
      expect(verified.caseId).toBe('CASE-SIGNED');
      expect(verified.listings.flatMap((l) => l.findings.map((f) => f.matched)).join(' ')).toMatch(/Oxycodone/);
    } finally {
      await receiver.close();
    }
  });

  it('has a popup with no axe-core violations that exports the selection without an endpoint', async () => {
    await evaluateIn(extensionPage, async () => {
      const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
      await (scope.browser ?? scope.chrome).storage.local.set({ settings: { version: 2, endpoints: [] } });
    }, null);
    const url = `${pages.origin}/generated/product.html`;
    const tab = await session.newTab(url);
    await waitInTab(tab, () => (CSS.highlights.get('rxlens-drug')?.size ?? 0) > 0, null);
    const tabId = await tabIdOf(extensionPage, url);
    const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await waitInTab(popup, () => document.querySelectorAll('[data-testid=matched]').length > 0, null);
    // No endpoint: Send is off and the popup says why; export still works.
    expect(await evaluateIn(popup, () => (document.querySelector('#send') as HTMLButtonElement).disabled, null)).toBe(true);
    expect(await evaluateIn(popup, () => document.querySelector('[role=note]')?.textContent ?? '', null)).toContain('No endpoint configured');
    const { passes, violations } = await axeAudit(popup);
    expect(passes).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    expect(violations).toEqual([]);
    const exported = await evaluateIn(popup, async (id: number) => {
      const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
      const ids = [...document.querySelectorAll('.findings input[type=checkbox]')].length;
      const state = (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'get-tab-findings', tabId: id })) as { page: { listings: { findings: { id: string }[] }[] } };
      const findingIds = state.page.listings.flatMap((l) => l.findings.map((f) => f.id));
      const built = await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'export-report', tabId: id, findingIds, caseId: 'EXPORT', note: '', screenshot: true });
      return { checkboxes: ids, built: built as { ok: boolean; report?: { caseId: string; screenshot?: { sha256: string; dataBase64: string }; listings: unknown[] } } };
    }, tabId);
    expect(exported.checkboxes).toBeGreaterThan(0);
    expect(exported.built.ok).toBe(true);
    expect(exported.built.report!.caseId).toBe('EXPORT');
    const png = Buffer.from(exported.built.report!.screenshot!.dataBase64, 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(createHash('sha256').update(png).digest('hex')).toBe(exported.built.report!.screenshot!.sha256);
  });

  it('shows Retrying while the endpoint is down, then Sent once it is up, with one row', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const first = await startReceiver({ dbPath, secret: SECRET });
    const port = new URL(first.url).port;
    await first.close();
    await useEndpoint(extensionPage, `http://127.0.0.1:${port}/reports`);
    const popup = await sendFrom(session, 'product.html', 'CASE-DOWN');
    await status(popup, 'Retrying (attempt 1');
    const receiver = await startReceiver({ dbPath, secret: SECRET, port: Number(port) });
    try {
      await status(popup, 'Sent (HTTP 20', 90_000);
      expect(rowsIn(dbPath)).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('fails at once on a 4xx with the server message, and retries nothing', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const receiver = await startReceiver({ dbPath, secret: SECRET });
    try {
      // A secret the receiver does not know: 401.
      await useEndpoint(extensionPage, `${receiver.url}/reports`, 'whsec_' + Buffer.alloc(24, 7).toString('base64'));
      const popup = await sendFrom(session, 'product.html', 'CASE-401');
      const text = await status(popup, 'Failed: HTTP 401');
      expect(text.length).toBeGreaterThan('Failed: HTTP 401'.length);
      expect(rowsIn(dbPath)).toHaveLength(0);
      const states = await evaluateIn(popup, () => [...document.querySelectorAll('[data-testid=delivery-state]')].map((e) => e.textContent ?? ''), null);
      expect(states.filter((s) => s.startsWith('Retrying'))).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('shows hostile listing text as text and delivers it byte for byte', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const receiver = await startReceiver({ dbPath, secret: SECRET });
    try {
      await useEndpoint(extensionPage, `${receiver.url}/reports`);
      const popup = await sendFrom(session, 'hostile-listings.html', 'CASE-NAUGHTY');
      await status(popup, 'Sent (HTTP 20');
      const expected = naughtyTitles().map(collapse);
      const shown = await evaluateIn(popup, () => ({
        titles: [...document.querySelectorAll('.listings h3')].map((h) => h.textContent ?? ''),
        elementsInTitles: document.querySelectorAll('.listings h3 *').length,
        scripts: document.scripts.length,
        images: document.images.length,
      }), null);
      expect(shown.elementsInTitles).toBe(0);
      expect(shown.images).toBe(0);
      expect(shown.scripts).toBe(1);
      expect(new Set(shown.titles)).toEqual(new Set(expected));
      const [row] = rowsIn(dbPath);
      const report = JSON.parse(row.body.toString('utf8')) as { listings: { title: string }[] };
      expect(new Set(report.listings.map((l) => l.title))).toEqual(new Set(expected));
    } finally {
      await receiver.close();
    }
  });

  it.runIf(browser === 'chrome')('delivers once when the service worker is stopped mid-request', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const receiver: RunningReceiver = await startReceiver({ dbPath, secret: SECRET });
    const proxy = await startSlowProxy(() => receiver.url, 3000);
    try {
      await useEndpoint(extensionPage, `${proxy.url}/reports`);
      const popup = await sendFrom(session, 'product.html', 'CASE-SW');
      await waitInTab(popup, () => true, null);
      const deadline = Date.now() + 20_000;
      while (proxy.seen === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(proxy.seen).toBe(1);
      await session.stopServiceWorker!();
      // The alarm set before the request wakes a new worker, which tries again; the receiver deduplicates.
      await waitInTab(extensionPage, async () => {
        const scope = globalThis as unknown as { chrome: typeof import('webextension-polyfill') };
        const outbox = (await scope.chrome.runtime.sendMessage({ type: 'get-outbox' })) as { summary: { caseId: string }; state: { kind: string } }[];
        return outbox.some((e) => e.summary.caseId === 'CASE-SW' && e.state.kind === 'sent');
      }, null, 120_000);
      expect(proxy.seen).toBeGreaterThanOrEqual(2);
      expect(rowsIn(dbPath)).toHaveLength(1);
    } finally {
      await proxy.close();
      await receiver.close();
    }
  });

  it.runIf(browser === 'chrome')('delivers a queued report after the browser restarts', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'rxlens-receiver-')), 'reports.sqlite');
    const profileDir = mkdtempSync(join(tmpdir(), 'rxlens-restart-profile-'));
    const down = await startReceiver({ dbPath, secret: SECRET });
    const port = Number(new URL(down.url).port);
    await down.close();
    let restarted: ExtensionSession | undefined;
    const first = await launchWithExtension('chrome', distDir('chrome', true), { headless: true, profileDir });
    try {
      await useEndpoint(await first.openExtensionPage('src/options/index.html'), `http://127.0.0.1:${port}/reports`);
      await status(await sendFrom(first, 'product.html', 'CASE-RESTART'), 'Retrying (attempt 1');
    } finally {
      await first.close();
    }
    const receiver = await startReceiver({ dbPath, secret: SECRET, port });
    try {
      restarted = await launchWithExtension('chrome', distDir('chrome', true), { headless: true, profileDir });
      const page = await restarted.openExtensionPage('src/options/index.html');
      await waitInTab(page, async () => {
        const scope = globalThis as unknown as { chrome: typeof import('webextension-polyfill') };
        const outbox = (await scope.chrome.runtime.sendMessage({ type: 'get-outbox' })) as { summary: { caseId: string }; state: { kind: string } }[];
        return outbox.some((e) => e.summary.caseId === 'CASE-RESTART' && e.state.kind === 'sent');
      }, null, 120_000);
      expect(rowsIn(dbPath)).toHaveLength(1);
    } finally {
      await restarted?.close();
      await receiver.close();
    }
  });
});
