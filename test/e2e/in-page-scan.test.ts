/**
 * In-page scanning in real browsers: what is painted (the highlighted text itself), what the page's DOM sees (no
 * writes), and how the scan follows shadow roots, frames, appended cards, SPA navigation, re-renders and hostile
 * pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/background/tab-findings';
import { evaluateIn, type ExtensionSession, type Tab } from '../../src/tools/browsers';
import { startFixtureServer, type FixtureServer } from '../../src/tools/fixture-server';
import { DISGUISES, generatedPages, PLANTED } from '../fixtures/generate-pages';
import { BROWSERS, FIXTURE_ROOT, highlightedText, launchTestBuild, pollUntil, tabIdOf, waitInTab } from './harness';

const CORPUS_PAGES = new URL('../../../shared/corpus/product-pages/', import.meta.url);

function pagesToServe(): Map<string, string> {
  const pages = generatedPages();
  if (existsSync(CORPUS_PAGES)) {
    // Saved pages: served with their scripts off (see the fixture server), as an investigator's saved copy reads.
    for (const name of readdirSync(CORPUS_PAGES)) pages.set(`noscript-${name}`, readFileSync(new URL(name, CORPUS_PAGES), 'utf8'));
  }
  return pages;
}

describe.each(BROWSERS)('in-page scanning in %s', (browser) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let extensionPage: Tab;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURE_ROOT, pagesToServe());
    session = await launchTestBuild(browser);
    extensionPage = await session.openExtensionPage('src/options/index.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const open = (name: string) => session.newTab(`${server.origin}/generated/${name}`);
  const painted = async (tab: Tab, atLeast: number) => {
    await waitInTab(tab, (n: number) => (CSS.highlights.get('rxlens-drug')?.size ?? 0) >= n, atLeast);
    return highlightedText(tab, 'rxlens-drug');
  };

  type ScannedState = Extract<TabState, { status: 'scanned' }>;

  /** The background's record of tab `id`, as the popup asks for it. */
  const readTabState = (id: number) =>
    evaluateIn(
      extensionPage,
      async (tabId: number) => {
        const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
        return (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'get-tab-findings', tabId })) as TabState | null;
      },
      id,
    );

  /** Polls the background's record of tab `id` until it holds a finished scan that `wanted` gives a value for. */
  const tabStateWhere = <T,>(id: number, wanted: (state: ScannedState) => T | null | undefined) =>
    pollUntil(() => readTabState(id), (state) => (state?.status === 'scanned' && !state.page.partial ? wanted(state) : null), 60_000);

  /** Polls the text painted in the highlights `names` until `wanted` gives a value for it. */
  const paintedWhere = <T,>(tab: Tab, names: string[], wanted: (texts: string[]) => T | null | undefined) =>
    pollUntil(async () => (await Promise.all(names.map((name) => highlightedText(tab, name)))).flat(), wanted);

  /** The background's record of the tab once its scan of `url` has finished. */
  async function finishedState(url: string): Promise<ScannedState> {
    return tabStateWhere(await tabIdOf(extensionPage, url), (state) => (state.page.url === url ? state : null));
  }

  it('paints every kind of disguise, over exactly the text as written', async () => {
    const tab = await open('disguised-terms.html');
    const texts = await painted(tab, DISGUISES.length);
    for (const disguise of DISGUISES) expect(texts, disguise.kind).toContain(disguise.expect);
  });

  it('makes no change to the page DOM while scanning a 500-card grid', async () => {
    const url = `${server.origin}/generated/amazon-500.html`;
    const tab = await session.newTab(url);
    await finishedState(url);
    const texts = await highlightedText(tab, 'rxlens-drug');
    expect(texts.length).toBeGreaterThanOrEqual(500 / 20);
    expect(await evaluateIn(tab, () => (window as unknown as { __mutations: string[] }).__mutations, null)).toEqual([]);
  });

  it('groups findings by listing card and reports them with the badge', async () => {
    const url = `${server.origin}/generated/alibaba-100.html`;
    await session.newTab(url);
    const state = await finishedState(url);
    const titles = state.page.listings.map((l) => l.title);
    expect(new Set(titles)).toEqual(new Set(PLANTED.map((p) => p.title)));
    expect(state.page.listings.every((l) => l.url?.startsWith(`${server.origin}/p/`))).toBe(true);
    const count = state.page.listings.reduce((n, l) => n + l.findings.length, 0);
    const tabId = await tabIdOf(extensionPage, url);
    const badge = await evaluateIn(
      extensionPage,
      async (id: number) => {
        const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
        return (scope.browser ?? scope.chrome).action.getBadgeText({ tabId: id });
      },
      tabId,
    );
    expect(badge).toBe(String(count));
  });

  it('paints a flagged price again where it moved when the text around it changes', async () => {
    const url = `${server.origin}/demo-marketplace.html?moved-price`;
    const tab = await session.newTab(url);
    await finishedState(url);
    expect(await highlightedText(tab, 'rxlens-price')).toContain('US $12.00 / pen');
    // The same price, further along the same text node: the old static range would now cover other characters.
    await evaluateIn(
      tab,
      () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.data.includes('US $12.00 / pen')) node.data = `Now only ${node.data}`;
        }
      },
      null,
    );
    const texts = await paintedWhere(tab, ['rxlens-price'], (read) => (read.some((t) => t.startsWith('Now only')) ? null : read));
    expect(texts).toContain('US $12.00 / pen');
  });

  it('flags suspicious prices on the demo marketplace, with their numbers', async () => {
    const url = `${server.origin}/demo-marketplace.html`;
    const tab = await session.newTab(url);
    const state = await finishedState(url);
    // The flagged prices are painted where they are written.
    expect(await highlightedText(tab, 'rxlens-price')).toEqual(expect.arrayContaining(['US $12.00 / pen']));
    const flagsOf = (title: string) => state.page.listings.find((l) => l.title.startsWith(title))?.priceFlags.map((f) => f.rule) ?? [];
    expect(flagsOf('Ozempic')).toContain('below-reference');
    expect(flagsOf('High purity 4-ANPP')).toContain('bulk');
    expect(flagsOf('Premium pain patches')).toContain('hidden-price');
    const ozempic = state.page.listings.find((l) => l.title.startsWith('Ozempic'))!;
    expect(ozempic.price).toBe('US $12.00 / pen');
    expect(ozempic.priceFlags.find((f) => f.rule === 'below-reference')!.message).toMatch(/\$12(\.00)? per pen/);
  });

  it('scans open and closed shadow roots', async () => {
    const tab = await open('shadow-cards.html');
    const texts = await painted(tab, 2);
    expect(texts).toEqual(expect.arrayContaining(['Tramadol', 'Diazepam']));
  });

  /** The frame of `tab` whose URL `matches` (Playwright's and Puppeteer's pages both list their frames). */
  const frameOf = (tab: Tab, matches: (url: string) => boolean) =>
    (tab as unknown as { frames(): { url(): string }[] }).frames().find((f) => matches(f.url())) as unknown as Tab | undefined;

  it('scans a same-origin iframe', async () => {
    const tab = await open('iframe.html');
    const frame = await waitInTab(tab, () => true, null).then(() => frameOf(tab, (url) => url.includes('iframe-inner')));
    expect(frame).toBeDefined();
    expect(await painted(frame!, 1)).toContain('Methadone');
  });

  it('scans text that appears only later, in the page and in an empty frame', async () => {
    const tab = await open('late-text.html');
    expect(await painted(tab, 1)).toContain('Xanax');
    const frame = frameOf(tab, (url) => url === 'about:blank');
    expect(frame).toBeDefined();
    expect(await painted(frame!, 1)).toContain('Oxycodone');
  });

  it('scans the listings in view first', async () => {
    const url = `${server.origin}/generated/scrolled-grid.html`;
    const tab = await session.newTab(url);
    const state = await finishedState(url);
    expect(state.page.listings.flatMap((l) => l.findings.map((f) => f.matched))).toContain('Methadone');
    const seen = await waitInTab(tab, () => {
      const first = (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen;
      return 'Xanax' in first && 'Ketamine' in first ? first : null;
    }, null);
    // Ketamine's card is in view at the bottom of the page, Xanax's near the top: in document order it would be last.
    expect(seen.Ketamine).toBeLessThanOrEqual(seen.Xanax);
  });

  it('absorbs appended cards (infinite scroll)', async () => {
    const tab = await open('infinite-scroll.html');
    await painted(tab, 1);
    const before = [...(await highlightedText(tab, 'rxlens-drug')), ...(await highlightedText(tab, 'rxlens-precursor'))];
    await evaluateIn(tab, () => (window as unknown as { addMore(): void }).addMore(), null);
    // The 50 new cards hold each planted listing once.
    const after = await paintedWhere(tab, ['rxlens-drug', 'rxlens-precursor'], (texts) => (PLANTED.every((p) => texts.includes(p.term)) ? texts : null));
    const count = (texts: string[], term: string) => texts.filter((t) => t === term).length;
    for (const { term } of PLANTED) expect(count(after, term), term).toBe(count(before, term) + 1);
  });

  it('reports appended listings as changes, and the whole page again when the background lost its copy', async () => {
    const url = `${server.origin}/generated/infinite-scroll.html?reports`;
    const tab = await session.newTab(url);
    const tabId = await tabIdOf(extensionPage, url);
    const first = await finishedState(url);
    const moreThan = (count: number) => tabStateWhere(tabId, (state) => (state.page.listings.length > count ? state : null));

    await evaluateIn(tab, () => (window as unknown as { addMore(): void }).addMore(), null);
    const second = await moreThan(first.page.listings.length);
    expect(second.from?.seq).toBeGreaterThan(first.from!.seq);
    // Listings already reported keep their keys and content; the new ones follow.
    expect(second.page.listings.slice(0, first.page.listings.length)).toEqual(first.page.listings);
    const titles = second.page.listings.map((l) => l.title);
    for (const { title } of PLANTED) expect(titles).toContain(title);

    const storeState = (state: unknown) =>
      evaluateIn(
        extensionPage,
        async ({ id, state }: { id: number; state: unknown }) => {
          const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
          await (scope.browser ?? scope.chrome).storage.session.set({ [`tab:${id}`]: state });
        },
        { id: tabId, state },
      );
    // A change carries only what changed: a mark put on the stored copy of an old listing stays there.
    const [oldest, ...rest] = second.page.listings;
    await storeState({ ...second, page: { ...second.page, listings: [{ ...oldest, title: 'marked' }, ...rest] } });
    await evaluateIn(tab, () => (window as unknown as { addMore(): void }).addMore(), null);
    const third = await moreThan(second.page.listings.length);
    expect(third.page.listings[0]).toEqual({ ...oldest, title: 'marked' });

    // The stored copy is another script's (a failed write, an older document of the tab): the next change cannot be
    // applied to it, and the content script sends the whole page instead.
    await storeState({ ...third, page: { ...third.page, listings: [] }, from: { source: 'another', seq: 999 } });
    await evaluateIn(tab, () => (window as unknown as { addMore(): void }).addMore(), null);
    const fourth = await moreThan(third.page.listings.length);
    expect(fourth.from?.source).toBe(second.from?.source);
    expect(fourth.page.listings.slice(0, third.page.listings.length)).toEqual([oldest, ...third.page.listings.slice(1)]);
  });

  it('reads a listing price again when the page rewrites it, findings unchanged', async () => {
    const url = `${server.origin}/generated/infinite-scroll.html?reprice`;
    const tab = await session.newTab(url);
    await finishedState(url);
    await evaluateIn(
      tab,
      () => {
        const card = document.createElement('div');
        card.className = 's-result-item';
        card.append(
          Object.assign(document.createElement('h2'), { className: 'a-size-mini', textContent: 'Ozempic 1mg semaglutide pen' }),
          Object.assign(document.createElement('div'), { className: 'a-price' }),
        );
        // The price is a block of its own, so rewriting it rescans no block with a finding.
        card.lastElementChild!.append(Object.assign(document.createElement('span'), { id: 'reprice', textContent: '$899' }));
        document.getElementById('grid')!.append(card);
      },
      null,
    );
    const tabId = await tabIdOf(extensionPage, url);
    const priceOf = (price: string) =>
      tabStateWhere(tabId, (state) => state.page.listings.find((l) => l.title.startsWith('Ozempic') && l.price === price));
    expect((await priceOf('$899')).priceFlags).toEqual([]);
    await evaluateIn(tab, () => (document.getElementById('reprice')!.firstChild as Text).replaceData(1, 3, '12'), null);
    expect((await priceOf('$12')).priceFlags.map((f) => f.rule)).toEqual(['below-reference']);
  });

  it('keeps one finding per card when the page moves its cards around', async () => {
    const url = `${server.origin}/generated/infinite-scroll.html?moves`; // a URL of its own: the state is this tab's
    const tab = await session.newTab(url);
    await finishedState(url);
    const before = await highlightedText(tab, 'rxlens-drug');
    expect(before.length).toBeGreaterThan(0);
    // Every card moved to the end (a removal and an insertion each), and one new card to know the pass has run.
    await evaluateIn(
      tab,
      () => {
        const grid = document.getElementById('grid')!;
        for (const card of [...grid.children]) grid.append(card);
        const marker = document.createElement('div');
        marker.append(Object.assign(document.createElement('h2'), { textContent: 'Ketamine marker' }));
        grid.append(marker);
      },
      null,
    );
    const after = await paintedWhere(tab, ['rxlens-drug'], (texts) => (texts.includes('Ketamine') ? texts : null));
    expect(after.sort()).toEqual([...before, 'Ketamine'].sort());
  });

  it('drops the finding of an inline element the page removes from a block', async () => {
    const url = `${server.origin}/generated/infinite-scroll.html?inline-removed`;
    const tab = await session.newTab(url);
    await finishedState(url);
    /** The drug ranges' texts once `term` is among them. */
    const paintedWith = (term: string) => paintedWhere(tab, ['rxlens-drug'], (texts) => (texts.includes(term) ? texts : null));
    await evaluateIn(
      tab,
      () => {
        const title = document.createElement('h2');
        title.append('Office chair ', Object.assign(document.createElement('b'), { id: 'badge', textContent: 'Tramadol' }), ' edition');
        const card = document.createElement('div');
        card.append(title);
        document.getElementById('grid')!.append(card);
      },
      null,
    );
    const before = await paintedWith('Tramadol');
    // The badge goes (its block's text changes), then a new card shows that the pass after the removal has run.
    await evaluateIn(
      tab,
      () => {
        document.getElementById('badge')!.remove();
        const marker = document.createElement('div');
        marker.append(Object.assign(document.createElement('h2'), { textContent: 'Ketamine marker' }));
        document.getElementById('grid')!.append(marker);
      },
      null,
    );
    const after = await paintedWith('Ketamine');
    expect(after.filter((t) => t === 'Tramadol')).toEqual([]);
    expect(after.sort()).toEqual([...before.filter((t) => t !== 'Tramadol'), 'Ketamine'].sort());
  });

  it('follows an SPA navigation: findings belong to the new URL', async () => {
    const tab = await open('spa.html');
    await evaluateIn(tab, () => document.getElementById('go')!.click(), null);
    const state = await finishedState(`${server.origin}/spa/item`);
    expect(state.page.listings.flatMap((l) => l.findings.map((f) => f.matched))).toContain('Alprazolam');
    expect(await highlightedText(tab, 'rxlens-drug')).toEqual(['Alprazolam']);
  });

  it('keeps highlights right while a framework rewrites prices every 200 ms', async () => {
    const tab = await open('rewriting-prices.html');
    const first = (await painted(tab, 10)).sort();
    await waitInTab(tab, () => document.querySelector('.p')!.textContent!.startsWith('$5.'), null);
    expect((await highlightedText(tab, 'rxlens-drug')).sort()).toEqual(first);
    const ours = await evaluateIn(tab, () => (window as unknown as { __mutations: string[] }).__mutations.filter((m) => !m.startsWith('childList:SPAN')), null);
    expect(ours).toEqual([]);
  });

  // The page's own globals may be broken here, so the findings are read from the background, not the page.
  it.each([
    ['hostile-prototypes.html', 'Xanax'],
    ['hostile-many-nodes.html', 'Fentanyl'],
    ['hostile-deep.html', 'Oxycodone'],
  ])('survives %s', async (name, term) => {
    const url = `${server.origin}/generated/${name}`;
    await session.newTab(url);
    const state = await finishedState(url);
    expect(state.page.listings.flatMap((l) => l.findings.map((f) => f.matched)).join(' ')).toContain(term);
  });

  it("reports the page's canonical URL with its findings", async () => {
    const url = `${server.origin}/generated/product.html?canonical`;
    await session.newTab(url);
    const state = await finishedState(url);
    expect(state.page.canonicalUrl).toBe('https://shop.example/p/oxycodone-10mg');
  });

  it('explains a finding on click in its own closed shadow root', async () => {
    const tab = await open('product.html');
    await painted(tab, 1);
    const at = await evaluateIn(tab, () => {
      const r = [...(CSS.highlights.get('rxlens-drug') as unknown as Set<AbstractRange>)][0];
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, null);
    await (tab as unknown as { mouse: { click(x: number, y: number): Promise<void> } }).mouse.click(at.x, at.y);
    const shown = await waitInTab(tab, () => {
      const host = document.querySelector('rxlens-ui') as HTMLElement | null;
      return host && !host.hidden && host.shadowRoot === null ? 'closed card shown' : null;
    }, null);
    expect(shown).toBe('closed card shown');
  });

  it.runIf(existsSync(CORPUS_PAGES)).each(existsSync(CORPUS_PAGES) ? readdirSync(CORPUS_PAGES) : [])('finds no drug on the real page %s', async (name) => {
    const url = `${server.origin}/generated/noscript-${name}`;
    await session.newTab(url);
    const state = await finishedState(url);
    expect(state.page.listings.flatMap((l) => l.findings.map((f) => `${f.name}: ${f.matched}`))).toEqual([]);
  });
});
