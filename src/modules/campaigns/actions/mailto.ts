// mailto: links (RFC 6068) that open the supporter's own mail program with the letter filled in.

/** Percent-encodes a header value: spaces as %20 (never "+"), line ends as CRLF, UTF-8 for everything else. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
}

/** An address in a mailto link: encoded, but "@" kept readable as the RFC allows. */
const encodeAddress = (address: string) => encodeURIComponent(address).replace(/%40/g, '@');

export function mailtoUrl(m: { to: string; subject: string; body: string; cc?: string | null; bcc?: string | null }): string {
  const fields: string[] = [];
  if (m.cc) fields.push(`cc=${encodeAddress(m.cc)}`);
  if (m.bcc) fields.push(`bcc=${encodeAddress(m.bcc)}`);
  fields.push(`subject=${encode(m.subject)}`, `body=${encode(m.body)}`);
  return `mailto:${encodeAddress(m.to)}?${fields.join('&')}`;
}
