/**
 * The card that explains a highlighted word on click: our own element in a closed shadow root, created on the first
 * click on a finding, so a page without clicks never sees it. Everything in it is set as text, never as markup.
 */
import type { ListingFinding, ListingSummary } from '../core/messages';
import { RXLENS_UI_ELEMENT } from '../core/extract';

const CARD_STYLE = `
  :host { all: initial; position: absolute; z-index: 2147483647; }
  .card { font: 13px/1.4 system-ui, sans-serif; color: #111827; background: #fff; border: 1px solid #d1d5db;
    border-radius: 8px; box-shadow: 0 4px 16px #0003; padding: 10px 12px; max-width: 360px; }
  h2 { font-size: 14px; margin: 0 0 4px; }
  p { margin: 2px 0; }
  ul { margin: 4px 0 0; padding-left: 18px; }
  .severity { text-transform: uppercase; font-size: 11px; font-weight: 700; color: #991b1b; }
  button { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 16px; cursor: pointer; }
`;

export class ExplainCard {
  private host: HTMLElement | null = null;
  private body: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  show(finding: ListingFinding, listing: ListingSummary | undefined, x: number, y: number): void {
    const body = this.ensure();
    body.replaceChildren();
    const add = (tag: string, text: string, className?: string) => {
      const el = this.doc.createElement(tag);
      el.textContent = text;
      if (className) el.className = className;
      body.append(el);
      return el;
    };
    const close = add('button', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    add('h2', `${finding.name} — ${finding.category}`);
    add('p', `${finding.severity} severity`, 'severity');
    add('p', `As written: “${finding.matched}”`);
    const reasons = add('ul', '');
    for (const reason of finding.reasons) {
      const li = this.doc.createElement('li');
      li.textContent = reason;
      reasons.append(li);
    }
    if (listing) {
      add('p', `Listing: ${listing.title}${listing.price ? ` · ${listing.price}` : ''}`);
      for (const flag of listing.priceFlags) add('p', `Price: ${flag.message}`);
    }
    this.host!.style.left = `${x + window.scrollX + 8}px`;
    this.host!.style.top = `${y + window.scrollY + 12}px`;
    this.host!.hidden = false;
  }

  hide(): void {
    if (this.host) this.host.hidden = true;
  }

  /** True when an event happened inside the card. */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  private ensure(): HTMLElement {
    if (this.body) return this.body;
    this.host = this.doc.createElement(RXLENS_UI_ELEMENT);
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_STYLE;
    this.body = this.doc.createElement('div');
    this.body.className = 'card';
    this.body.setAttribute('role', 'dialog');
    this.body.setAttribute('aria-label', 'RxLens finding');
    shadow.append(style, this.body);
    this.doc.documentElement.append(this.host);
    return this.body;
  }
}
