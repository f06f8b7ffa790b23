/** Typed requests from the popup to the background. */
import browser from 'webextension-polyfill';
import type { PageMessage } from '../core/messages';

export function ask<T>(message: PageMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}
