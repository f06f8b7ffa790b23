/** The browser's name and version for a report's `tool` block. */
import browser from 'webextension-polyfill';

interface UserAgentData {
  brands: { brand: string; version: string }[];
}

export async function browserInfo(): Promise<{ browser: string; browserVersion: string }> {
  if (__FIREFOX__) {
    const info = await browser.runtime.getBrowserInfo();
    return { browser: info.name, browserVersion: info.version };
  }
  const brands = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData?.brands ?? [];
  const brand = brands.find((b) => /chrom/i.test(b.brand) && !/not/i.test(b.brand)) ?? brands[0];
  const fromUa = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1];
  return { browser: brand?.brand ?? 'Chromium', browserVersion: fromUa ?? brand?.version ?? 'unknown' };
}
