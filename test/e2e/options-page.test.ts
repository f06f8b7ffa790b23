/**
 * The options page in a real browser: bad endpoint URLs are refused with a visible message, a loopback profile with
 * a signing secret is saved, a CSV import with one bad line keeps the good ones and names the bad line, lists
 * export, and axe-core finds no accessibility violation.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { ExtensionSession, Tab } from '../../src/tools/browsers';
import { evaluateIn } from '../../src/tools/browsers';
import { axeAudit, BROWSERS, launchTestBuild, waitInTab } from './harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

interface StoredSettings {
  endpoints: { url: string; secret?: string; name: string }[];
  customTerms: { term: string; category: string }[];
}

function storedSettings(tab: Tab): Promise<StoredSettings | undefined> {
  return evaluateIn(tab, async () => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    const stored = await (scope.browser ?? scope.chrome).storage.local.get('settings');
    return stored.settings as StoredSettings | undefined;
  }, null);
}

async function replaceText(tab: Tab, selector: string, text: string): Promise<void> {
  await evaluateIn(tab, (s: string) => {
    const input = document.querySelector<HTMLInputElement>(s)!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, selector);
  await tab.type(selector, text);
}

/** The text of the profile form's alert once it is shown (visible, not empty). */
function visibleAlert(tab: Tab): Promise<string> {
  return waitInTab(tab, () => {
    const alert = document.querySelector<HTMLElement>('form [role=alert]');
    return alert && alert.offsetParent !== null && alert.textContent ? alert.textContent : null;
  }, null);
}

