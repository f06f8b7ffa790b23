/** The toolbar badge: number of findings in the tab, coloured by the highest severity. */
import browser from 'webextension-polyfill';
import { SEVERITIES, type Severity } from '../core/findings';
import type { PageFindings } from '../core/messages';

const COLOURS: Record<Severity, string> = {
  info: '#6b7280',
  low: '#2563eb',
  medium: '#d97706',
  high: '#dc2626',
  critical: '#7f1d1d',
};

export async function showBadge(tabId: number, page: PageFindings): Promise<void> {
  const findings = page.listings.flatMap((l) => l.findings);
  let highest = -1;
  for (const f of findings) highest = Math.max(highest, SEVERITIES.indexOf(f.severity));
  await browser.action.setBadgeText({ tabId, text: findings.length ? String(findings.length) : '' });
  if (highest >= 0) await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[SEVERITIES[highest]] });
}
