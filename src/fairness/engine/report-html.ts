import type { FairnessReport } from './fairness-report.js';
import type { GroupMetricsResult, GroupResult } from './group-metrics.js';
import type { IntervalMetric, RateMetric } from './rates.js';
import { barChart, beforeAfterChart, escapeHtml, lineChart } from './svg-charts.js';

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const fix = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

const RATE_TITLES: Record<IntervalMetric, { title: string; meaning: string }> = {
  selection_rate: {
    title: 'Selection rate — share predicted positive',
    meaning: 'How often the model says “yes” (1) for people in the group.',
  },
  false_positive_rate: {
    title: 'False positive rate — wrongly flagged',
    meaning: 'Among people whose true label is 0, the share the model still predicted 1.',
  },
  true_positive_rate: {
    title: 'True positive rate — correctly caught',
    meaning: 'Among people whose true label is 1, the share the model predicted 1.',
  },
  precision: {
    title: 'Precision — predictions that were right',
    meaning: 'Among people predicted 1, the share whose true label is 1.',
  },
};

function extremes(
  groups: readonly GroupResult[],
  metric: RateMetric,
): { hi: GroupResult; lo: GroupResult } | undefined {
  const defined = groups.filter((g) => Number.isFinite(g.rates[metric]) && !g.isSmall);
  const pool =
    defined.length >= 2 ? defined : groups.filter((g) => Number.isFinite(g.rates[metric]));
  if (pool.length < 2) return undefined;
  const sorted = [...pool].sort((a, b) => a.rates[metric] - b.rates[metric]);
  return { lo: sorted[0] as GroupResult, hi: sorted[sorted.length - 1] as GroupResult };
}

/** A group's name in bold with its size, so the reader can weigh small groups. */
const who = (g: GroupResult): string =>
  `<b>${escapeHtml(g.group)}</b> (${g.n.toLocaleString('en-US')} rows)`;

function findings(m: GroupMetricsResult): string[] {
  const out: string[] = [];
  const sel = extremes(m.groups, 'selection_rate');
  if (sel !== undefined) {
    const ratio = sel.lo.rates.selection_rate / sel.hi.rates.selection_rate;
    out.push(
      `${who(sel.hi)} is predicted positive ${pct(sel.hi.rates.selection_rate)} of the time, ${who(sel.lo)} ${pct(sel.lo.rates.selection_rate)}: a ratio of ${fix(ratio, 2)} ` +
        (ratio >= 0.8
          ? '(within the four-fifths rule of thumb).'
          : '<span class="bad">(below 0.8: fails the four-fifths rule of thumb)</span>.'),
    );
  }
  const fpr = extremes(m.groups, 'false_positive_rate');
  if (fpr !== undefined) {
    out.push(
      `Of people whose true label is 0, ${pct(fpr.hi.rates.false_positive_rate)} of ${who(fpr.hi)} were wrongly predicted 1, against ${pct(fpr.lo.rates.false_positive_rate)} of ${who(fpr.lo)}.`,
    );
  }
  const fnr = extremes(m.groups, 'false_negative_rate');
  if (fnr !== undefined) {
    out.push(
      `Of people whose true label is 1, ${pct(fnr.hi.rates.false_negative_rate)} of ${who(fnr.hi)} were missed (predicted 0), against ${pct(fnr.lo.rates.false_negative_rate)} of ${who(fnr.lo)}.`,
    );
  }
  for (const c of m.privileged?.comparisons ?? []) {
    out.push(
      `Disparate impact of <b>${escapeHtml(c.unprivileged)}</b> relative to <b>${escapeHtml(m.privileged?.privileged ?? '')}</b> (favourable label ${m.privileged?.favorableLabel}): ${fix(c.disparate_impact, 2)} — ` +
        (c.four_fifths_rule_passed
          ? 'passes the four-fifths rule (0.8–1.25).'
          : '<span class="bad">fails the four-fifths rule (0.8–1.25)</span>.'),
    );
  }
  return out;
}

function groupTable(m: GroupMetricsResult): string {
  const metrics: RateMetric[] = [
    'selection_rate',
    'base_rate',
    'true_positive_rate',
    'false_positive_rate',
    'false_negative_rate',
    'precision',
    'accuracy',
  ];
  const head = `<tr><th>group</th><th>rows</th>${metrics.map((k) => `<th>${k.replace(/_/g, ' ')}</th>`).join('')}</tr>`;
  const row = (label: string, n: number, rates: Record<RateMetric, number>, small: boolean) =>
    `<tr${small ? ' class="small"' : ''}><td>${escapeHtml(label)}${small ? ' ⚠' : ''}</td><td>${n}</td>${metrics.map((k) => `<td>${pct(rates[k])}</td>`).join('')}</tr>`;
  return `<table>${head}${m.groups.map((g) => row(g.group, g.n, g.rates, g.isSmall)).join('')}${row('all rows', m.n, m.overall.rates, false)}</table>`;
}

