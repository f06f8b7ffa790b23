import { describe, expect, it } from 'vitest';
import { classifyAttempt, classifyResponse } from '../../../src/core/outbox/classify';
import { parseRetryAfter } from '../../../src/core/outbox/retry-after';

const none = new Headers();
const NOW = Date.UTC(2026, 10, 24, 9, 0, 0);

describe('classifyResponse', () => {
  it.each([200, 201, 202, 204, 299])('%i is done', (status) => {
    expect(classifyResponse(status, none, NOW)).toEqual({ kind: 'done', status });
  });

  it.each([408, 425, 429, 500, 502, 503, 504, 599])('%i is retried', (status) => {
    expect(classifyResponse(status, none, NOW)).toMatchObject({ kind: 'retry', reason: `HTTP ${status}` });
  });

  it.each([400, 401, 403, 404, 409, 413, 422, 451, 499])('%i fails at once with the server message', (status) => {
    expect(classifyResponse(status, none, NOW, '{"error":"bad signature"}')).toEqual({
      kind: 'fail',
      reason: `HTTP ${status}: bad signature`,
    });
  });

  it('reads message fields, plain text first lines, and clips and cleans long messages', () => {
    expect(classifyResponse(400, none, NOW, '{"message":"no case id"}')).toMatchObject({ reason: 'HTTP 400: no case id' });
    expect(classifyResponse(400, none, NOW, 'Forbidden\n<html>')).toMatchObject({ reason: 'HTTP 400: Forbidden' });
    const long = classifyResponse(400, none, NOW, JSON.stringify({ error: `a\u0007${'b'.repeat(1000)}` }));
    expect(long.kind === 'fail' && long.reason.length).toBeLessThan(320);
    expect(long.kind === 'fail' && long.reason.startsWith('HTTP 400: a b')).toBe(true);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(classifyResponse(429, new Headers({ 'retry-after': '120' }), NOW)).toMatchObject({ kind: 'retry', retryAfterMs: 120_000 });
    const at = new Date(NOW + 90_000).toUTCString();
    expect(classifyResponse(503, new Headers({ 'Retry-After': at }), NOW)).toMatchObject({ kind: 'retry', retryAfterMs: 90_000 });
  });

  it('fails on redirects, naming where they lead', () => {
    const verdict = classifyResponse(307, new Headers({ location: 'https://evil.example/steal' }), NOW);
    expect(verdict).toMatchObject({ kind: 'fail' });
    expect(verdict.kind === 'fail' && verdict.reason).toContain('https://evil.example/steal');
  });
});

describe('classifyAttempt', () => {
  it('retries network errors and timeouts, fails redirects', () => {
    expect(classifyAttempt({ kind: 'network-error', message: 'Failed to fetch' }, NOW)).toEqual({
      kind: 'retry',
      reason: 'network error: Failed to fetch',
    });
    expect(classifyAttempt({ kind: 'timeout', afterMs: 25_000 }, NOW)).toEqual({ kind: 'retry', reason: 'no answer within 25 s' });
    expect(classifyAttempt({ kind: 'redirect' }, NOW)).toMatchObject({ kind: 'fail' });
    expect(classifyAttempt({ kind: 'response', status: 202, headers: none }, NOW)).toEqual({ kind: 'done', status: 202 });
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    [' 7 ', 7_000],
    ['Tue, 24 Nov 2026 09:00:30 GMT', 30_000],
    ['Tuesday, 24-Nov-26 09:01:00 GMT', 60_000],
    ['Tue Nov 24 09:00:10 2026', 10_000],
    ['Tue, 24 Nov 2026 08:00:00 GMT', 0],
  ])('%j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([null, undefined, '', '-5', '1.5', 'soon', '2026-11-24T09:00:30Z'])('%j is unreadable', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
