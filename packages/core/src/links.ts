/**
 * The one link policy. Authored links are untrusted: the widget renders an address as a link
 * only if `safeLink` returns one, and lint's unsafe-link rule flags every address it refuses,
 * with the reason `checkLink` gives. Pure: no DOM and no `URL` global (the engine is built
 * without either), so the https: check below follows the WHATWG URL parser by hand.
 *
 * Allowed:
 * - `https:` addresses a browser can parse (a host name, an optional port);
 * - `mailto:` addresses;
 * - addresses relative to the page: `/guidance`, `toolkit.pdf`, `../a.html`, `#top`, `?page=2`.
 *
 * Refused:
 * - every other scheme: `javascript:`, `data:`, `vbscript:`, `http:`, `file:`, `blob:`, `tel:`…;
 * - addresses relative in form that lead to another site: `//host/path`, `/\host`, `\host`;
 * - a colon before the first `/`, `?` or `#` (`a:b/c`, `java\u200bscript:x`), which some
 *   parser could read as a scheme (`./a:b` is the way to write such a relative address);
 * - `https:` addresses a browser cannot parse (`https://`, `https://exa mple.org`, a bad
 *   port, a bad IP address), and, to keep look-alike hosts out, hosts written outside ASCII:
 *   an international name must be given in its `xn--` form. (An `xn--` label is taken as it
 *   is: one that is not valid Punycode gives a link a browser cannot open, never an unsafe one.)
 *
 * Browsers drop tabs and line breaks anywhere in an address and ignore control characters
 * and spaces before it, so the same is done here before anything is judged (`java\tscript:`
 * is `javascript:`). The href returned is the address with those removed.
 */

/** What a safe link needs: the address to use, and whether it leaves the page. */
export interface SafeLink {
  href: string;
  /** https and relative addresses open in a new tab, so the user's answers stay on screen; mailto does not. */
  newTab: boolean;
}

/** Why an address is refused. */
export type LinkRefusal =
  /** Not text, or nothing but spaces. */
  | { kind: 'blank' }
  /** A scheme other than https: and mailto:, lower case ("javascript"). */
  | { kind: 'scheme'; scheme: string }
  /** Starts with two slashes or a backslash ("//", "/\\", "\\"): another site's address. */
  | { kind: 'other-site'; start: string }
  /** A colon before the first "/", "?" or "#"; `before` is what precedes the colon. */
  | { kind: 'colon'; before: string }
  /** An https: address a browser cannot parse; `reason` says why, in words. */
  | { kind: 'https'; reason: string };

export type LinkCheck = { safe: true; link: SafeLink } | { safe: false; refusal: LinkRefusal };

/** Characters browsers silently drop anywhere inside a URL, which attackers use to hide a scheme. */
const ignoredInside = /[\t\n\r]/g;
/** Leading characters browsers strip before parsing (C0 controls and space). */
// eslint-disable-next-line no-control-regex
const leadingJunk = /^[\u0000-\u0020]+/;
// eslint-disable-next-line no-control-regex
const trailingJunk = /[\u0000-\u0020]+$/;
const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/** The address as a browser reads it: tabs and line breaks removed, leading controls and spaces and trailing spaces trimmed. */
function cleanAddress(url: string): string {
  return url.replace(ignoredInside, '').replace(leadingJunk, '').trimEnd();
}

/**
 * The policy itself: a safe link, or a refusal. An https: address's fault is left as data
 * (`HttpsProblem`); only `checkLink` puts it in words, for lint, so the widget, which asks
 * `safeLink` alone, carries none of them.
 */
type Verdict = { safe: true; link: SafeLink } | { safe: false; refusal: Exclude<LinkRefusal, { kind: 'https' }> | { kind: 'https'; problem: HttpsProblem } };

