/**
 * Content script: extract the page's text, detect, group by listing, paint, and tell the background.
 * Runs in every frame; only the top frame reports for the tab.
 */
import browser from 'webextension-polyfill';
import type { Finding } from '../core/findings';
import type { ListingFinding, ListingSummary, PageFindings } from '../core/messages';
import { assessListing, createScanner } from '../core/scan';
import { sha256HexOfText } from '../core/sha256';
import { extractPageBlocks, type PageBlock } from './extract';
import { ListingFinder, describeCard, describePage, type ListingDetails } from './listings';
import { HighlightPainter } from './paint';

const CONTEXT_CHARS = 80;

/** Closed shadow roots are reachable to extensions only (Firefox `browser.dom`, Chrome `chrome.dom`). */
function shadowRootOf(element: Element): ShadowRoot | null {
  const dom = (globalThis as { browser?: { dom?: DomApi }; chrome?: { dom?: DomApi } });
  const api = dom.browser?.dom ?? dom.chrome?.dom;
  return api ? api.openOrClosedShadowRoot(element as HTMLElement) ?? null : element.shadowRoot;
}
interface DomApi {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null | undefined;
}

function withContext(block: PageBlock, finding: Finding, id: string): ListingFinding {
  return {
    ...finding,
    id,
    context: {
      before: block.text.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start),
      after: block.text.slice(finding.end, finding.end + CONTEXT_CHARS),
    },
  };
}

interface ListingDraft {
  details: ListingDetails;
  findings: ListingFinding[];
}

function scanDocument(): PageFindings {
  const scanner = createScanner();
  const painter = new HighlightPainter(CSS.highlights);
  const finder = new ListingFinder();
  const blocks = extractPageBlocks(document.body ?? document.documentElement, shadowRootOf);
  const drafts = new Map<Element | null, ListingDraft>();
  const blockOf = new Map<string, PageBlock>();

  for (const block of blocks) {
    const found = scanner.scanText(block.text);
    if (found.length === 0) continue;
    const card = finder.cardFor(block.element);
    let draft = drafts.get(card);
    if (!draft) {
      draft = { details: card ? describeCard(card) : describePage(document), findings: [] };
      drafts.set(card, draft);
    }
    for (const finding of found) {
      const id = `${drafts.size - 1}-${draft.findings.length}`;
      draft.findings.push(withContext(block, finding, id));
      blockOf.set(id, block);
    }
  }

  const listings: ListingSummary[] = [];
  for (const { details, findings } of drafts.values()) {
    const assessed = assessListing(findings) as ListingFinding[];
    if (assessed.length === 0) continue;
    for (const finding of assessed) painter.paintFinding(blockOf.get(finding.id)!, finding);
    listings.push({
      key: String(listings.length),
      title: details.title,
      url: details.url,
      seller: details.seller,
      price: details.priceText,
      priceFlags: [],
      findings: assessed,
    });
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    url: location.href,
    title: document.title,
    canonicalUrl: canonical,
    textSha256: sha256HexOfText(blocks.map((b) => b.text).join('\n')),
    listings,
    scannedAt: new Date().toISOString(),
    partial: false,
  };
}

if (window === window.top) {
  const page = scanDocument();
  void browser.runtime.sendMessage({ type: 'page-findings', page });
}
