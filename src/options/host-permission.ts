/**
 * Host permissions for endpoints and scanned sites. `requestHostPermission` must be the first thing a click handler
 * does (no `await` before it): browsers only show the prompt during the user's gesture.
 */
import browser from 'webextension-polyfill';

/** Resolves to true when the browser grants `pattern` (at once, without a prompt, if it was granted before). */
export function requestHostPermission(pattern: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [pattern] });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Words for a refused or failed request, e.g. for "[::1]", which the manifest does not list as optional. */
export function describePermissionFailure(pattern: string, error?: unknown): string {
  if (error === undefined) return `Access to ${pattern} was not granted, so nothing was saved. RxLens needs it to reach that address.`;
  const reason = error instanceof Error ? error.message : String(error);
  return `RxLens could not ask for access to ${pattern} (${reason}), so nothing was saved.`;
}
