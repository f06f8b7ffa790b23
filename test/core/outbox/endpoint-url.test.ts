import { describe, expect, it } from 'vitest';
import { validateEndpointUrl } from '../../../src/core/outbox/endpoint-url';

describe('validateEndpointUrl accepts', () => {
  it.each([
    ['https://reports.example.org/rxlens', 'https://reports.example.org/rxlens', false],
    ['HTTPS://Reports.Example.ORG:443', 'https://reports.example.org/', false],
    ['https://reports.example.org:8443/in?x=1&y=a%20b', 'https://reports.example.org:8443/in?x=1&y=a%20b', false],
    ["https://reports.example.org/in?who='me'", 'https://reports.example.org/in?who=%27me%27', false],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/', false],
    ['https://203.0.113.9/reports', 'https://203.0.113.9/reports', false],
    ['https://[2001:DB8:0:0:0:0:0:1]:9000/r', 'https://[2001:db8::1]:9000/r', false],
    ['http://localhost:8787/reports', 'http://localhost:8787/reports', true],
    ['http://LOCALHOST/reports', 'http://localhost/reports', true],
    ['http://127.0.0.1:8787/reports', 'http://127.0.0.1:8787/reports', true],
    ['http://127.255.1.2/', 'http://127.255.1.2/', true],
    ['http://[::1]:8787/reports', 'http://[::1]:8787/reports', true],
    ['http://[0:0:0:0:0:0:0:1]/', 'http://[::1]/', true],
    ['https://localhost/', 'https://localhost/', true],
  ])('%s', (input, url, loopback) => {
    const result = validateEndpointUrl(input);
    expect(result).toMatchObject({ ok: true, url, loopback });
    // What is accepted is what a browser would fetch.
    const parsed = new URL(input);
    expect(result.ok && result.url).toBe(parsed.href);
    expect(result.ok && result.origin).toBe(parsed.origin);
    expect(result.ok && result.permissionPattern).toBe(`${parsed.protocol}//${parsed.hostname}/*`);
  });
});

describe('validateEndpointUrl refuses', () => {
  it.each([
    ['', /Enter the endpoint URL/],
    ['http://example.org/reports', /http: is only allowed/],
    ['http://128.0.0.1/', /http: is only allowed/],
    ['http://localhost.example.org/', /http: is only allowed/],
    ['http://[::2]/', /http: is only allowed/],
    ['ftp://example.org/', /ftp: URLs are not allowed/],
    ['javascript:alert(1)', /javascript: URLs are not allowed/],
    ['file:///etc/passwd', /file: URLs are not allowed/],
    ['data:text/plain,hi', /data: URLs are not allowed/],
    ['example.org/reports', /must start with https/],
    ['https:example.org', /Write the URL as https:\/\/host\/path/],
    ['https://user:pass@example.org/', /user name or password/],
    ['https://token@example.org/', /user name or password/],
    ['https://example.org@evil.example/', /user name or password/],
    ['https:///path', /no host/],
    ['https://exa mple.org/', /spaces/],
    ['https://example.org\\@evil.example/', /backslashes/],
    ['https://bücher.example/', /non-ASCII/],
    ['https://-bad-.example/', /host name is malformed/],
    ['https://under_score.example/', /host name is malformed/],
    ['https://example.org./', /host name is malformed/],
    ['http://127.1/', /IPv4 address is malformed/],
    ['http://0x7f.0.0.1/', /IPv4 address is malformed/],
    ['http://0177.0.0.1/', /IPv4 address is malformed/],
    ['https://256.1.1.1/', /IPv4 address is malformed/],
    ['https://[::1/', /missing its "]"/],
    ['https://[1:2:3:4:5:6:7:8:9]/', /IPv6 address is malformed/],
    ['https://[::ffff:127.0.0.1]/', /IPv6 address is malformed/],
    ['https://example.org:0/', /port/],
    ['https://example.org:65536/', /port/],
    ['https://example.org:80a/', /port/],
    ['https://example.org/#frag', /fragment/],
    ['https://example.org/a<b', /percent-encoded/],
    ['https://example.org/%zz', /percent-encoded/],
    ['https://example.org/a/../b', /segments/],
    ['https://example.org/%2e%2E/b', /segments/],
    [`https://example.org/${'a'.repeat(3000)}`, /longer than/],
  ])('%s', (input, message) => {
    const result = validateEndpointUrl(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});
