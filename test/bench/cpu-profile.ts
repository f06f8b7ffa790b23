/**
 * Chromium only: a CPU profile of a tab over CDP (`Profiler`), reduced to where the extension's time goes: self time
 * per function of the extension's scripts, and the page-side work (DOM, style, GC) they call into is counted under
 * the extension function that called it. Used by `npm run bench -- --profile FILE` to say which part of our slices
 * costs what.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  /** `name (file:line)` of an extension function. */
  function: string;
  /** Time on the function itself and in native/browser code it called directly (not in other extension functions). */
  selfMs: number;
  /** Time with everything it called (inclusive). */
  totalMs: number;
}

export interface ProfileSummary {
  /** All sampled time under any extension frame. */
  extensionMs: number;
  /** Top functions by self time (native callees folded in). */
  bySelf: FunctionCost[];
  /** Top functions by inclusive time. */
  byTotal: FunctionCost[];
}

export class CpuProfiler {
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<CpuProfiler> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    return new CpuProfiler(cdp);
  }

  /** Stops, writes the raw `.cpuprofile` (opens in Chrome DevTools) to `file`, and summarises it. */
  async stop(file: string, extensionOrigin: string, top = 25): Promise<ProfileSummary> {
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(file, JSON.stringify(profile));
    return summariseProfile(profile, extensionOrigin, top);
  }
}

/** Reduces a profile to the time under `extensionOrigin`'s scripts (exported for its test). */
export function summariseProfile(profile: Profile, extensionOrigin: string, top: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const isOurs = (node: ProfileNode) => node.callFrame.url.startsWith(extensionOrigin);
  const label = (node: ProfileNode) => {
    const file = node.callFrame.url.slice(extensionOrigin.length);
    return `${node.callFrame.functionName || '(anonymous)'} (${file}:${node.callFrame.lineNumber + 1})`;
  };

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extensionMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    let selfOwner: string | undefined;
    const seen = new Set<string>();
    while (node) {
      if (isOurs(node)) {
        const name = label(node);
        selfOwner ??= name;
        if (!seen.has(name)) {
          seen.add(name);
          total.set(name, (total.get(name) ?? 0) + ms);
        }
      }
      const parent = parentOf.get(node.id);
      node = parent === undefined ? undefined : byId.get(parent);
    }
    if (selfOwner) {
      extensionMs += ms;
      self.set(selfOwner, (self.get(selfOwner) ?? 0) + ms);
    }
  }
  const cost = (name: string) => ({ function: name, selfMs: self.get(name) ?? 0, totalMs: total.get(name) ?? 0 });
  const bySelf = [...self.keys()].sort((a, b) => self.get(b)! - self.get(a)!).slice(0, top).map(cost);
  const byTotal = [...total.keys()].sort((a, b) => total.get(b)! - total.get(a)!).slice(0, top).map(cost);
  return { extensionMs, bySelf, byTotal };
}
