import Database from 'better-sqlite3';

/** A stored delivery: the exact bytes received and the answer given, replayed for a retry of the same id. */
export interface StoredReport {
  id: string;
  receivedAt: string;
  bodySha256: string;
  body: Uint8Array;
  webhookTimestamp: number;
  webhookSignature: string;
  responseStatus: number;
  responseBody: string;
}

export interface StoredScreenshot {
  mediaType: string;
  sha256: string;
  data: Uint8Array;
}

interface ReportRow {
  id: string;
  received_at: string;
  body_sha256: string;
  body: Uint8Array;
  webhook_timestamp: number;
  webhook_signature: string;
  response_status: number;
  response_body: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    body BLOB NOT NULL,
    webhook_timestamp INTEGER NOT NULL,
    webhook_signature TEXT NOT NULL,
    response_status INTEGER NOT NULL,
    response_body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS screenshots (
    report_id TEXT PRIMARY KEY REFERENCES reports (id),
    media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
`;

/**
 * Reports in a SQLite file. The body is kept exactly as received (it is what the signature covers); the screenshot
 * is also kept decoded, so it can be served as a PNG.
 */
export class ReportStore {
  private readonly db: Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  find(id: string): StoredReport | undefined {
    const row = this.db.prepare<ReportRow>('SELECT * FROM reports WHERE id = ?').get(id);
    return row && fromRow(row);
  }

  /** Stores a report and its screenshot in one transaction. */
  insert(report: StoredReport, screenshot: StoredScreenshot | undefined): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          report.id,
          report.receivedAt,
          report.bodySha256,
          report.body,
          report.webhookTimestamp,
          report.webhookSignature,
          report.responseStatus,
          report.responseBody,
        );
      if (screenshot) {
        this.db
          .prepare('INSERT INTO screenshots VALUES (?, ?, ?, ?)')
          .run(report.id, screenshot.mediaType, screenshot.sha256, screenshot.data);
      }
    })();
  }

  /** Every report, oldest first. */
  list(): StoredReport[] {
    return this.db.prepare<ReportRow>('SELECT * FROM reports ORDER BY received_at, rowid').all().map(fromRow);
  }

  screenshot(id: string): StoredScreenshot | undefined {
    const row = this.db
      .prepare<{ media_type: string; sha256: string; data: Uint8Array }>('SELECT * FROM screenshots WHERE report_id = ?')
      .get(id);
    return row && { mediaType: row.media_type, sha256: row.sha256, data: row.data };
  }

  close(): void {
    this.db.close();
  }
}

function fromRow(row: ReportRow): StoredReport {
  return {
    id: row.id,
    receivedAt: row.received_at,
    bodySha256: row.body_sha256,
    body: row.body,
    webhookTimestamp: row.webhook_timestamp,
    webhookSignature: row.webhook_signature,
    responseStatus: row.response_status,
    responseBody: row.response_body,
  };
}
