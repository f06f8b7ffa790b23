/**
 * The durable outbox: every report the user sent, with its delivery state, in IndexedDB. A report is written here
 * before the popup says "Queued", so it survives the service worker being stopped and the browser restarting.
 * Secrets are not stored with the report: the signature is made again at each attempt from the profile.
 */
import type { DeliveryState } from '../core/outbox/delivery-state';
import { transact } from './database';

export interface OutboxRecord {
  /** The report id (UUID), also the Idempotency-Key. */
  id: string;
  createdAt: number;
  /** Where it goes, fixed when it was queued. */
  endpointId: string;
  endpointUrl: string;
  /** The exact JSON text sent. */
  body: string;
  summary: { pageUrl: string; pageTitle: string; caseId: string; findings: number };
  state: DeliveryState;
}

export function putRecord(record: OutboxRecord): Promise<IDBValidKey> {
  return transact('outbox', 'readwrite', (store) => store.put(record));
}

export function getRecord(id: string): Promise<OutboxRecord | undefined> {
  return transact('outbox', 'readonly', (store) => store.get(id) as IDBRequest<OutboxRecord | undefined>);
}

export function allRecords(): Promise<OutboxRecord[]> {
  return transact('outbox', 'readonly', (store) => store.getAll() as IDBRequest<OutboxRecord[]>);
}