function rateCharts(m: GroupMetricsResult): string {
  return (Object.keys(RATE_TITLES) as IntervalMetric[])
    .map((k) => {
      const bars = m.groups.map((g) => ({
        label: g.group,
        value: g.rates[k],
        lower: g.intervals[k].lower,
        upper: g.intervals[k].upper,
      }));
      return `<figure>${barChart(RATE_TITLES[k].title, bars, m.overall.rates[k])}<figcaption>${RATE_TITLES[k].meaning} Black whiskers: 95% Wilson interval; dashed line: all rows.</figcaption></figure>`;
    })
    .join('');
}

function mitigationSection(report: FairnessReport): string {
  if (report.mitigation === undefined) return '';
  const { before, after } = report.mitigation.comparison;
  const rows = (k: RateMetric) =>
    before.groups.map((g, i) => ({
      label: g.group,
      before: g.rates[k],
      after: after.groups[i]?.rates[k] ?? NaN,
    }));
  const name = report.mitigation.rule.constraint.replace(/_/g, ' ');
  return `<section><h2>What if we post-process the scores? (${escapeHtml(name)})</h2>
<p>Per-group randomised thresholds (Hardt et al.; Fairlearn's ThresholdOptimizer, accuracy objective) chosen so that the groups meet <b>${escapeHtml(name)}</b>. Figures after mitigation are expected values of the randomised rule.</p>
<table><tr><th></th><th>before</th><th>after</th></tr>
<tr><td>accuracy</td><td>${pct(before.overall.rates.accuracy)}</td><td>${pct(after.overall.rates.accuracy)}</td></tr>
<tr><td>demographic parity difference</td><td>${fix(before.summary.demographic_parity_difference)}</td><td>${fix(after.summary.demographic_parity_difference)}</td></tr>
<tr><td>equalized odds difference</td><td>${fix(before.summary.equalized_odds_difference)}</td><td>${fix(after.summary.equalized_odds_difference)}</td></tr></table>
<div class="grid"><figure>${beforeAfterChart('Selection rate before and after', rows('selection_rate'))}</figure>
<figure>${beforeAfterChart('False positive rate before and after', rows('false_positive_rate'))}</figure></div></section>`;
}

/** Bins with fewer rows than this are not drawn: their observed rate is mostly noise. */
const MIN_CALIBRATION_BIN = 10;

function calibrationSection(report: FairnessReport): string {
  if (report.calibration.length === 0) return '';
  const series = report.calibration.map((c) => ({
    label: c.group,
    points: c.bins
      .filter((b) => b.count >= MIN_CALIBRATION_BIN)
      .map((b) => ({ x: b.lower, y: b.observedRate, weight: b.count })),
  }));
  return `<section><h2>Calibration: does the same score mean the same risk?</h2>
<figure>${lineChart('Observed rate of label 1 by score', series, { xLabel: `score (${report.options.score ?? ''})`, yLabel: 'observed rate of label 1' })}
<figcaption>Each point is the share of rows with label 1 among rows with that score; bins with fewer than ${MIN_CALIBRATION_BIN} rows are left out as too noisy. Lines close together mean the score is equally calibrated for every group.</figcaption></figure></section>`;
}

/** Cramér's V from which a feature is called a strong proxy in the report (a rule of thumb). */
const STRONG_PROXY_V = 0.3;

function dataSection(report: FairnessReport): string {
  const d = report.dataBias;
  const proxies =
    d.proxies.length === 0
      ? ''
      : `<p>Features that may stand in for the protected attribute (proxies): a model can discriminate through them even without the attribute itself.</p>
<table><tr><th>feature</th><th>Cramér's V</th><th>share of the attribute explained (MI / H)</th><th>χ² (df)</th></tr>${d.proxies
          .map(
            (p) =>
              `<tr><td>${escapeHtml(p.feature)}${p.cramersV >= STRONG_PROXY_V ? ' <span class="bad">strong proxy</span>' : ''}</td><td>${fix(p.cramersV)}</td><td>${pct(p.normalizedMutualInformation)}</td><td>${fix(p.chiSquare, 1)} (${p.degreesOfFreedom})</td></tr>`,
          )
          .join('')}</table>`;
  const numeric =
    d.numericProxies.length === 0
      ? ''
      : `<table><tr><th>numeric feature</th><th>group</th><th>point-biserial correlation</th></tr>${d.numericProxies.map((p) => `<tr><td>${escapeHtml(p.feature)}</td><td>${escapeHtml(p.group)}</td><td>${fix(p.correlation)}</td></tr>`).join('')}</table>`;
  return `<section><h2>The data itself</h2>
<table><tr><th>group</th><th>rows</th><th>share</th><th>base rate (label 1)</th></tr>${d.representation.map((r) => `<tr><td>${escapeHtml(r.group)}</td><td>${r.count}</td><td>${pct(r.share)}</td><td>${pct(r.baseRate)}</td></tr>`).join('')}</table>
<p>Reweighing (Kamiran &amp; Calders) weights that make group and label independent, for retraining:</p>
<table><tr><th>group</th><th>label</th><th>rows</th><th>weight</th></tr>${d.reweighing.map((c) => `<tr><td>${escapeHtml(c.group)}</td><td>${c.label}</td><td>${c.count}</td><td>${fix(c.weight, 4)}</td></tr>`).join('')}</table>
${proxies}${numeric}</section>`;
}

