import type { Finding } from '../core/findings';
import type { OutputFormat } from './args';
import { csvRow } from '../core/csv';
import type { DocumentResult } from './scan-document';

/** Writes results as they come, so a large corpus streams instead of piling up in memory. */
export interface ResultWriter {
  write(result: DocumentResult): void;
  end(): void;
}

export const CSV_COLUMNS = ['id', 'category', 'termId', 'name', 'matched', 'start', 'end', 'severity', 'reasons'];

export function createResultWriter(format: OutputFormat, output: (chunk: string) => void): ResultWriter {
  switch (format) {
    case 'jsonl':
      return { write: (result) => output(JSON.stringify(result) + '\n'), end: () => {} };
    case 'json': {
      let count = 0;
      return {
        write: (result) => output((count++ === 0 ? '[\n' : ',\n') + JSON.stringify(result)),
        end: () => output(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv': {
      output(csvRow(CSV_COLUMNS));
      return {
        write: (result) => {
          for (const finding of result.findings) output(csvRow(csvCellsOf(result.id, finding)));
        },
        end: () => {},
      };
    }
  }
}

function csvCellsOf(id: string | number, finding: Finding): (string | number)[] {
  return [
    String(id),
    finding.category,
    finding.termId,
    finding.name,
    finding.matched,
    finding.start,
    finding.end,
    finding.severity,
    finding.reasons.join('; '),
  ];
}
