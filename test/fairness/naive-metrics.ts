/**
 * A deliberately plain filter-and-count reference for the section-3 rates, written without the
 * engine's counting so the tests compare two independent implementations.
 */
export function naiveRates(y: readonly number[], p: readonly number[]): Record<string, number> {
  const n = y.length;
  const count = (f: (yi: number, pi: number) => boolean): number =>
    y.filter((yi, i) => f(yi, p[i] as number)).length;
  const tp = count((a, b) => a === 1 && b === 1);
  const fp = count((a, b) => a === 0 && b === 1);
  const tn = count((a, b) => a === 0 && b === 0);
  const fn = count((a, b) => a === 1 && b === 0);
  return {
    selection_rate: (tp + fp) / n,
    base_rate: (tp + fn) / n,
    true_positive_rate: tp / (tp + fn),
    false_positive_rate: fp / (fp + tn),
    false_negative_rate: fn / (tp + fn),
    true_negative_rate: tn / (tn + fp),
    precision: tp / (tp + fp),
    negative_predictive_value: tn / (tn + fn),
    accuracy: (tp + tn) / n,
  };
}
