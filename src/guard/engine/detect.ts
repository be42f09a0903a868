/**
 * The guard engine: `detect(text, options)` → score, verdict, categories, spans and reasons.
 * Pure and synchronous. Pipeline: allow list → normalisation → lexicon roles → rules →
 * decoded segments rescanned → learned model per window → evidence combined → preset threshold.
 */
import { GuardTextTooLarge } from '../guard.errors.js';
import { findCanaries } from './canary.js';
import { findEncodedSegments } from './decoders.js';
import { scanRoles, type RoleHits } from './lexicon/compile-lexicon.js';
import { LEXICON_ROLES } from './lexicon/roles.js';
import { hashText, WindowScorer } from './features.js';
import { defaultGuardModel, probability, type LinearModel } from './model.js';
import { normalizeText, type NormalizationSignals } from './normalize.js';
import { combineEvidence, modelEvidence, PRESET_THRESHOLDS } from './presets.js';
import { findPromptLeak } from './prompt-leak.js';
import { runRules } from './rules.js';
import type {
  GuardCategory,
  GuardHit,
  GuardKind,
  GuardPreset,
  GuardReason,
  GuardResult,
  GuardSpan,
} from './types.js';
import { splitWindows } from './windows.js';

export interface DetectOptions {
  readonly kind?: GuardKind;
  readonly preset?: GuardPreset;
  /** Phrases this deployment allows (matched case-insensitively); they are blanked before scanning. */
  readonly allowList?: readonly string[];
  /** Canary tokens embedded in the system prompt; checked in every kind, meant for outputs. */
  readonly canaries?: readonly string[];
  /** The protected system prompt; an output reproducing a long stretch of it is a leak. */
  readonly protectedPrompt?: string;
  /** The learned model; `null` runs rules only. Defaults to the committed model. */
  readonly model?: LinearModel | null;
  /** `false` scores with the learned model alone (baseline). Default true. */
  readonly useRules?: boolean;
  /** Longest text accepted (UTF-16 units). Default 1,000,000; longer throws GUARD_TEXT_TOO_LARGE. */
  readonly maxChars?: number;
}

interface Analysis {
  readonly hits: GuardHit[];
  readonly modelScore: number;
  readonly modelSpan: { start: number; end: number } | undefined;
}

const MAX_DECODE_DEPTH = 2;
const MIN_REPORTED_WEIGHT = 0.3;

