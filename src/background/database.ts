/**
 * The extension's IndexedDB database (extension origin: the background and extension pages reach it, content
 * scripts and pages do not). Stores: `outbox` (reports and their delivery state), `secrets` (endpoint credentials).
 */

const DB_NAME = 'rxlens';
export type StoreName = 'outbox' | 'secrets';

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of ['outbox', 'secrets'] as const) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error('cannot open the RxLens database'));
    };
  });
  return opening;
}

/** Runs one request in a transaction and resolves once the transaction is durable (committed). */
export async function transact<T>(store: StoreName, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode, { durability: 'strict' });
    const request = run(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? new Error(`${store} transaction failed`));
    tx.onabort = () => reject(tx.error ?? new Error(`${store} transaction aborted`));
  });
}
