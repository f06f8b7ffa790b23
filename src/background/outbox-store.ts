/**
 * The durable outbox: every report the user sent, with its delivery state, in IndexedDB. A report is written here
 * before the popup says "Queued", so it survives the service worker being stopped and the browser restarting.
 * Secrets are not stored with the report: the signature is made again at each attempt from the profile.
 */
import type { DeliveryState } from '../core/outbox/delivery-state';

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

const DB_NAME = 'rxlens';
const STORE = 'outbox';

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error('cannot open the outbox database'));
    };
  });
  return opening;
}

/** Runs one request in a transaction and resolves once the transaction is durable (committed). */
async function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode, { durability: 'strict' });
    const request = run(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? new Error('outbox transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('outbox transaction aborted'));
  });
}

export function putRecord(record: OutboxRecord): Promise<IDBValidKey> {
  return transact('readwrite', (store) => store.put(record));
}

export function getRecord(id: string): Promise<OutboxRecord | undefined> {
  return transact('readonly', (store) => store.get(id) as IDBRequest<OutboxRecord | undefined>);
}

export function allRecords(): Promise<OutboxRecord[]> {
  return transact('readonly', (store) => store.getAll() as IDBRequest<OutboxRecord[]>);
}