function blankAllowed(text: string, allowList: readonly string[]): string {
  let out = text;
  for (const phrase of allowList) {
    if (phrase.trim().length < 3) continue;
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    out = out.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return out;
}

function signalHits(signals: NormalizationSignals, length: number, strongest: number): GuardHit[] {
  const whole = { start: 0, end: length };
  const hits: GuardHit[] = [];
  const add = (rule: string, weight: number, message: string): void => {
    // Obfuscation around a real finding is itself evidence; on its own it is only a weak hint.
    hits.push({
      rule,
      category: 'obfuscation',
      weight: strongest >= 0.5 ? Math.max(weight, 0.6) : weight,
      ...whole,
      message,
    });
  };
  if (signals.tagChars >= 4)
    add('obfuscation.tag-characters', 0.6, 'hides text in invisible Unicode tag characters');
  if (signals.invisible >= 3)
    add('obfuscation.invisible-characters', 0.25, 'contains zero-width characters inside the text');
  if (signals.bidi >= 1)
    add('obfuscation.bidi-controls', 0.25, 'contains bidirectional control characters');
  if (signals.mixedScriptWords >= 2)
    add('obfuscation.homoglyphs', 0.3, 'mixes look-alike letters from other scripts into words');
  if (signals.leetWords >= 3) add('obfuscation.leetspeak', 0.15, 'writes words in leetspeak');
  if (signals.spacedWords >= 2)
    add('obfuscation.spaced-letters', 0.15, 'spells words out letter by letter');
  return hits;
}

function rolesIn(roles: RoleHits, start: number, end: number): RoleHits {
  const out = {} as Record<keyof RoleHits, RoleHits[keyof RoleHits]>;
  for (const role of LEXICON_ROLES) {
    const hits = roles[role];
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((hits[mid] as { start: number }).start < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: (typeof hits)[number][] = [];
    for (let k = lo; k < hits.length && (hits[k] as { start: number }).start < end; k++) {
      const h = hits[k] as (typeof hits)[number];
      if (h.end <= end) inside.push(h);
    }
    out[role] = inside;
  }
  return out;
}

function analyse(text: string, kind: GuardKind, options: DetectOptions, depth: number): Analysis {
  const useRules = options.useRules ?? true;
  const model = options.model === undefined ? defaultGuardModel() : options.model;
  const norm = normalizeText(text);
  const toOriginal = (i: number): number =>
    norm.offsets[Math.min(i, norm.offsets.length - 1)] ?? text.length;
  const roles = scanRoles(norm.text);
  const folded = runRules({
    text: norm.text,
    roles,
    kind,
    original: (s, e) => text.slice(toOriginal(s), toOriginal(e)),
  });
  const hits: GuardHit[] = folded.map((h) => ({
    ...h,
    start: toOriginal(h.start),
    end: toOriginal(h.end),
  }));
  if (depth < MAX_DECODE_DEPTH) {
    for (const segment of findEncodedSegments(text)) {
      const inner = analyse(segment.decoded, 'prompt', options, depth + 1);
      const innerScore = scoreOf(inner, useRules);
      if (innerScore < 0.5) continue;
      const span = { start: segment.start, end: segment.end };
      hits.push({
        rule: `obfuscation.encoded-${segment.encoding}`,
        category: 'obfuscation',
        weight: Math.max(0.8, innerScore),
        ...span,
        message: `a ${segment.encoding} segment decodes to an attack`,
      });
      for (const h of inner.hits)
        if (h.weight >= 0.5 && h.category !== 'obfuscation') hits.push({ ...h, ...span });
    }
  }
  const strongest = Math.max(0, ...hits.map((h) => h.weight));
  hits.push(...signalHits(norm.signals, text.length, strongest));
  let modelScore = 0;
  let modelSpan: Analysis['modelSpan'];
  if (model !== null) {
    // Prompts are scored whole (up to 4,000 chars); documents per paragraph-sized window.
    const windows = splitWindows(
      norm.text,
      kind === 'prompt'
        ? { wholeUpTo: 4_000, maxChars: 600 }
        : { wholeUpTo: 300, targetChars: 200, maxChars: 500 },
    );
    // A long prompt is also read in windows: an instruction pasted into the middle of an article
    // is a prompt too.
    if (kind === 'prompt' && norm.text.length > 800)
      windows.push(...splitWindows(norm.text, { wholeUpTo: 300, targetChars: 250, maxChars: 500 }));
    const scorer = new WindowScorer(model.weights, hashText(norm.text));
    for (const w of windows) {
      const inWindow = folded.filter((h) => h.start < w.end && h.end > w.start).map((h) => h.rule);
      const p = probability(
        model,
        scorer.dot(norm.text, w.start, w.end, {
          roles: rolesIn(roles, w.start, w.end),
          rules: inWindow,
          signals: norm.signals,
          original: text.slice(toOriginal(w.start), toOriginal(w.end)),
        }),
      );
      if (p > modelScore) {
        modelScore = p;
        modelSpan = { start: toOriginal(w.start), end: toOriginal(w.end) };
      }
    }
  }
  return { hits: useRules ? hits : [], modelScore, modelSpan };
}

function ruleScoreOf(hits: readonly GuardHit[]): number {
  const best = new Map<string, number>();
  for (const h of hits) best.set(h.rule, Math.max(best.get(h.rule) ?? 0, h.weight));
  return combineEvidence([...best.values()]);
}

/**
 * The model learned from prompts and documents, not from model answers: for outputs its evidence
 * counts half, and the output detectors (canaries, prompt leaks, beacons) carry the verdict.
 */
function evidenceFor(kind: GuardKind, probability: number): number {
  return modelEvidence(probability) * (kind === 'output' ? 0.5 : 1);
}

function scoreOf(analysis: Analysis, useRules: boolean): number {
  if (!useRules) return analysis.modelScore;
  return combineEvidence([ruleScoreOf(analysis.hits), modelEvidence(analysis.modelScore)]);
}

function modelCategory(kind: GuardKind): GuardCategory {
  return kind === 'document' ? 'indirect_instruction' : 'instruction_override';
}

/**
 * Scores `text` for prompt injection, jailbreak, system-prompt extraction, indirect
 * instructions, obfuscation, exfiltration and (for outputs) canary or prompt leaks.
 * Throws GUARD_TEXT_TOO_LARGE past `maxChars`. Deterministic for a given model.
 */
export function detect(text: string, options: DetectOptions = {}): GuardResult {
  const maxChars = options.maxChars ?? 1_000_000;
  if (text.length > maxChars) throw new GuardTextTooLarge(text.length, maxChars);
  const kind = options.kind ?? 'prompt';
  const threshold = PRESET_THRESHOLDS[options.preset ?? 'balanced'];
  const scanned = options.allowList !== undefined ? blankAllowed(text, options.allowList) : text;
  const analysis = analyse(scanned, kind, options, 0);
  const hits = [...analysis.hits];
  if (options.canaries !== undefined && options.canaries.length > 0)
    hits.push(...findCanaries(scanned, options.canaries));
  if (options.protectedPrompt !== undefined && options.protectedPrompt.trim() !== '') {
    hits.push(...findPromptLeak(scanned, options.protectedPrompt));
  }
  const useRules = options.useRules ?? true;
  const ruleScore = ruleScoreOf(hits);
  const score = useRules
    ? combineEvidence([ruleScore, evidenceFor(kind, analysis.modelScore)])
    : analysis.modelScore;
  const evidence = evidenceFor(kind, analysis.modelScore);
  if (evidence >= MIN_REPORTED_WEIGHT && analysis.modelSpan !== undefined) {
    // Rule spans are precise; the model's window is reported as the span only when no rule found one.
    const hasRuleSpan = hits.some(
      (h) => h.weight >= MIN_REPORTED_WEIGHT && h.end - h.start < text.length,
    );
    const span = hasRuleSpan ? { start: 0, end: 0 } : analysis.modelSpan;
    hits.push({
      rule: 'model.learned',
      category: modelCategory(kind),
      weight: evidence,
      ...span,
      message: `the learned model rates this window ${analysis.modelScore.toFixed(2)}`,
    });
  }
  const flagged = score >= threshold;
  return {
    score: round(score),
    flagged,
    threshold,
    categories: flagged ? categoriesOf(hits) : [],
    spans: spansOf(hits),
    reasons: reasonsOf(hits),
    modelScore: round(analysis.modelScore),
    ruleScore: round(ruleScore),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function categoriesOf(hits: readonly GuardHit[]): GuardCategory[] {
  const best = new Map<GuardCategory, number>();
  for (const h of hits)
    if (h.weight >= MIN_REPORTED_WEIGHT)
      best.set(h.category, Math.max(best.get(h.category) ?? 0, h.weight));
  return [...best].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

function spansOf(hits: readonly GuardHit[]): GuardSpan[] {
  const seen = new Set<string>();
  const spans: GuardSpan[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.weight - a.weight)) {
    if (h.weight < MIN_REPORTED_WEIGHT || h.end <= h.start) continue;
    const key = `${h.start}:${h.end}:${h.category}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ start: h.start, end: h.end, category: h.category });
  }
  return spans.slice(0, 32);
}

function reasonsOf(hits: readonly GuardHit[]): GuardReason[] {
  const best = new Map<string, GuardHit>();
  for (const h of hits) if ((best.get(h.rule)?.weight ?? -1) < h.weight) best.set(h.rule, h);
  return [...best.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 8)
    .map((h) => ({
      rule: h.rule,
      category: h.category,
      message: h.message,
      weight: round(h.weight),
    }));
}