function judge(url: unknown): Verdict {
  if (typeof url !== 'string') return refuse({ kind: 'blank' });
  const cleaned = cleanAddress(url);
  if (cleaned === '') return refuse({ kind: 'blank' });
  const scheme = schemePattern.exec(cleaned)?.[1].toLowerCase();
  if (scheme === 'https') {
    const problem = httpsProblem(cleaned.slice('https:'.length));
    return problem ? refuse({ kind: 'https', problem }) : { safe: true, link: { href: cleaned, newTab: true } };
  }
  if (scheme === 'mailto') return { safe: true, link: { href: cleaned, newTab: false } };
  if (scheme !== undefined) return refuse({ kind: 'scheme', scheme });
  // "//evil.example" and "/\evil.example" are relative in form but leave the site.
  const slashes = /^[\\/]+/.exec(cleaned)?.[0] ?? '';
  if (slashes.length >= 2 || slashes.startsWith('\\')) return refuse({ kind: 'other-site', start: slashes.slice(0, 2) });
  // A colon before any slash, "?" or "#" would be read as a scheme by some parsers.
  const firstPart = cleaned.split(/[/?#]/, 1)[0];
  const colon = firstPart.indexOf(':');
  if (colon !== -1) return refuse({ kind: 'colon', before: firstPart.slice(0, colon) });
  return { safe: true, link: { href: cleaned, newTab: true } };
}

function refuse(refusal: Extract<Verdict, { safe: false }>['refusal']): Verdict {
  return { safe: false, refusal };
}

/** Whether an address may become a link, and if not, why. Never throws. */
export function checkLink(url: unknown): LinkCheck {
  const verdict = judge(url);
  if (verdict.safe || verdict.refusal.kind !== 'https') return verdict as LinkCheck;
  return { safe: false, refusal: { kind: 'https', reason: httpsReason(verdict.refusal.problem) } };
}

/** Returns a link the widget may render, or undefined when the address is not allowed. */
export function safeLink(url: unknown): SafeLink | undefined {
  const verdict = judge(url);
  return verdict.safe ? verdict.link : undefined;
}

/** True for the addresses `safeLink` allows: valid https:, mailto: and relative addresses. */
export function isSafeLink(url: unknown): boolean {
  return judge(url).safe;
}

/** The scheme a browser would read, lower case ("javascript" for " Java\tScript:alert(1)"), or undefined for a relative address. */
export function linkScheme(url: string): string | undefined {
  return schemePattern.exec(cleanAddress(url))?.[1].toLowerCase();
}

// ---------------------------------------------------------------------------------------
// https: addresses, as the WHATWG URL parser reads them (https is a "special" scheme)

/** Why a browser could not parse an https: address, as data (`httpsReason` says it in words). */
type HttpsProblem =
  | { kind: 'no-host' }
  | { kind: 'ipv4' | 'ipv6' | 'not-ascii'; host: string }
  | { kind: 'forbidden'; host: string; char: string }
  | { kind: 'port'; port: string };

/**
 * Why a browser could not parse `https:` followed by `rest`, or undefined if it can. Only the
 * host and port can make such an address fail: paths, queries, fragments and credentials
 * are percent-encoded, never refused.
 */
function httpsProblem(rest: string): HttpsProblem | undefined {
  const trimmed = rest.replace(trailingJunk, '');
  // Special schemes skip any run of slashes and backslashes before the host.
  let start = 0;
  while (start < trimmed.length && (trimmed[start] === '/' || trimmed[start] === '\\')) start++;
  let end = start;
  while (end < trimmed.length && !'/\\?#'.includes(trimmed[end])) end++;
  const authority = trimmed.slice(start, end);
  // Credentials end at the last "@".
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  let insideBrackets = false;
  let colon = -1;
  for (let i = 0; i < hostAndPort.length && colon === -1; i++) {
    const c = hostAndPort[i];
    if (c === '[') insideBrackets = true;
    else if (c === ']') insideBrackets = false;
    else if (c === ':' && !insideBrackets) colon = i;
  }
  const host = colon === -1 ? hostAndPort : hostAndPort.slice(0, colon);
  if (host === '') return { kind: 'no-host' };
  const hostFault = hostProblem(host);
  if (hostFault) return hostFault;
  const port = colon === -1 ? '' : hostAndPort.slice(colon + 1);
  if (!/^[0-9]*$/.test(port) || (port !== '' && Number(port) > 65535)) return { kind: 'port', port };
  return undefined;
}

/** An https: address's fault in words, as lint reports it. */
function httpsReason(problem: HttpsProblem): string {
  switch (problem.kind) {
    case 'no-host':
      return 'it has no host name';
    case 'ipv6':
    case 'ipv4':
      return `its host, ${quoted(problem.host)}, is not a valid ${problem.kind === 'ipv6' ? 'IPv6' : 'IPv4'} address`;
    case 'not-ascii':
      return `its host name, ${quoted(problem.host)}, is not written in ASCII: give an international name in its "xn--" form`;
    case 'forbidden':
      return `its host name, ${quoted(problem.host)}, contains ${quoted(problem.char)}, which a host name cannot`;
    case 'port':
      return `its port, ${quoted(problem.port)}, is not a number from 0 to 65535`;
  }
}

function quoted(text: string): string {
  const flat = JSON.stringify(text);
  return flat.length > 42 ? `${flat.slice(0, 40)}…"` : flat;
}

/** Host code points a domain may not contain once percent-decoded (WHATWG "forbidden domain code point"). */
// eslint-disable-next-line no-control-regex
const forbiddenInDomain = /[\u0000-\u0020#%/:<>?@[\\\]^|\u007f]/;

function hostProblem(host: string): HttpsProblem | undefined {
  if (host.startsWith('[')) {
    if (!host.endsWith(']') || !isIpv6(host.slice(1, -1))) return { kind: 'ipv6', host };
    return undefined;
  }
  const domain = percentDecode(host);
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(domain)) return { kind: 'not-ascii', host: domain };
  const ascii = domain.toLowerCase();
  if (ascii === '') return { kind: 'no-host' };
  const forbidden = forbiddenInDomain.exec(ascii);
  if (forbidden) return { kind: 'forbidden', host: ascii, char: forbidden[0] };
  if (endsInNumber(ascii) && !isIpv4(ascii)) return { kind: 'ipv4', host: ascii };
  return undefined;
}

/** Decodes %XX escapes into single characters (bytes 80–FF become non-ASCII characters, which is all that matters here). */
function percentDecode(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** WHATWG "ends in a number": the last label (ignoring one trailing dot) is digits or an IPv4 number. */
function endsInNumber(host: string): boolean {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  return /^[0-9]+$/.test(last) || ipv4Number(last) !== undefined;
}

/** One part of an IPv4 address: decimal, octal ("017") or hexadecimal ("0x1f"); undefined if it is none. */
function ipv4Number(part: string): number | undefined {
  if (part === '') return undefined;
  let radix = 10;
  let digits = part;
  if (/^0x/i.test(part)) {
    radix = 16;
    digits = part.slice(2);
  } else if (part.length > 1 && part.startsWith('0')) {
    radix = 8;
    digits = part.slice(1);
  }
  if (digits === '') return 0;
  const pattern = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  return pattern.test(digits) ? parseInt(digits, radix) : undefined;
}

/** The WHATWG IPv4 parser's verdict: up to four numbers, each but the last at most 255, the last filling the rest. */
function isIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return false;
  const numbers: number[] = [];
  for (const part of parts) {
    const value = ipv4Number(part);
    if (value === undefined) return false;
    numbers.push(value);
  }
  if (numbers.slice(0, -1).some((value) => value > 255)) return false;
  return numbers[numbers.length - 1] < 256 ** (5 - numbers.length);
}

/** The WHATWG IPv6 parser's verdict on what is inside the brackets. */
function isIpv6(input: string): boolean {
  const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let pieceIndex = 0;
  let compress: number | undefined;
  let p = 0;
  if (input[p] === ':') {
    if (input[p + 1] !== ':') return false;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < input.length) {
    if (pieceIndex === 8) return false;
    if (input[p] === ':') {
      if (compress !== undefined) return false;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let length = 0;
    while (length < 4 && isHex(input[p])) {
      p++;
      length++;
    }
    if (input[p] === '.') {
      if (length === 0) return false;
      p -= length;
      if (pieceIndex > 6) return false;
      let numbersSeen = 0;
      while (p < input.length) {
        let piece: number | undefined;
        if (numbersSeen > 0) {
          if (input[p] === '.' && numbersSeen < 4) p++;
          else return false;
        }
        if (!isDigit(input[p])) return false;
        while (isDigit(input[p])) {
          const digit = Number(input[p]);
          if (piece === undefined) piece = digit;
          else if (piece === 0) return false;
          else piece = piece * 10 + digit;
          if (piece > 255) return false;
          p++;
        }
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      return numbersSeen === 4 && (compress !== undefined || pieceIndex === 8);
    }
    if (input[p] === ':') {
      p++;
      if (p >= input.length) return false;
    } else if (p < input.length) {
      return false;
    }
    pieceIndex++;
  }
  return compress !== undefined || pieceIndex === 8;
}
