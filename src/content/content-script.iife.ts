/**
 * Content script: scans the page in time slices, paints findings, follows the page as it changes and navigates,
 * explains a finding on click, and tells the background what it found. Runs in every frame.
 * Built as one classic (IIFE) script: a module loader's dynamic import() is blocked by strict page CSPs in Chrome.
 */
import browser from 'webextension-polyfill';
import type { PageFindings, TabMessage } from '../core/messages';
import { createScanner } from '../core/scan';
import { lexiconFor, scanSettingsFor, type ScanSettings } from '../core/scan-settings';
import { migrateSettings } from '../core/settings';
import { isInlineElement, isSkippedName, NODE_TYPE, RULE_ATTRIBUTE_SELECTOR, RULE_ATTRIBUTES, RXLENS_UI_ELEMENT } from '../core/extract';
import { ExplainCard } from './explain-card';
import { walkBlocks } from './extract';
import { HighlightPainter } from './paint';
import { PageReporter } from './page-reporter';
import { PageScan } from './page-scan';
import { SliceClock, yieldToPage } from './slices';
import highlightCss from './highlights.css?raw';

interface DomApi {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null | undefined;
}

const chromeDom = (globalThis as { chrome?: { dom?: DomApi } }).chrome?.dom;

/**
 * Elements that may carry a shadow root (DOM's valid shadow host names; custom elements are the rest), by node name:
 * upper case in HTML documents, lower case in XHTML ones.
 */
const SHADOW_HOSTS = new Set(
  ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'].flatMap(
    (name) => [name, name.toUpperCase()],
  ),
);

/**
 * The element's shadow root, open or closed, or null. Closed roots are reachable to extensions only: Chrome through
 * `chrome.dom.openOrClosedShadowRoot()`, Firefox through the element's own `openOrClosedShadowRoot` property (its
 * `browser.dom` is not given to content scripts, measured in Firefox ESR 153).
 * Cheapest tests first: only the names above and custom elements can host a root at all, so most elements cost no
 * DOM call here. Chrome's API costs microseconds a call and throws for non-HTML elements: it is asked only for
 * custom elements and childless hosts (a closed root's host shows its shadow tree instead of its children).
 */
function shadowRootOf(element: Element, nodeName = element.nodeName): ShadowRoot | null {
  const custom = nodeName.includes('-');
  if (!custom && !SHADOW_HOSTS.has(nodeName)) return null;
  if (__FIREFOX__) return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  const open = element.shadowRoot;
  if (open || !chromeDom || !(custom || element.firstChild === null) || !(element instanceof HTMLElement)) return open;
  return chromeDom.openOrClosedShadowRoot(element) ?? null;
}

/** Injected again by "Scan this page" where the manifest already runs it: the first copy keeps the page. */
const marker = globalThis as { rxlensContentScript?: boolean };
if (!marker.rxlensContentScript) {
  marker.rxlensContentScript = true;
  void main();
}

/**
 * True when the document may have text to scan. Cheapest first: a non-blank text node outside skipped elements (the
 * search stops at the first), a text attribute; else the full extraction walk, which also looks into shadow roots
 * but can meet a whole page's worth of text in one block, so it runs only for pages with no light text at all. Errs
 * towards true, which only means loading the lexicon.
 */
function hasText(): boolean {
  const root = document.body ?? document.documentElement;
  if (root === null) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data) && !isSkippedName(node.parentNode?.nodeName ?? '')) return true;
  }
  return root.querySelector(RULE_ATTRIBUTE_SELECTOR) !== null || !walkBlocks(root, shadowRootOf).next().done;
}

/** Resolves once the document has text to scan. */
function textAppears(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!hasText()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** The report of a page with nothing to scan. */
function emptyPage(): PageFindings {
  return { url: location.href, title: document.title, listings: [], scannedAt: new Date().toISOString(), partial: false };
}

/** The user's scan settings from the background; the defaults if it cannot answer. */
async function scanSettings(): Promise<ScanSettings> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'get-scan-settings' })) as ScanSettings | undefined;
    if (answer && typeof answer.enabled === 'boolean') return answer;
  } catch {
    // the background is updating or gone: scan with the defaults
  }
  return scanSettingsFor(migrateSettings(undefined), location.href);
}

