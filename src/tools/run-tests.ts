/**
 * Runs the unit and end-to-end tests (Vitest) and ends with the one line CI reads: "N passed, N failed, N skipped".
 * Exits non-zero when any test failed or the runner itself failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './build';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let runnerFailed = false;
for (const project of ['unit', 'e2e']) {
  const report = join(mkdtempSync(join(tmpdir(), 'rxlens-vitest-')), 'report.json');
  const run = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  try {
    const result = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + result.numTodoTests;
    if (run.status !== 0 && result.numFailedTests === 0) runnerFailed = true;
  } catch {
    console.error(`vitest (${project}) wrote no report: it failed before running tests`);
    runnerFailed = true;
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || runnerFailed ? 1 : 0);
