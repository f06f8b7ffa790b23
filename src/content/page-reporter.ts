/**
 * Tells the background what the page holds: the first report whole, then only what changed since the last one
 * (`core/page-delta.ts`), and whole again after the background said it missed one or a message failed.
 */
import type { ContentMessage, PageFindings } from '../core/messages';
import { pageDelta, sentPage, type SentPage } from '../core/page-delta';

type Post = (message: ContentMessage) => Promise<unknown>;

/** A random name for this content script's reports (`crypto.getRandomValues` also works on http: pages). */
function randomSource(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
}

export class PageReporter {
  private readonly source = randomSource();
  private seq = 0;
  /** What the background holds as far as this script knows; null: send the next report whole. */
  private sent: SentPage | null = null;

  constructor(private readonly post: Post) {}

  send(page: PageFindings): void {
    const seq = ++this.seq;
    const origin = { source: this.source, seq };
    const message: ContentMessage =
      this.sent?.url === page.url
        ? { type: 'page-findings-delta', delta: pageDelta(this.sent, page, seq) }
        : { type: 'page-findings', page, ...origin };
    this.sent = sentPage(page, origin);
    this.post(message).then(
      (answer) => {
        // Only the latest report's answer counts: an earlier one's failure fails every change made after it.
        if ((answer as { resync?: boolean } | undefined)?.resync && this.sent?.seq === seq) {
          this.sent = null;
          this.send(page);
        }
      },
      () => {
        if (this.sent?.seq === seq) this.sent = null;
      },
    );
  }
}
