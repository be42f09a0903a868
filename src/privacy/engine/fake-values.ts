import { fakerDE, fakerEN, fakerES, fakerFR, type Faker } from '@faker-js/faker';
import type { EntityType } from './entity-types.js';
import { hmacFor, type HmacSha256 } from './hmac-sha256.js';

export type FakeLocale = 'en' | 'de' | 'fr' | 'es';

/*
 * Consistent realistic fakes. Seeding faker per value costs ~50-100 µs (it re-initialises its
 * generator), far too slow for tables, so each locale gets fixed pools of names, streets, cities
 * and domains drawn once from faker with a constant seed, and each value picks from them with the
 * bytes of its keyed HMAC. Same key + same value → same fake; without the key the mapping cannot
 * be guessed. Numbers keep their shape: cards stay Luhn-valid with their issuer prefix, IBANs
 * keep their country and get fresh mod-97 check digits.
 */

const FAKERS: Record<FakeLocale, Faker> = { en: fakerEN, de: fakerDE, fr: fakerFR, es: fakerES };
const POOL_SEED = 20_240_601;

interface Pools {
  readonly first: readonly string[];
  readonly last: readonly string[];
  readonly streets: readonly string[];
  readonly cities: readonly string[];
  readonly domains: readonly string[];
  /** `first` and `last` as e-mail local parts (accents and punctuation dropped, lower case). */
  readonly plainFirst: readonly string[];
  readonly plainLast: readonly string[];
}

const pools = new Map<FakeLocale, Pools>();

function poolsFor(locale: FakeLocale): Pools {
  let p = pools.get(locale);
  if (p === undefined) {
    const f = FAKERS[locale];
    f.seed(POOL_SEED);
    const take = (n: number, gen: () => string): string[] => [
      ...new Set(Array.from({ length: n }, gen)),
    ];
    const first = take(600, () => f.person.firstName());
    const last = take(600, () => f.person.lastName());
    p = {
      first,
      last,
      streets: take(300, () => f.location.street()),
      cities: take(200, () => f.location.city()),
      domains: take(60, () => f.internet.domainName()),
      plainFirst: first.map(plain),
      plainLast: last.map(plain),
    };
    pools.set(locale, p);
  }
  return p;
}

/**
 * An endless keyed byte stream for one value: HMAC(key, type|value|counter). One per thread,
 * reset per value (fakeFor never nests), so a fake allocates no stream or buffer of its own.
 */
class ByteStream {
  private block: Uint8Array = new Uint8Array(32);
  private pos = 0;
  private counter = 0;
  private mac: HmacSha256 | undefined;
  private seed = '';

  reset(key: Buffer, seed: string): this {
    this.mac = hmacFor(key);
    this.seed = seed;
    this.counter = 0;
    this.next();
    return this;
  }

  private next(): void {
    // The MAC's own buffer: valid until its next digest, and only this stream digests meanwhile.
    this.block = this.mac?.digest(this.seed + String(this.counter++)) ?? this.block;
    this.pos = 0;
  }

  byte(): number {
    if (this.pos >= this.block.length) this.next();
    return this.block[this.pos++] ?? 0;
  }

  pick<T>(list: readonly T[]): T {
    const n = (this.byte() << 8) | this.byte();
    return list[n % list.length] as T;
  }

  digit(): string {
    for (;;) {
      const b = this.byte();
      if (b < 250) return String(b % 10);
    }
  }
}

const STREAM = new ByteStream();

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

/** Replaces every digit after the first `keep` digits with a keyed digit; separators stay. */
function redigit(value: string, keep: number, bytes: ByteStream): string {
  let seen = 0;
  let out = '';
  for (const c of value) {
    if (c >= '0' && c <= '9') out += seen++ < keep ? c : bytes.digit();
    else out += c;
  }
  return out;
}

function luhnFix(value: string): string {
  const digits = value.replace(/\D/g, '');
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const check = String((10 - (sum % 10)) % 10);
  const last = value.search(/\d(?=\D*$)/);
  return value.slice(0, last) + check + value.slice(last + 1);
}

function ibanFix(value: string): string {
  const compact = value.replace(/\s/g, '').toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 2) + '00';
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  const check = String(98 - rem).padStart(2, '0');
  let seen = 0;
  return value.replace(/[0-9A-Za-z]/g, (c) =>
    ++seen === 3 ? (check[0] ?? c) : seen === 4 ? (check[1] ?? c) : c,
  );
}

/**
 * A realistic stand-in for `value` of `type`, consistent under `key`; undefined for types that
 * have no meaningful fake (secrets), which callers turn into pseudonyms.
 */
export function fakeFor(
  type: EntityType,
  value: string,
  key: Buffer,
  locale: FakeLocale,
): string | undefined {
  const bytes = STREAM.reset(key, `${type}\0${value}`);
  const p = poolsFor(locale);
  switch (type) {
    case 'PERSON':
      return /\s/.test(value.trim())
        ? `${bytes.pick(p.first)} ${bytes.pick(p.last)}`
        : bytes.pick(p.first);
    case 'EMAIL':
      return `${bytes.pick(p.plainFirst)}.${bytes.pick(p.plainLast)}${bytes.byte() % 100}@${bytes.pick(p.domains)}`;
    case 'PHONE':
      return redigit(value, value.trim().startsWith('+') ? 2 : 1, bytes);
    case 'CREDIT_CARD':
      return luhnFix(redigit(value, 6, bytes));
    case 'IBAN':
      return ibanFix(redigit(value, 0, bytes)); // letters (country, bank codes) stay; check digits recomputed
    case 'US_SSN':
    case 'NATIONAL_ID':
      return redigit(value, 0, bytes);
    case 'STREET_ADDRESS':
      return `${100 + (((bytes.byte() << 8) | bytes.byte()) % 9000)} ${bytes.pick(p.streets)}, ${bytes.pick(p.cities)}`;
    case 'URL':
      return `https://${bytes.pick(p.domains)}/${bytes.pick(p.plainLast)}`;
    case 'IP_ADDRESS':
      return value.includes(':')
        ? `2001:db8:${Array.from({ length: 6 }, () => ((bytes.byte() << 8) | bytes.byte()).toString(16)).join(':')}`
        : `${1 + (bytes.byte() % 223)}.${bytes.byte()}.${bytes.byte()}.${1 + (bytes.byte() % 254)}`;
    case 'DATE_OF_BIRTH':
      return `${1940 + (bytes.byte() % 66)}-${String(1 + (bytes.byte() % 12)).padStart(2, '0')}-${String(1 + (bytes.byte() % 28)).padStart(2, '0')}`;
    case 'AWS_ACCESS_KEY':
    case 'GITHUB_TOKEN':
    case 'SLACK_TOKEN':
    case 'PRIVATE_KEY':
    case 'JWT':
    case 'GENERIC_SECRET':
      return undefined; // a fake credential is still a credential-shaped string: use a pseudonym
  }
}
