import { describe, expect, it } from 'vitest';
import { checkEndpointProfile, type EndpointProfileFields } from '../../../src/core/settings';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const fields = (over: Partial<EndpointProfileFields>): EndpointProfileFields => ({ name: '', url: '', authName: '', authValue: '', secret: '', ...over });

describe('checkEndpointProfile', () => {
  it('accepts a loopback receiver, names it after its host and asks for its origin', () => {
    expect(checkEndpointProfile(fields({ url: 'http://127.0.0.1:8787/reports', secret: ` ${SECRET} ` }))).toEqual({
      ok: true,
      profile: { name: '127.0.0.1', url: 'http://127.0.0.1:8787/reports', secret: SECRET },
      permissionPattern: 'http://127.0.0.1/*',
      loopback: true,
    });
  });

  it('keeps the name and the auth header', () => {
    const checked = checkEndpointProfile(fields({ name: ' Team  inbox ', url: 'HTTPS://Reports.Example.org/in', authName: 'Authorization', authValue: 'Bearer abc' }));
    expect(checked).toMatchObject({ ok: true, profile: { name: 'Team inbox', url: 'https://reports.example.org/in', authHeader: { name: 'Authorization', value: 'Bearer abc' } } });
    expect(checked.ok && checked.loopback).toBe(false);
  });

  it.each([
    ['http://example.com', /only allowed for this computer/],
    ['ftp://files.example.org/x', /ftp: URLs are not allowed/],
    ['https://user:pw@host.example/', /user name or password/],
    ['', /Enter the endpoint URL/],
  ])('refuses the URL %j with a message', (url, message) => {
    const checked = checkEndpointProfile(fields({ url }));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.url).toMatch(message);
  });

  it('names the field of each other mistake', () => {
    const checked = checkEndpointProfile(fields({ url: 'https://r.example/', authName: 'Cookie', authValue: 'x', secret: 'whsec_short' }));
    expect(checked.ok ? {} : Object.keys(checked.errors).sort()).toEqual(['authName', 'secret']);
    const noName = checkEndpointProfile(fields({ url: 'https://r.example/', authValue: 'Bearer x' }));
    expect(noName.ok ? {} : noName.errors).toEqual({ authName: expect.stringMatching(/header name/) });
    const badValue = checkEndpointProfile(fields({ url: 'https://r.example/', authName: 'X-Token', authValue: 'a\u00e9' }));
    expect(badValue.ok ? {} : Object.keys(badValue.errors)).toEqual(['authValue']);
  });
});
