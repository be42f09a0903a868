import { encodeGroups } from './group-encoding.js';
import { pointBiserial, screenProxy, type ProxyAssociation } from './proxy-screening.js';
import { reweigh, type ReweighingCell } from './reweighing.js';
import { binaryColumn, numberColumn, textColumn, type Table } from './table-loader.js';

/** Representation and base rate of one group in the data itself. */
export interface GroupRepresentation {
  readonly group: string;
  readonly count: number;
  readonly share: number;
  readonly baseRate: number;
}

/** Point-biserial correlation of [group == value] with a numeric feature. */
export interface NumericProxy {
  readonly feature: string;
  readonly group: string;
  readonly correlation: number;
}

export interface DataBiasReport {
  readonly rows: number;
  readonly representation: readonly GroupRepresentation[];
  readonly overallBaseRate: number;
  readonly reweighing: readonly ReweighingCell[];
  readonly proxies: readonly ProxyAssociation[];
  readonly numericProxies: readonly NumericProxy[];
}

export interface DataBiasOptions {
  readonly label: string;
  readonly groupColumns: readonly string[];
  /** Categorical features to screen as proxies of the group (χ², Cramér's V, MI). */
  readonly proxyFeatures?: readonly string[];
  /** Numeric features to correlate with each group indicator (point-biserial). */
  readonly numericFeatures?: readonly string[];
}

/**
 * Data bias assessment before any model: who is in the data and how often each group has the
 * positive label, the Kamiran–Calders weights that would balance it, and which features carry
 * the protected attribute (proxies).
 * @throws FairnessColumnNotFound, FairnessInvalidColumn
 */
export function assessDataBias(table: Table, options: DataBiasOptions): DataBiasReport {
  const yTrue = binaryColumn(table, options.label);
  const groupValues = options.groupColumns.map((c) => textColumn(table, c));
  const groups = encodeGroups(groupValues);
  const n = yTrue.length;
  const count = new Float64Array(groups.labels.length);
  const positives = new Float64Array(groups.labels.length);
  let allPositives = 0;
  for (let i = 0; i < n; i++) {
    const g = groups.codes[i] as number;
    count[g]! += 1;
    positives[g]! += yTrue[i] as number;
    allPositives += yTrue[i] as number;
  }
  const keys = Array.from(groups.codes, (c) => groups.labels[c] as string);
  const protectedName = options.groupColumns.join('|');
  return {
    rows: n,
    representation: groups.labels.map((group, g) => ({
      group,
      count: count[g] as number,
      share: (count[g] as number) / n,
      baseRate: (positives[g] as number) / (count[g] as number),
    })),
    overallBaseRate: allPositives / n,
    reweighing: reweigh({ yTrue, groups }).cells,
    proxies: (options.proxyFeatures ?? []).map((feature) =>
      screenProxy({
        protectedName,
        protectedValues: keys,
        featureName: feature,
        featureValues: textColumn(table, feature),
      }),
    ),
    numericProxies: (options.numericFeatures ?? []).flatMap((feature) => {
      const values = numberColumn(table, feature);
      return groups.labels.map((group, g) => ({
        feature,
        group,
        correlation: pointBiserial(
          Uint8Array.from(groups.codes, (c) => (c === g ? 1 : 0)),
          values,
        ),
      }));
    }),
  };
}
