import { createHash } from 'node:crypto';
import type { Report } from '../core/report/types';

/** A stored report as the index page lists it. */
export interface IndexEntry {
  receivedAt: string;
  report: Report;
  hasScreenshot: boolean;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}ul{margin:0;padding-left:1rem}`;

/**
 * The page's Content-Security-Policy: no scripts at all, only the page's own inline style (by hash) and
 * screenshots from this server.
 */
export const INDEX_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A small page listing the stored reports; every string that came from a page or a user is escaped. */
export function renderIndexPage(entries: IndexEntry[]): string {
  const rows = entries.map(({ receivedAt, report, hasScreenshot }) => {
    const id = encodeURIComponent(report.id);
    const listings = report.listings
      .map((listing) => {
        const terms = listing.findings.map((finding) => `${finding.matched} (${finding.name}, ${finding.severity})`);
        const flags = listing.priceFlags.map((flag) => flag.message);
        return `<li>${escapeHtml(listing.title)}${listing.price ? ` — ${escapeHtml(listing.price.raw)}` : ''}` +
          `<br>${escapeHtml([...terms, ...flags].join('; '))}</li>`;
      })
      .join('');
    return `<tr><td>${escapeHtml(receivedAt)}</td><td>${escapeHtml(report.caseId)}</td>` +
      `<td>${escapeHtml(report.page.title)}<br><small>${escapeHtml(report.page.url)}</small></td>` +
      `<td><ul>${listings}</ul></td><td>${escapeHtml(report.note)}</td>` +
      `<td><a href="/reports/${id}">JSON</a>${hasScreenshot ? ` <a href="/reports/${id}/screenshot.png">PNG</a>` : ''}</td></tr>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>RxLens reports</title>` +
    `<style>${STYLE}</style></head><body><h1>RxLens reports (${entries.length})</h1>` +
    `<table><thead><tr><th>Received</th><th>Case</th><th>Page</th><th>Listings and findings</th><th>Note</th>` +
    `<th>Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}
