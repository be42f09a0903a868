/** What the text is: a user prompt, a document the model will read (email, page, tool output), or a model output. */
export type GuardKind = 'prompt' | 'document' | 'output';

/** Operating points: `strict` flags more (higher recall), `permissive` flags less (lower FPR). */
export type GuardPreset = 'strict' | 'balanced' | 'permissive';

export const GUARD_KINDS: readonly GuardKind[] = ['prompt', 'document', 'output'];
export const GUARD_PRESETS: readonly GuardPreset[] = ['strict', 'balanced', 'permissive'];

export const GUARD_CATEGORIES = [
  'instruction_override',
  'roleplay_jailbreak',
  'system_prompt_extraction',
  'indirect_instruction',
  'obfuscation',
  'data_exfiltration',
  'canary_leak',
  'prompt_leak',
  /** Secrets or sensitive personal data in a model's output (found by the privacy engine). */
  'sensitive_data',
] as const;

export type GuardCategory = (typeof GUARD_CATEGORIES)[number];

/** A half-open range `[start, end)` of UTF-16 offsets into the text given to `detect`. */
export interface GuardSpan {
  readonly start: number;
  readonly end: number;
  readonly category: GuardCategory;
}

/** Why the verdict was reached, for people: a rule id and a short sentence. */
export interface GuardReason {
  readonly rule: string;
  readonly category: GuardCategory;
  readonly message: string;
  readonly weight: number;
}

export interface GuardResult {
  /** 0..1; compare with `threshold`. */
  readonly score: number;
  readonly flagged: boolean;
  readonly threshold: number;
  readonly categories: readonly GuardCategory[];
  readonly spans: readonly GuardSpan[];
  readonly reasons: readonly GuardReason[];
  /** Learned model probability alone (max over windows), for diagnostics and benchmarks. */
  readonly modelScore: number;
  /** Rule score alone (0 when no rule fired). */
  readonly ruleScore: number;
}

/** A rule or decoder finding before scoring. */
export interface GuardHit {
  readonly rule: string;
  readonly category: GuardCategory;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}
