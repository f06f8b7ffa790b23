import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListingResult } from '../../src/cli/scan-document';
import type { Finding } from '../../src/core/findings';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'test/fixtures/cli';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface DocumentLine {
  id: string | number;
  findings: Finding[];
  listings: ListingResult[];
}

/** Runs the real launcher, as `npx rxlens` would, from the repository root. */
export function runCli(args: string[], input?: string): CliRun {
  const result = spawnSync(process.execPath, ['src/cli/rxlens.mjs', ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(stdout: string): DocumentLine[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as DocumentLine);
}

export function fixture(name: string): string {
  return `${FIXTURES}/${name}`;
}

export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'rxlens-cli-'));
}

/** A stack trace line ("    at main (file.ts:1:2)"), which the CLI must never print. */
export const STACK_TRACE_LINE = /^\s+at .+:\d+/m;
