/** Exports a report from the popup as a file the user saves, without any endpoint: JSON, or CSV of its findings. */
import { csvRow } from '../core/csv';
import type { Report } from '../core/report/types';

const CSV_COLUMNS = ['listing', 'listingUrl', 'price', 'category', 'name', 'matched', 'severity', 'schedule', 'list', 'cas', 'reasons', 'before', 'after'];

export function reportAsCsv(report: Report): string {
  let csv = csvRow(['reportId', 'pageUrl', 'caseId', ...CSV_COLUMNS]);
  for (const listing of report.listings) {
    for (const f of listing.findings) {
      csv += csvRow([
        report.id,
        report.page.url,
        report.caseId,
        listing.title,
        listing.url ?? '',
        listing.price?.raw ?? '',
        f.category,
        f.name,
        f.matched,
        f.severity,
        f.schedule ?? '',
        f.list ?? '',
        f.cas ?? '',
        f.reasons.join('; '),
        f.context.before,
        f.context.after,
      ]);
    }
  }
  return csv;
}

/** Offers `text` as a download named `filename`. */
export function download(filename: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
