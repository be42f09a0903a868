import { CONTEXT_WORDS, NEGATIVE_WORDS, containsAnyWord, isWordChar } from './context-words.js';
import type { EntityType, Finding } from './entity-types.js';

/** Cheap facts about a text, gathered in one pass, that decide which recognisers run. */
export interface TextProfile {
  readonly digits: number;
  readonly upper: number;
  readonly lower: number;
  readonly hasAt: boolean;
  readonly hasColon: boolean;
  readonly hasEquals: boolean;
  readonly hasDash: boolean;
  readonly hasDot: boolean;
  readonly hasSlash: boolean;
  readonly spaces: number;
}

/** One pass over the characters of `text`; no allocation besides the result. */
export function profileText(text: string): TextProfile {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  let hasAt = false;
  let hasColon = false;
  let hasEquals = false;
  let hasDash = false;
  let hasDot = false;
  let hasSlash = false;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c < 65) {
      if (c === 32) spaces++;
      else if (c === 45) hasDash = true;
      else if (c === 46) hasDot = true;
      else if (c === 58) hasColon = true;
      else if (c === 61) hasEquals = true;
      else if (c === 64) hasAt = true;
      else if (c === 47) hasSlash = true;
    } else if (c > 191) upper++; // accented capitals (and other letters): let the name pass decide
  }
  return { digits, upper, lower, hasAt, hasColon, hasEquals, hasDash, hasDot, hasSlash, spaces };
}

/**
 * What a recogniser sees: the text, a lazily lower-cased copy for context look-ups, the context
 * hint (a column header) and the candidate list it appends to.
 */
/** Context that applies to a whole text (a column header), worked out once per distinct hint. */
export class HintContext {
  /** Lower-case hint with `_`, `-`, `.` and camelCase split into words. */
  readonly text: string;
  private readonly types = new Set<EntityType>();
  private readonly anyOf = new Map<readonly EntityType[], boolean>();

  constructor(raw: string) {
    this.text = raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_\-.]+/g, ' ')
      .toLowerCase();
    // Words with dots ("F. NAC.", "geb.", "D.O.B") are looked up in the header as written too.
    const written = raw.includes('.') ? raw.toLowerCase() : '';
    for (const [type, words] of Object.entries(CONTEXT_WORDS)) {
      if (containsAnyWord(this.text, words) || (written !== '' && containsAnyWord(written, words)))
        this.types.add(type as EntityType);
    }
  }

  has(type: EntityType): boolean {
    return this.types.has(type);
  }

  /** True when the hint speaks of any entity type at all (a header naming personal data). */
  speaksOfAnyType(): boolean {
    return this.types.size > 0;
  }

  /** True when the hint speaks of any of `types`; remembered per list (pass module constants). */
  hasAny(types: readonly EntityType[]): boolean {
    let known = this.anyOf.get(types);
    if (known === undefined) {
      known = types.some((t) => this.types.has(t));
      if (this.anyOf.size < 64) this.anyOf.set(types, known);
    }
    return known;
  }
}

export const NO_HINT = new HintContext('');

export class ScanState {
  readonly candidates: Finding[] = [];
  private lowerText: string | undefined;
  /** Lower-case hint text ('' when none); see {@link HintContext}. */
  readonly hint: string;

  constructor(
    readonly text: string,
    readonly hintContext: HintContext = NO_HINT,
  ) {
    this.hint = hintContext.text;
  }

  lower(): string {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText;
  }

  /** Lower-case text in the `chars` characters before `start`. */
  before(start: number, chars = 40): string {
    if (start <= 0) return '';
    const lower = this.lower();
    let from = Math.max(0, start - chars);
    // Never start mid-word: "ser|ver 10.0.0.1" must not read as the word "ver". Any character
    // that is not a letter or digit ends a word: a line break, a dot, a colon.
    while (
      from > 0 &&
      from < start &&
      isWordChar(lower.charCodeAt(from - 1)) &&
      isWordChar(lower.charCodeAt(from))
    )
      from++;
    return lower.slice(from, start);
  }

  /** True when a context word of `type` is near before `start` or in the hint. */
  hasContext(type: EntityType, start: number, chars = 40): boolean {
    const words = CONTEXT_WORDS[type];
    return this.hintContext.has(type) || containsAnyWord(this.before(start, chars), words);
  }

  /** True when a negative word of `type` closely precedes `start` (not checked in the hint). */
  hasNegative(type: EntityType, start: number, chars = 24): boolean {
    // Only on the candidate's own line: "APP_VERSION=1.4.2" says nothing of "DB_HOST=10.0.0.5".
    const before = this.before(start, chars);
    const nl = before.lastIndexOf('\n');
    return containsAnyWord(nl < 0 ? before : before.slice(nl + 1), NEGATIVE_WORDS[type]);
  }

  push(finding: Finding): void {
    this.candidates.push(finding);
  }
}
