/**
 * The whole path in a real browser: the content script finds drug terms on the demo page and paints them, the
 * popup lists them, and "Send report" makes the background POST them to a receiver on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../../src/tools/browsers';
import { startFixtureServer, type FixtureServer } from '../../src/tools/fixture-server';
import { BROWSERS, FIXTURE_ROOT, highlightedText, launchTestBuild, tabIdOf, waitInTab } from './harness';

describe.each(BROWSERS)('walking skeleton in %s', (browser) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOT);
    session = await launchTestBuild(browser);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds, paints, lists and sends a finding', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await waitInTab(options, () => !!document.querySelector('input[type=url]'), null);
    await options.type('input[type=url]', `${server.origin}/collect`);
    await options.click('button[type=submit]');
    await waitInTab(options, () => document.querySelector('[role=status]')?.textContent === 'Saved', null);

    const pageUrl = `${server.origin}/demo-marketplace.html`;
    const page = await session.newTab(pageUrl);
    await waitInTab(page, () => (CSS.highlights.get('rxlens-drug')?.size ?? 0) > 0, null);
    const painted = await highlightedText(page, 'rxlens-drug');
    expect(painted).toContain('Xanax');

    const tabId = await tabIdOf(options, pageUrl);
    const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    const listed = await waitInTab(popup, () => {
      const matched = [...document.querySelectorAll('[data-testid=matched]')].map((q) => q.textContent ?? '');
      return matched.length > 0 ? matched : null;
    }, null);
    expect(listed).toContain('Xanax');

    await popup.type('input[name=case-id]', 'CASE-42');
    await popup.click('#send');
    await waitInTab(popup, () => document.querySelector('[data-testid=send-status]')?.textContent?.startsWith('Sent (HTTP 200'), null);

    expect(server.received).toHaveLength(1);
    const report = JSON.parse(server.received[0].body) as { caseId: string; page: { url: string }; listings: { findings: { matched: string }[] }[] };
    expect(report.caseId).toBe('CASE-42');
    expect(report.page.url).toBe(pageUrl);
    expect(report.listings.flatMap((l) => l.findings.map((f) => f.matched))).toContain('Xanax');
  });
});
