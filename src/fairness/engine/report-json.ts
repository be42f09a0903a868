import type { ConfusionCounts } from './confusion-counts.js';
import type { DataBiasReport } from './data-bias.js';
import type { FairnessReport } from './fairness-report.js';
import type { GroupMetricsResult, GroupResult } from './group-metrics.js';
import { RATE_METRICS, type Interval, type IntervalMetric, type RateSet } from './rates.js';
import { ruleJson } from './threshold-rule-json.js';

/** JSON has no NaN or Infinity: undefined numbers become null. */
const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

function groupJson(
  g: Pick<GroupResult, 'n' | 'counts' | 'rates' | 'intervals'>,
): Record<string, unknown> {
  return {
    count: g.n,
    ...countsJson(g.counts),
    ...ratesJson(g.rates),
    confidence_intervals: Object.fromEntries(
      (Object.entries(g.intervals) as [IntervalMetric, Interval][]).map(([k, v]) => [
        k,
        [num(v.lower), num(v.upper)],
      ]),
    ),
  };
}

const countsJson = (c: ConfusionCounts) => ({
  true_positives: c.tp,
  false_positives: c.fp,
  true_negatives: c.tn,
  false_negatives: c.fn,
  predicted_positives: c.tp + c.fp,
  positives: c.tp + c.fn,
  negatives: c.tn + c.fp,
});

const ratesJson = (r: RateSet) => Object.fromEntries(RATE_METRICS.map((m) => [m, num(r[m])]));

/** overall / by_group / disparities of one metrics result, in Fairlearn's snake_case names. */
export function metricsJson(m: GroupMetricsResult): Record<string, unknown> {
  return {
    overall: groupJson(m.overall),
    by_group: Object.fromEntries(
      m.groups.map((g) => [g.group, { ...groupJson(g), is_small_group: g.isSmall }]),
    ),
    disparities: {
      ...Object.fromEntries(Object.entries(m.summary).map(([k, v]) => [k, num(v as number)])),
      between_groups: Object.fromEntries(
        RATE_METRICS.map((k) => [
          k,
          { difference: num(m.disparities[k].difference), ratio: num(m.disparities[k].ratio) },
        ]),
      ),
      to_overall: Object.fromEntries(
        RATE_METRICS.map((k) => [
          k,
          {
            difference: num(m.disparities[k].differenceToOverall),
            ratio: num(m.disparities[k].ratioToOverall),
          },
        ]),
      ),
      ...(m.privileged === undefined
        ? {}
        : {
            privileged_comparison: {
              privileged_group: m.privileged.privileged,
              favorable_label: m.privileged.favorableLabel,
              by_unprivileged_group: Object.fromEntries(
                m.privileged.comparisons.map(({ unprivileged, ...rest }) => [
                  unprivileged,
                  Object.fromEntries(
                    Object.entries(rest).map(([k, v]) => [k, typeof v === 'number' ? num(v) : v]),
                  ),
                ]),
              ),
            },
          }),
    },
  };
}

/** The data bias assessment as JSON (representation, base rates, reweighing, proxies). */
export function dataBiasJson(d: DataBiasReport): Record<string, unknown> {
  return {
    rows: d.rows,
    overall_base_rate: num(d.overallBaseRate),
    representation: Object.fromEntries(
      d.representation.map((r) => [
        r.group,
        { count: r.count, share: r.share, base_rate: num(r.baseRate) },
      ]),
    ),
    reweighing: d.reweighing.map((c) => ({
      group: c.group,
      label: c.label,
      count: c.count,
      weight: c.weight,
    })),
    proxies: d.proxies.map((p) => ({
      protected_attribute: p.protectedAttribute,
      feature: p.feature,
      n: p.n,
      chi_square: num(p.chiSquare),
      degrees_of_freedom: p.degreesOfFreedom,
      cramers_v: num(p.cramersV),
      mutual_information: num(p.mutualInformation),
      normalized_mutual_information: num(p.normalizedMutualInformation),
    })),
    point_biserial: d.numericProxies.map((p) => ({
      feature: p.feature,
      group: p.group,
      correlation: num(p.correlation),
    })),
  };
}

/** The whole report as a JSON-ready object (the `--format json` output and the API answer). */
export function reportJson(report: FairnessReport): Record<string, unknown> {
  const o = report.options;
  return {
    report: 'rampart.fairness/v1',
    data: {
      rows: report.metrics.n,
      label: o.label,
      ...(o.prediction === undefined
        ? { score: o.score, threshold: o.threshold }
        : { prediction: o.prediction }),
      group_columns: o.groupColumns,
    },
    ...metricsJson(report.metrics),
    bootstrap: report.bootstrap.map((b) => ({
      metric: b.metric,
      estimate: num(b.estimate),
      lower: num(b.lower),
      upper: num(b.upper),
      resamples: b.resamples,
    })),
    calibration: Object.fromEntries(
      report.calibration.map((c) => [
        c.group,
        c.bins.map((b) => ({
          lower: b.lower,
          upper: b.upper,
          count: b.count,
          mean_score: num(b.meanScore),
          observed_rate: num(b.observedRate),
        })),
      ]),
    ),
    data_bias: dataBiasJson(report.dataBias),
    ...(report.mitigation === undefined
      ? {}
      : {
          mitigation: {
            rule: ruleJson(report.mitigation.rule),
            before: metricsJson(report.mitigation.comparison.before),
            after: metricsJson(report.mitigation.comparison.after),
          },
        }),
    warnings: report.warnings,
  };
}
