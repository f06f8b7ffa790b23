import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatSigningSecret } from '../../src/core/report/signing-secret';
import { signWebhook } from '../../src/core/report/webhook-signature';

const SECRET = formatSigningSecret(new Uint8Array(24).fill(42));

it('runs from the command line, prints its real port and answers a signed ping', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rxlens-main-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/main.ts', '--port', '0', '--db', join(dir, 'r.sqlite'), '--secret', SECRET], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
        if (match && match[2] !== '0') resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
    });
    const body = '{"type":"ping"}';
    const headers = await signWebhook({ id: 'ping_cli', timestamp: Math.floor(Date.now() / 1000), body, secret: SECRET }, crypto.subtle);
    const response = await fetch(`${url}/ping`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(response.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

it('refuses to start without a valid secret', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/main.ts', '--db', ':memory:', '--secret', 'not-a-secret'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).not.toBe(0);
  expect(errors).toContain('whsec_');
}, 30_000);