async function main(): Promise<void> {
  const isTopFrame = window === window.top;
  const settings = await scanSettings();
  if (!settings.enabled) {
    if (isTopFrame) void browser.runtime.sendMessage({ type: 'page-unreadable', reason: 'RxLens is switched off for this site in its options.' });
    return;
  }
  // A frame with no text yet (an empty or image-only ad frame, an app shell still loading) does not load the
  // lexicon (about 3.5 MB and 20-30 ms of CPU per frame) until some appears; the top frame says it found nothing.
  const reporter = new PageReporter((message) => browser.runtime.sendMessage(message));
  if (!hasText()) {
    if (isTopFrame) reporter.send(emptyPage());
    await textAppears();
  }
  // Loading the lexicon is our work on the page too: its slices count in the figures the benchmark reads.
  const loading = new SliceClock();
  loading.start();
  const lexicon = await lexiconFor(settings.customTerms, async () => {
    loading.end();
    await yieldToPage();
    loading.start();
  });
  const scanner = createScanner(lexicon);
  loading.end();
  const painter = new HighlightPainter(CSS.highlights);
  const card = new ExplainCard(document);
  const shadowSheet = new CSSStyleSheet();
  shadowSheet.replaceSync(highlightCss);

  // One observer for the document and every shadow root in it.
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(onMutations);
  function observe(root: Node): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...RULE_ATTRIBUTES],
    });
  }

  /** Shadow trees do not see the document's `::highlight()` rules: they get our sheet adopted, which is no DOM write. */
  function onShadowRoot(root: ShadowRoot): void {
    observe(root);
    try {
      if (!root.adoptedStyleSheets.includes(shadowSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
    } catch (error) {
      console.debug('rxlens: cannot style shadow root', error);
    }
  }

  let lastSent = 0;
  let pendingSend: ReturnType<typeof setTimeout> | undefined;
  function report(page: PageFindings): void {
    if (!isTopFrame) return;
    clearTimeout(pendingSend);
    const send = () => {
      lastSent = Date.now();
      reporter.send(page);
    };
    // Live badge while scanning, but at most a few messages a second.
    if (!page.partial || Date.now() - lastSent > 300) send();
    else pendingSend = setTimeout(send, 300);
  }

  /** Test build only: what the benchmark measures, on the page's clock (performance.now() shares its time origin). */
  function printStats(): void {
    if (!__TEST_BUILD__) return;
    const { longestMs, totalMs, slices } = scan.clock;
    const page = scan.summary(false);
    const findings = page.listings.reduce((n, l) => n + l.findings.length, 0);
    const stats = {
      longestMs: Math.max(longestMs, loading.longestMs),
      totalMs: totalMs + loading.totalMs,
      slices: slices + loading.slices,
      lexiconMs: loading.totalMs,
      finishedAt: performance.now(),
      listings: page.listings.length,
      findings,
    };
    console.debug(`rxlens:stats ${JSON.stringify(stats)}`);
  }

  const hooks = { shadowRootOf, onShadowRoot, onFindings: report, onSettled: printStats };
  let scan = new PageScan(document, scanner, painter, hooks, settings);
  observe(document);
  void scan.start();

  /** Findings belong to the URL they were found on: a new URL is a new scan. */
  function followNavigation(): boolean {
    if (location.href === scan.url) return false;
    painter.clear();
    card.hide();
    scan = new PageScan(document, scanner, painter, hooks, settings);
    void scan.start();
    return true;
  }

  /** White space between appended cards: changes no word, so it does not make the whole list dirty. */
  function isBlankText(node: Node): boolean {
    return node.nodeType === NODE_TYPE.text && !/\S/.test((node as Text).data);
  }

  function isOurs(node: Node): boolean {
    const el = node.nodeType === NODE_TYPE.element ? (node as Element) : node.parentElement;
    return !!el?.closest(RXLENS_UI_ELEMENT);
  }

  function onMutations(records: MutationRecord[]): void {
    if (followNavigation()) return;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      scan.noteChanged(record.target);
      if (record.type !== 'childList') {
        void scan.markDirty(record.target);
        continue;
      }
      let textChanged = false;
      for (const node of record.addedNodes) {
        // A new card is scanned on its own; new text or inline markup changes the block around it.
        if (node.nodeType === NODE_TYPE.element && !isOurs(node)) void scan.markInserted(node as Element);
        else if (!isBlankText(node)) textChanged = true;
      }
      for (const node of record.removedNodes) {
        void scan.markRemoved(node);
        // Removed text, or an inline element's, leaves the block around it with other text.
        if (node.nodeType === NODE_TYPE.element ? isInlineElement(node as Element) : !isBlankText(node)) textChanged = true;
      }
      if (textChanged) void scan.markDirty(record.target);
    }
  }

  addEventListener('popstate', followNavigation);
  addEventListener('hashchange', followNavigation);
  // Back/forward cache: the page comes back as it was, and the tab's findings must be this page's again.
  addEventListener('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted && !followNavigation()) report(scan.summary());
  });

  interface CaretDocument {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  }

  addEventListener(
    'click',
    (event) => {
      if (card.contains(event.target)) return;
      const doc = document as unknown as CaretDocument;
      const caret = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
      const range = caret ? null : doc.caretRangeFromPoint?.(event.clientX, event.clientY);
      const node = caret?.offsetNode ?? range?.startContainer;
      const hit = node ? scan.findingAt(node, caret?.offset ?? range!.startOffset) : null;
      if (hit) card.show(hit.finding, hit.listing, event.clientX, event.clientY);
      else card.hide();
    },
    { capture: true, passive: true },
  );

  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as TabMessage | undefined)?.type === 'get-text-sha256') return Promise.resolve(scan.textSha256());
    return undefined;
  });
}
