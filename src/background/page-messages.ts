/** Requests from the extension's own pages (popup, options). */
import type { PageMessage } from '../core/messages';
import { sendReport } from './send-report';
import { loadTabState } from './tab-findings';

export async function handlePageMessage(message: PageMessage): Promise<unknown> {
  switch (message.type) {
    case 'get-tab-findings':
      return (await loadTabState(message.tabId)) ?? null;
    case 'send-report':
      return sendReport(message);
    default:
      return { error: `unknown request ${(message as { type?: unknown }).type}` };
  }
}