/** A local receiver that answers every POST with 204 and records the headers. */
async function startPingReceiver(): Promise<{ origin: string; pings: { path: string; headers: IncomingHttpHeaders }[]; server: Server }> {
  const pings: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      pings.push({ path: req.url ?? '', headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pings, server };
}

describe.each(BROWSERS)('options page in %s', (browser) => {
  let session: ExtensionSession;
  let options: Tab;
  let receiver: Awaited<ReturnType<typeof startPingReceiver>>;

  beforeAll(async () => {
    receiver = await startPingReceiver();
    session = await launchTestBuild(browser);
    options = await session.openExtensionPage('src/options/index.html');
    await waitInTab(options, () => !!document.querySelector('input[type=url]'), null);
  });
  afterAll(async () => {
    await session?.close();
    receiver?.server.close();
  });

  it.each([
    ['http://example.com', 'http: is only allowed'],
    ['ftp://files.example.org/in', 'ftp: URLs are not allowed'],
    ['https://user:pw@host.example/', 'user name or password'],
  ])('refuses %s with a visible message', async (url, message) => {
    await replaceText(options, '#profile-url', url);
    await options.click('button[type=submit]');
    await waitInTab(options, (m: string) => document.querySelector('form [role=alert]')?.textContent?.includes(m), message);
    expect(await visibleAlert(options)).toContain(message);
    expect(await evaluateIn(options, () => document.querySelector('#profile-url')?.getAttribute('aria-invalid'), null)).toBe('true');
    expect((await storedSettings(options))?.endpoints ?? []).toEqual([]);
  });

  it('saves a loopback profile with a signing secret, and tests its connection', async () => {
    const url = `${receiver.origin}/reports`;
    await replaceText(options, '#profile-url', url);
    await options.type('#profile-name', 'Local receiver');
    await options.type('#profile-secret', SECRET);
    await options.click('button[type=submit]');
    await waitInTab(options, () => document.querySelector('[role=status]')?.textContent === 'Saved', null);
    // Content scripts can read storage.local: the profile is there, its secret is not (it lives in IndexedDB).
    const stored = await storedSettings(options);
    expect(stored?.endpoints).toEqual([expect.objectContaining({ name: 'Local receiver', url })]);
    expect(stored?.endpoints[0].secret).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain(SECRET.slice('whsec_'.length));
    expect(await evaluateIn(options, () => document.querySelector('.profiles')?.textContent ?? '', null)).toContain('Local receiver');

    await options.click('[aria-label="Test connection to Local receiver"]');
    const result = await waitInTab(options, () => {
      const text = document.querySelector('[data-testid=test-result]')?.textContent ?? '';
      return text && text !== 'Testing…' ? text : null;
    }, null);
    expect(result).toMatch(/^Reached: HTTP 204 in \d+ ms$/);
    expect(receiver.pings).toHaveLength(1);
    expect(receiver.pings[0].headers['webhook-signature']).toMatch(/^v1,/);
  });

  it('imports a CSV with one bad line, keeps the rest and names the line', async () => {
    const csv = 'term,category,name\nblue footballs,slang,Alprazolam\nmoon rocks,candy,X\nzannies,slang,Alprazolam';
    await options.type('#customTerms-import-text', csv);
    await options.click('#customTerms-import');
    const status = await waitInTab(options, () => {
      const text = document.querySelector('[data-testid=customTerms-import-status]')?.textContent ?? '';
      return text.includes('line') ? text : null;
    }, null);
    expect(status).toContain('Imported 2 items');
    expect(status).toContain('line 3: category must be one of controlled, analogue, precursor, rx, slang, risk');
    const terms = await waitInTab(options, async () => {
      const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
      const stored = (await (scope.browser ?? scope.chrome).storage.local.get('settings')).settings as StoredSettings | undefined;
      return stored?.customTerms.length ? stored.customTerms.map((t) => t.term) : null;
    }, null);
    expect(terms).toEqual(['blue footballs', 'zannies']);
    // The refused line stays in the box to be fixed.
    expect(await evaluateIn(options, () => document.querySelector<HTMLTextAreaElement>('#customTerms-import-text')?.value, null)).toContain('moon rocks');
  });

  it('exports the imported terms as CSV and JSON', async () => {
    const exported = await evaluateIn(options, async () => {
      const read = async (name: string) => {
        const link = document.querySelector<HTMLAnchorElement>(`a[download="${name}"]`);
        return link ? (await fetch(link.href)).text() : '';
      };
      return { csv: await read('rxlens-custom-terms.csv'), json: await read('rxlens-custom-terms.json') };
    }, null);
    expect(exported.csv).toBe('term,category,name\r\nblue footballs,slang,Alprazolam\r\nzannies,slang,Alprazolam\r\n');
    expect(JSON.parse(exported.json)).toEqual([
      { term: 'blue footballs', category: 'slang', name: 'Alprazolam' },
      { term: 'zannies', category: 'slang', name: 'Alprazolam' },
    ]);
  });

  it('has no axe-core violations, with field errors and import errors on show', async () => {
    await replaceText(options, '#profile-url', 'ftp://x.example/');
    await options.type('#profile-secret', 'whsec_short');
    await options.click('button[type=submit]');
    await waitInTab(options, () => document.querySelectorAll('[aria-invalid=true]').length === 2, null);
    const { passes, violations } = await axeAudit(options);
    // axe really looked at the page: labels and contrast were checked and passed.
    expect(passes).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    expect(violations).toEqual([]);
    await replaceText(options, '#profile-url', '');
    await replaceText(options, '#profile-secret', '');
  });

  it('works by keyboard: the URL field comes first, shows its focus, and Enter saves', async () => {
    // A click on the heading moves the keyboard's starting point to the top of the page.
    await options.click('h1');
    const tab = options as unknown as { keyboard: { press(key: string): Promise<void> } };
    await tab.keyboard.press('Tab');
    const focused = await evaluateIn(options, () => {
      const element = document.activeElement as HTMLElement;
      return { id: element.id, outline: getComputedStyle(element).outlineStyle };
    }, null);
    expect(focused).toEqual({ id: 'profile-url', outline: 'solid' });
    await options.type('#profile-url', 'http://localhost:9/reports');
    await tab.keyboard.press('Enter');
    await waitInTab(options, () => document.querySelector('[role=status]')?.textContent === 'Saved' &&
      document.querySelectorAll('.profiles > li').length === 2, null);
    expect((await storedSettings(options))?.endpoints.map((e) => e.url)).toContain('http://localhost:9/reports');
  });
});
