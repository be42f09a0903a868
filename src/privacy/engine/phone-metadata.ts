import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js/min';

/*
 * Phone validity from libphonenumber-js's own metadata (the "min" set: per country, calling
 * code, national prefix, possible lengths and the general national-number pattern). The
 * library's parse builds metadata objects and regexes on every call (~15 µs); reading the same
 * rules with patterns compiled once per country costs well under 1 µs, which the table scanner
 * needs at disk speed. Validity here equals the library's "min" isValid() for these rules.
 */

// [callingCode, idd, nationalNumberPattern, possibleLengths, formats, nationalPrefix, ...]
type CountryRow = [string, string, string, number[], unknown, string?, ...unknown[]];
interface MetadataJson {
  readonly country_calling_codes: Record<string, string[]>;
  readonly countries: Record<string, CountryRow>;
}

const metadata = createRequire(import.meta.url)(
  'libphonenumber-js/metadata.min.json',
) as MetadataJson;

interface Plan {
  readonly pattern: RegExp;
  readonly lengths: ReadonlySet<number>;
  readonly nationalPrefix: string;
}

const plans = new Map<string, Plan | null>();

function planFor(country: string): Plan | null {
  let plan = plans.get(country);
  if (plan === undefined) {
    const row = metadata.countries[country];
    plan =
      row === undefined
        ? null
        : {
            pattern: new RegExp(`^(?:${row[2]})$`),
            lengths: new Set(row[3]),
            nationalPrefix: typeof row[5] === 'string' ? row[5] : '',
          };
    plans.set(country, plan);
  }
  return plan;
}

function fits(plan: Plan, national: string): boolean {
  return plan.lengths.has(national.length) && plan.pattern.test(national);
}

/** The country of a valid `+CC…` number given as digits after the plus, or undefined. */
export function validInternational(digits: string): string | undefined {
  for (let len = 1; len <= 3; len++) {
    const countries = metadata.country_calling_codes[digits.slice(0, len)];
    if (countries === undefined) continue;
    const national = digits.slice(len);
    for (const country of countries) {
      const plan = planFor(country);
      if (plan !== null && fits(plan, national)) return country;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Mobile prefixes a numbering plan has dropped but people still write: Mexico's "+52 1 55 …"
 * (dropped in 2019, dialled the same since).
 */
const LEGACY_MOBILE_PREFIX: Readonly<Record<string, string>> = { MX: '1' };

/**
 * The country of a `+CC…` number written with its national trunk prefix kept after the calling
 * code ("+49 0166 792416" for +49 166 792416) or a dropped mobile prefix ("+52 1 55 …"), valid
 * once the prefix is dropped; or undefined.
 */
export function validInternationalWithTrunk(digits: string): string | undefined {
  for (let len = 1; len <= 3; len++) {
    const countries = metadata.country_calling_codes[digits.slice(0, len)];
    if (countries === undefined) continue;
    const national = digits.slice(len);
    for (const country of countries) {
      const plan = planFor(country);
      if (plan === null) continue;
      if (
        plan.nationalPrefix !== '' &&
        national.startsWith(plan.nationalPrefix) &&
        fits(plan, national.slice(plan.nationalPrefix.length))
      )
        return country;
      const legacy = LEGACY_MOBILE_PREFIX[country];
      if (
        legacy !== undefined &&
        national.startsWith(legacy) &&
        fits(plan, national.slice(legacy.length))
      )
        return country;
    }
    return undefined;
  }
  return undefined;
}

/**
 * True when `digits`, written nationally, is valid in `region`: with the trunk prefix, or without
 * it where the region has none or a phone label (`labelled`) says what the digits are.
 */
export function validNational(digits: string, region: CountryCode, labelled = false): boolean {
  const plan = planFor(region);
  if (plan === null) return false;
  if (
    plan.nationalPrefix !== '' &&
    digits.startsWith(plan.nationalPrefix) &&
    fits(plan, digits.slice(plan.nationalPrefix.length))
  ) {
    return true;
  }
  // Where national numbers open with the trunk "0" (DE, FR, GB …), people write it: digits
  // without it are a parcel or a reference, unless a phone label stands right before them.
  if (plan.nationalPrefix === '0' && !labelled) return false;
  return fits(plan, digits);
}