/**
 * The report as one self-contained HTML file (inline CSS and SVG, no scripts or external
 * resources), written for a reader who does not know the library: findings in sentences first,
 * then charts with intervals, calibration, mitigation, the data, and a glossary.
 */
export function renderHtmlReport(
  report: FairnessReport,
  meta: { readonly title?: string; readonly source?: string } = {},
): string {
  const m = report.metrics;
  const o = report.options;
  const predictionText =
    o.prediction !== undefined
      ? `column <code>${escapeHtml(o.prediction)}</code>`
      : `<code>${escapeHtml(o.score ?? '')}</code> ≥ ${o.threshold}`;
  const bootstrap = report.bootstrap
    .map(
      (b) =>
        `<li>${b.metric.replace(/_/g, ' ')}: ${fix(b.estimate)} (95% bootstrap interval ${fix(b.lower)} – ${fix(b.upper)}, ${b.resamples} resamples)</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(meta.title ?? 'Fairness report')}</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#111827;line-height:1.45}
h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #e5e7eb;padding-bottom:4px}
.lead{color:#4b5563}.findings{background:#f9fafb;border-left:4px solid #2563eb;padding:8px 16px}.findings li{margin:6px 0}
.bad{color:#b91c1c;font-weight:600}.warn{background:#fffbeb;border-left:4px solid #d97706;padding:8px 16px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
tr.small td{color:#92400e}.grid{display:flex;flex-wrap:wrap;gap:12px}figure{margin:8px 0}figcaption{font-size:12px;color:#4b5563;max-width:540px}
code{background:#f3f4f6;padding:1px 4px;border-radius:3px}dt{font-weight:600}dd{margin:0 0 8px 16px}
</style></head><body>
<h1>${escapeHtml(meta.title ?? 'Fairness report')}</h1>
<p class="lead">${meta.source === undefined ? '' : `Data: <code>${escapeHtml(meta.source)}</code> · `}${m.n} rows · true label <code>${escapeHtml(o.label)}</code> · prediction: ${predictionText} · groups by <code>${escapeHtml(o.groupColumns.join(' × '))}</code></p>
<section><h2>Key findings</h2><ul class="findings">${findings(m)
    .map((f) => `<li>${f}</li>`)
    .join('')}</ul>
${report.warnings.length === 0 ? '' : `<div class="warn"><b>Read with care:</b><ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></div>`}</section>
<section><h2>Rates per group, with 95% intervals</h2><div class="grid">${rateCharts(m)}</div>
<p>Demographic parity difference ${fix(m.summary.demographic_parity_difference)} (ratio ${fix(m.summary.demographic_parity_ratio)}); equalized odds difference ${fix(m.summary.equalized_odds_difference)} (ratio ${fix(m.summary.equalized_odds_ratio)}); equal opportunity difference ${fix(m.summary.equal_opportunity_difference)}; predictive parity difference ${fix(m.summary.predictive_parity_difference)}.</p>
${bootstrap === '' ? '' : `<ul>${bootstrap}</ul>`}
${groupTable(m)}</section>
${calibrationSection(report)}
${mitigationSection(report)}
${dataSection(report)}
<section><h2>How to read this report</h2><dl>
<dt>Difference / ratio</dt><dd>Between groups: largest minus smallest group value, and smallest divided by largest. 0 difference and ratio 1 mean the groups are treated alike.</dd>
<dt>Demographic parity</dt><dd>Every group is predicted positive at the same rate.</dd>
<dt>Equalized odds</dt><dd>Every group has the same true positive rate and the same false positive rate; the difference reported is the larger of the two gaps.</dd>
<dt>Four-fifths rule</dt><dd>A rule of thumb from US employment law: the unprivileged group's rate of the favourable outcome should be at least 80% of the privileged group's.</dd>
<dt>95% interval</dt><dd>The range the true rate plausibly lies in given the number of rows; small groups (⚠) have wide intervals, so gaps between them may be noise.</dd>
</dl></section>
<p class="lead">Generated by Rampart (rampart fairness report).</p>
</body></html>
`;
}
