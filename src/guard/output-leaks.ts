import { createAnalyzer, isSecretType, type Analyzer, type EntityType } from '../privacy/index.js';
import type { GuardReason, GuardResult, GuardSpan } from './engine/types.js';

/**
 * Personal data whose appearance in a model's answer is a leak on its own. Names, e-mail
 * addresses and phone numbers are reported as reasons but do not flag an answer: assistants
 * legitimately repeat the user's own contact details.
 */
const FLAGGING_PII: ReadonlySet<EntityType> = new Set<EntityType>([
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'NATIONAL_ID',
]);
const LEAK_SCORE = 0.99;

let analyzer: Analyzer | undefined;

/**
 * Adds what the privacy engine finds in a model output to the guard's result: secrets and
 * financial or national identifiers flag it (category `sensitive_data`, with spans); other PII is
 * listed in the reasons only. Values are never copied into the result.
 */
export function withOutputLeaks(text: string, result: GuardResult): GuardResult {
  analyzer ??= createAnalyzer();
  const findings = analyzer.analyze(text);
  if (findings.length === 0) return result;
  const spans: GuardSpan[] = [];
  const reasons: GuardReason[] = [];
  let flags = false;
  for (const f of findings) {
    const leaks = isSecretType(f.type) || FLAGGING_PII.has(f.type);
    if (leaks) {
      flags = true;
      spans.push({ start: f.start, end: f.end, category: 'sensitive_data' });
    }
    reasons.push({
      rule: `privacy.${f.type.toLowerCase()}`,
      category: 'sensitive_data',
      message: `the output contains ${isSecretType(f.type) ? 'a secret' : 'personal data'} (${f.type})${leaks ? '' : ', reported only'}`,
      weight: leaks ? LEAK_SCORE : 0,
    });
  }
  const score = flags ? Math.max(result.score, LEAK_SCORE) : result.score;
  return {
    ...result,
    score,
    flagged: result.flagged || flags,
    categories:
      flags && !result.categories.includes('sensitive_data')
        ? [...result.categories, 'sensitive_data']
        : result.categories,
    spans: [...result.spans, ...spans].sort((a, b) => a.start - b.start),
    reasons: [...result.reasons, ...reasons],
  };
}
