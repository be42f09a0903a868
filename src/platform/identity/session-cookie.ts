/** The session cookie's name: `__Host-` prefixed (Secure, Path=/, no Domain) under TLS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-rampart_session' : 'rampart_session';
}

/** Reads one cookie from a Cookie header (RFC 6265 syntax; first occurrence wins). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
