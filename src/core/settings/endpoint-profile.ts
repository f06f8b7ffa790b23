/**
 * Checks what the user typed for an endpoint profile with the outbox's own rules (URL, auth header, signing
 * secret), so the options page refuses exactly what delivery would refuse.
 */
import { validateAuthHeader } from '../outbox/delivery-request';
import { validateEndpointUrl } from '../outbox/endpoint-url';
import { parseSigningSecret } from '../report/signing-secret';
import type { EndpointProfile } from './model';

/** The profile form's fields as typed. */
export interface EndpointProfileFields {
  name: string;
  url: string;
  authName: string;
  authValue: string;
  secret: string;
}

export type EndpointProfileField = keyof EndpointProfileFields;

export type EndpointProfileCheck =
  | { ok: true; profile: Omit<EndpointProfile, 'id'>; permissionPattern: string; loopback: boolean }
  | { ok: false; errors: Partial<Record<EndpointProfileField, string>> };

/**
 * The profile to store (URL normalised, name defaulting to the host, empty optional parts left out) and the host
 * permission to request for it; or, per field, what is wrong.
 * @example checkEndpointProfile({ name: "", url: "http://127.0.0.1:8787/reports", authName: "", authValue: "", secret: "" })
 *   // { ok: true, profile: { name: "127.0.0.1", url: "http://127.0.0.1:8787/reports" }, permissionPattern: "http://127.0.0.1/*", loopback: true }
 */
export function checkEndpointProfile(fields: EndpointProfileFields): EndpointProfileCheck {
  const errors: Partial<Record<EndpointProfileField, string>> = {};
  const name = fields.name.trim().replace(/\s+/g, ' ');
  if (name.length > 100) errors.name = 'The name is longer than 100 characters.';
  const url = validateEndpointUrl(fields.url);
  if (!url.ok) errors.url = url.error;
  const authName = fields.authName.trim();
  const authValue = fields.authValue.trim();
  if (authName || authValue) {
    if (!authName) errors.authName = 'Enter the header name for this value, e.g. Authorization.';
    else {
      const auth = validateAuthHeader({ name: authName, value: authValue });
      if (!auth.ok) errors[auth.error.startsWith('The header value') ? 'authValue' : 'authName'] = auth.error;
    }
  }
  const secret = fields.secret.trim();
  if (secret) {
    const parsed = parseSigningSecret(secret);
    if (!parsed.ok) errors.secret = parsed.error;
  }
  if (!url.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const profile: Omit<EndpointProfile, 'id'> = { name: name || hostOf(url.origin), url: url.url };
  if (authName) profile.authHeader = { name: authName, value: authValue };
  if (secret) profile.secret = secret;
  return { ok: true, profile, permissionPattern: url.permissionPattern, loopback: url.loopback };
}

/** "https://reports.example.org:8443" → "reports.example.org" */
function hostOf(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
}
