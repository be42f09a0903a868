import {
  hasCardIssuerPrefix,
  ibanLength,
  isIbanValid,
  isLuhnValid,
  isSsnValid,
} from './checksums.js';
import type { EntityType, Finding } from './entity-types.js';
import { FAMILY_NAMES, GIVEN_NAMES, NOT_NAME_WORDS } from './name-lists.js';
import { hasCardGrouping, VERSION_LIKE_IP } from './pattern-recognizers.js';
import { TITLES } from './person-recognizer.js';
import { wholePhone, type PhoneOptions } from './phone-recognizer.js';
import type { HintContext } from './scan-state.js';

/*
 * Whole-cell checks for a column already classified as one type from its sample. A cell of an
 * e-mail column is almost always one whole address, so one anchored check replaces the search,
 * the context look-ups and the candidate list of the recogniser. Each check accepts only what
 * its recogniser would report for the same cell, with the same score and reason; anything
 * else returns undefined and the caller runs the recogniser as usual. So these checks change
 * speed, never results (the analyzer tests compare both paths).
 */

type WholeCheck = (text: string, hint: HintContext, phone: PhoneOptions) => Finding | undefined;

/** A finding over the whole of `text`, built as one literal so every finding shares a shape. */
function whole(
  type: EntityType,
  text: string,
  score: number,
  recognizer: string,
  reason: string,
): Finding {
  return { type, start: 0, end: text.length, score, recognizer, reason };
}

const EMAIL_WHOLE_RE =
  /^[A-Za-z0-9_%+][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/;

function email(text: string): Finding | undefined {
  if (!EMAIL_WHOLE_RE.test(text)) return undefined;
  if (text.charCodeAt(text.indexOf('@') - 1) === 46) return undefined; // local part ends in '.'
  return whole('EMAIL', text, 0.95, 'email', 'address syntax');
}

/** Digits in `text` when it holds only digits, spaces and dashes; -1 otherwise. */
function digitsAmongSeparators(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 45) return -1;
  }
  return digits;
}

function card(text: string, hint: HintContext): Finding | undefined {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first < 48 || first > 57 || last < 48 || last > 57) return undefined;
  if (text.length < 12 || text.length > 23) return undefined;
  const count = digitsAmongSeparators(text);
  if (count < 12 || count > 19) return undefined;
  const digits = count === text.length ? text : text.replace(/[ -]/g, '');
  if (digits !== text && (text.includes('  ') || text.includes('--') || !hasCardGrouping(text)))
    return undefined;
  if (!hasCardIssuerPrefix(digits) || !isLuhnValid(digits)) return undefined;
  // The recogniser lowers the score after a reference word; a whole cell has nothing before it.
  return hint.has('CREDIT_CARD')
    ? whole('CREDIT_CARD', text, 0.98, 'card', 'issuer prefix + Luhn + card context')
    : whole('CREDIT_CARD', text, 0.9, 'card', 'issuer prefix + Luhn');
}

function iban(text: string): Finding | undefined {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 65 || a > 90 || b < 65 || b > 90) return undefined;
  const c = text.charCodeAt(2);
  const d = text.charCodeAt(3);
  if (c < 48 || c > 57 || d < 48 || d > 57) return undefined;
  const n = ibanLength(text.slice(0, 2));
  if (n === undefined || n < 15 || text.includes('-') || text.includes('  ')) return undefined;
  if (text.endsWith(' ') || /[a-z]/.test(text) || !isIbanValid(text)) return undefined;
  return whole('IBAN', text, 0.97, 'iban', 'country length + mod-97');
}

const SSN_WHOLE_RE = /^\d{3}-\d{2}-\d{4}$/;

function ssn(text: string, hint: HintContext): Finding | undefined {
  if (!SSN_WHOLE_RE.test(text) || !isSsnValid(text)) return undefined;
  return hint.has('US_SSN')
    ? whole('US_SSN', text, 0.95, 'ssn', 'SSN shape with SSN context')
    : whole('US_SSN', text, 0.75, 'ssn', 'AAA-GG-SSSS issuance rules');
}

const IPV4_WHOLE_RE =
  /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function ip(text: string, hint: HintContext): Finding | undefined {
  // Without IP context the recogniser weighs version-like quads; leave those cases to it.
  if (!hint.has('IP_ADDRESS') || !IPV4_WHOLE_RE.test(text) || VERSION_LIKE_IP.test(text))
    return undefined;
  return whole('IP_ADDRESS', text, 0.9, 'ipv4', 'dotted quad with IP context');
}

const URL_WHOLE_RE = /^(?:https?|ftp):\/\/[^\s<>"'`]+$/i;
const URL_END_RE = /[.,;:!?'")\]}>]$/;

function url(text: string): Finding | undefined {
  if (text.length < 8 || !URL_WHOLE_RE.test(text) || URL_END_RE.test(text)) return undefined;
  if (/^\w+:\/\/api\./i.test(text)) return undefined; // the recogniser weighs API endpoints
  return whole('URL', text, 0.85, 'url', 'scheme://host');
}

const TWO_NAME_RE = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

function person(text: string, hint: HintContext): Finding | undefined {
  if (!TWO_NAME_RE.test(text)) return undefined;
  const space = text.indexOf(' ');
  const given = text.slice(0, space);
  const family = text.slice(space + 1);
  if (!GIVEN_NAMES.has(given) || !FAMILY_NAMES.has(family)) return undefined;
  if (NOT_NAME_WORDS.has(given) || NOT_NAME_WORDS.has(family)) return undefined;
  if (TITLES.has(given) || TITLES.has(family)) return undefined;
  return hint.has('PERSON')
    ? whole('PERSON', text, 0.99, 'person', 'given + family name with context')
    : whole('PERSON', text, 0.85, 'person', 'given + family name');
}

function phone(text: string, hint: HintContext, options: PhoneOptions): Finding | undefined {
  const scored = wholePhone(text, hint.has('PHONE'), options);
  return scored === undefined
    ? undefined
    : whole('PHONE', text, scored.score, 'phone', scored.reason);
}

const CHECKS: Partial<Record<EntityType, WholeCheck>> = {
  PHONE: phone,
  EMAIL: email,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
  URL: url,
  PERSON: person,
};

/**
 * The finding for `text` as a whole value of `type`, when a cheap check proves it; undefined
 * when the check does not apply (run the recogniser instead), as for a cell with surrounding spaces.
 */
export function wholeValueFinding(
  type: EntityType,
  text: string,
  hint: HintContext,
  phone: PhoneOptions,
): Finding | undefined {
  const check = CHECKS[type];
  return check === undefined || text.length === 0 ? undefined : check(text, hint, phone);
}
