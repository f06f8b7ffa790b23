/**
 * Settings live in `storage.local` under one key, except endpoint credentials (signing secret, auth header value):
 * content scripts can read `storage.local`, so those stay in the extension origin's IndexedDB, which they cannot.
 * Only extension pages and the background call this.
 */
import browser from 'webextension-polyfill';
import { migrateSettings, type EndpointProfile, type Settings } from '../core/settings';
import { transact } from './database';

const KEY = 'settings';

interface Credentials {
  /** The profile id. */
  id: string;
  secret?: string;
  authValue?: string;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const settings = migrateSettings(stored[KEY]);
  const credentials = await transact('secrets', 'readonly', (store) => store.getAll() as IDBRequest<Credentials[]>);
  const byId = new Map(credentials.map((c) => [c.id, c]));
  settings.endpoints = settings.endpoints.map((profile) => withCredentials(profile, byId.get(profile.id)));
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const credentials = settings.endpoints.map((p): Credentials => ({ id: p.id, secret: p.secret, authValue: p.authHeader?.value }));
  // One transaction: the credentials are replaced all at once or not at all.
  await transact('secrets', 'readwrite', (store) => {
    const cleared = store.clear();
    for (const entry of credentials) store.put(entry);
    return cleared;
  });
  const endpoints = settings.endpoints.map(({ secret: _secret, authHeader, ...profile }) => ({
    ...profile,
    ...(authHeader ? { authHeader: { name: authHeader.name, value: '' } } : {}),
  }));
  await browser.storage.local.set({ [KEY]: { ...settings, endpoints } });
}

/** A profile with its credentials from IndexedDB (or, for settings written before, from storage itself). */
function withCredentials(profile: EndpointProfile, credentials: Credentials | undefined): EndpointProfile {
  const secret = credentials?.secret ?? profile.secret;
  const authValue = credentials?.authValue ?? profile.authHeader?.value;
  return {
    ...profile,
    ...(secret ? { secret } : {}),
    ...(profile.authHeader && authValue ? { authHeader: { name: profile.authHeader.name, value: authValue } } : {}),
  };
}
