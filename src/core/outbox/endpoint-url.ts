/**
 * Endpoint URLs are checked by hand, strictly, rather than with a lenient URL parser: what is accepted here is
 * plain enough that `new URL(url).href === url` and nothing is guessed (no `1.2.3` IPv4 shorthands, no backslashes,
 * no userinfo). `https:` is required except on loopback hosts, where a local receiver may use `http:`.
 */

/** An accepted endpoint: its normalised URL, its origin, and the host permission to request for it. */
export interface EndpointUrl {
  /** Normalised: lower-case scheme and host, default port dropped, `/` for an empty path. */
  url: string;
  /** e.g. "https://reports.example.org:8443" */
  origin: string;
  /** The match pattern to request as an optional host permission, e.g. "https://reports.example.org/*". */
  permissionPattern: string;
  /** True for localhost, 127.0.0.0/8 and [::1]. */
  loopback: boolean;
}

const MAX_URL_LENGTH = 2048;
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PATH_AND_QUERY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

/**
 * Checks an endpoint profile's URL and says what is wrong in words the user can act on.
 * @example validateEndpointUrl("HTTPS://Reports.Example.org:443/in") // { ok: true, url: "https://reports.example.org/in", … }
 * @example validateEndpointUrl("http://example.org/") // { ok: false, error: "http: is only allowed for …" }
 */
export function validateEndpointUrl(input: string): ({ ok: true } & EndpointUrl) | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  const text = input.trim();
  if (!text) return fail('Enter the endpoint URL, e.g. https://reports.example.org/rxlens.');
  if (text.length > MAX_URL_LENGTH) return fail(`The URL is longer than ${MAX_URL_LENGTH} characters.`);
  if (/[^\u0021-\u007e]|\\/.test(text)) {
    return fail('The URL must not contain spaces, control characters, backslashes or non-ASCII characters ' +
      '(write international domain names in their xn-- form and percent-encode the path).');
  }
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
  if (!schemeMatch) return fail('The URL must start with https://.');
  const scheme = `${schemeMatch[1].toLowerCase()}:`;
  if (scheme !== 'https:' && scheme !== 'http:') return fail(`${scheme} URLs are not allowed; use https://.`);
  const afterScheme = schemeMatch[2];
  if (!afterScheme.startsWith('//')) return fail(`Write the URL as ${scheme}//host/path.`);
  const authorityEnd = afterScheme.slice(2).search(/[/?#]/);
  const authority = authorityEnd < 0 ? afterScheme.slice(2) : afterScheme.slice(2, 2 + authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(2 + authorityEnd);
  if (authority.includes('@')) {
    return fail('The URL must not contain a user name or password (user@host); put credentials in the auth header.');
  }

  const hostAndPort = splitHostPort(authority);
  if (!hostAndPort.ok) return fail(hostAndPort.error);
  const host = readHost(hostAndPort.host);
  if (!host.ok) return fail(host.error);
  const port = hostAndPort.port === DEFAULT_PORTS[scheme] ? '' : hostAndPort.port;

  if (rest.includes('#')) return fail('The URL must not have a #fragment.');
  if (!PATH_AND_QUERY.test(rest)) return fail('The path contains characters that must be percent-encoded.');
  const queryStart = rest.indexOf('?');
  const path = (queryStart < 0 ? rest : rest.slice(0, queryStart)) || '/';
  // Browsers encode ' in the query of http(s) URLs; do the same so the stored URL is the one fetched.
  const query = queryStart < 0 ? '' : rest.slice(queryStart).replace(/'/g, '%27');
  if (path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    return fail('The path must not contain "." or ".." segments.');
  }

  if (scheme === 'http:' && !host.loopback) {
    return fail('http: is only allowed for this computer (localhost, 127.x.x.x, [::1]); use https: for other hosts.');
  }
  const origin = `${scheme}//${host.name}${port ? `:${port}` : ''}`;
  return {
    ok: true,
    url: `${origin}${path}${query}`,
    origin,
    permissionPattern: `${scheme}//${host.name}/*`,
    loopback: host.loopback,
  };
}

function splitHostPort(authority: string): { ok: true; host: string; port: string } | { ok: false; error: string } {
  let host = authority;
  let port = '';
  const portStart = authority.startsWith('[') ? authority.indexOf(']') + 1 : authority.indexOf(':');
  if (authority.startsWith('[') && portStart === 0) return { ok: false, error: 'The IPv6 address is missing its "]".' };
  if (portStart > 0 && portStart < authority.length) {
    if (authority[portStart] !== ':') return { ok: false, error: 'Unexpected text after the host.' };
    host = authority.slice(0, portStart);
    port = authority.slice(portStart + 1);
    if (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      return { ok: false, error: 'The port must be a number from 1 to 65535.' };
    }
    port = String(Number(port));
  }
  return { ok: true, host, port };
}

function readHost(raw: string): { ok: true; name: string; loopback: boolean } | { ok: false; error: string } {
  if (!raw) return { ok: false, error: 'The URL has no host.' };
  if (raw.startsWith('[')) {
    const groups = parseIpv6(raw.slice(1, -1));
    if (!groups) return { ok: false, error: 'The IPv6 address is malformed (write it in hex groups, e.g. [::1]).' };
    const loopback = groups.every((group, index) => group === (index === 7 ? 1 : 0));
    return { ok: true, name: `[${serializeIpv6(groups)}]`, loopback };
  }
  const name = raw.toLowerCase();
  const labels = name.split('.');
  const last = labels[labels.length - 1];
  // A numeric last label makes browsers read the host as IPv4, shorthands included; accept only dotted quads.
  if (/^(?:[0-9]+|0x[0-9a-f]*)$/.test(last)) {
    const octets = labels.map((label) => (/^(?:0|[1-9][0-9]{0,2})$/.test(label) ? Number(label) : NaN));
    if (octets.length !== 4 || octets.some((octet) => !(octet <= 255))) {
      return { ok: false, error: 'The IPv4 address is malformed (write four numbers 0–255, e.g. 127.0.0.1).' };
    }
    return { ok: true, name, loopback: octets[0] === 127 };
  }
  if (name.length > 253 || !labels.every((label) => DNS_LABEL.test(label))) {
    return { ok: false, error: 'The host name is malformed (letters, digits and hyphens between dots).' };
  }
  return { ok: true, name, loopback: name === 'localhost' };
}

/** Eight 16-bit groups, or null. Embedded IPv4 forms are refused. */
function parseIpv6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const missing = 8 - all.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const zeros = halves.length === 2 ? new Array<string>(missing).fill('0') : [];
  return [...head, ...zeros, ...tail].map((group) => parseInt(group, 16));
}

/** RFC 5952 / WHATWG form: lower-case, no leading zeros, the first longest run of two or more zero groups as "::". */
function serializeIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
