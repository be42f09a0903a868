import type { ExplanationReport } from './explanation-report.js';
import type { FairnessReport } from './fairness-report.js';

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const fix = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
/** Table-cell text: pipes escaped, no line breaks, no raw HTML (Markdown renders it). */
const cell = (s: string): string =>
  s.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ModelCardInput {
  readonly modelName: string;
  readonly version?: string;
  readonly intendedUse?: string;
  readonly fairness?: FairnessReport;
  readonly explanation?: ExplanationReport;
}

/**
 * A Markdown model card (after Mitchell et al. 2019) gathering the fairness audit and the
 * explanation of one model version: groups, rates, disparities, mitigation and feature importance.
 */
export function renderModelCard(input: ModelCardInput): string {
  const lines: string[] = [
    `# Model card: ${cell(input.modelName)}${input.version === undefined ? '' : ` (version ${cell(input.version)})`}`,
    '',
  ];
  lines.push(
    '## Intended use',
    '',
    input.intendedUse === undefined ? '_Not stated._' : cell(input.intendedUse),
    '',
  );
  const f = input.fairness;
  if (f !== undefined) {
    const m = f.metrics;
    lines.push('## Fairness evaluation', '');
    lines.push(
      `Evaluated on ${m.n} rows; label \`${f.options.label}\`; groups by \`${f.options.groupColumns.join(' × ')}\`.`,
      '',
    );
    lines.push(
      '| group | rows | selection rate | TPR | FPR | FNR | precision | accuracy |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const g of m.groups) {
      const r = g.rates;
      lines.push(
        `| ${cell(g.group)}${g.isSmall ? ' ⚠' : ''} | ${g.n} | ${pct(r.selection_rate)} | ${pct(r.true_positive_rate)} | ${pct(r.false_positive_rate)} | ${pct(r.false_negative_rate)} | ${pct(r.precision)} | ${pct(r.accuracy)} |`,
      );
    }
    lines.push('');
    const s = m.summary;
    lines.push(
      `- Demographic parity difference ${fix(s.demographic_parity_difference)}, ratio ${fix(s.demographic_parity_ratio)}`,
      `- Equalized odds difference ${fix(s.equalized_odds_difference)}, ratio ${fix(s.equalized_odds_ratio)}`,
      `- Equal opportunity difference ${fix(s.equal_opportunity_difference)}; predictive parity difference ${fix(s.predictive_parity_difference)}`,
    );
    for (const c of m.privileged?.comparisons ?? []) {
      lines.push(
        `- Disparate impact of ${cell(c.unprivileged)} vs ${cell(m.privileged?.privileged ?? '')}: ${fix(c.disparate_impact)} (four-fifths rule ${c.four_fifths_rule_passed ? 'passed' : 'failed'})`,
      );
    }
    if (f.mitigation !== undefined) {
      const { before, after } = f.mitigation.comparison;
      lines.push(
        '',
        `### Mitigation (${f.mitigation.rule.constraint.replace(/_/g, ' ')} post-processing)`,
        '',
        `Accuracy ${pct(before.overall.rates.accuracy)} → ${pct(after.overall.rates.accuracy)}; demographic parity difference ${fix(before.summary.demographic_parity_difference)} → ${fix(after.summary.demographic_parity_difference)}; equalized odds difference ${fix(before.summary.equalized_odds_difference)} → ${fix(after.summary.equalized_odds_difference)}.`,
      );
    }
    if (f.warnings.length > 0)
      lines.push('', '### Caveats', '', ...f.warnings.map((w) => `- ${cell(w)}`));
    lines.push('');
  }
  const e = input.explanation;
  if (e !== undefined) {
    lines.push(
      '## Explanations',
      '',
      `Shapley values (${e.method}) over ${e.rows.length} rows; global importance = mean |φ|.`,
      '',
    );
    lines.push('| feature | mean abs Shapley value |', '| --- | ---: |');
    for (const g of e.globalImportance)
      lines.push(`| ${cell(g.feature)} | ${g.meanAbsShap.toPrecision(4)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
