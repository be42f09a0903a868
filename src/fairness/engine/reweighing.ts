import type { GroupCodes } from './group-encoding.js';

/** The Kamiran–Calders weight of each (group, label) cell. */
export interface ReweighingCell {
  readonly group: string;
  readonly label: 0 | 1;
  readonly count: number;
  readonly weight: number;
}

export interface ReweighingResult {
  readonly cells: readonly ReweighingCell[];
  /** One weight per row, ready to pass to a training routine as sample weights. */
  readonly weights: Float64Array;
}

/**
 * Reweighing (Kamiran & Calders 2012): w(g, y) = n_g·n_y / (n·n_gy), the weight that makes group
 * and label independent in the weighted data. The weights sum to n and give every group the
 * overall base rate when every (group, label) cell has rows; an empty cell gets weight 0 (no row
 * carries it), and then the weights sum to less than n.
 */
export function reweigh(input: {
  readonly yTrue: Uint8Array;
  readonly groups: GroupCodes;
}): ReweighingResult {
  const { yTrue, groups } = input;
  const n = groups.codes.length;
  const nGroups = groups.labels.length;
  const cell = new Float64Array(nGroups * 2);
  for (let i = 0; i < n; i++) cell[((groups.codes[i] as number) << 1) | (yTrue[i] as number)]! += 1;
  const nY = [0, 0];
  for (let g = 0; g < nGroups; g++) {
    nY[0]! += cell[2 * g] as number;
    nY[1]! += cell[2 * g + 1] as number;
  }
  const weightOf = new Float64Array(nGroups * 2);
  const cells: ReweighingCell[] = [];
  for (let g = 0; g < nGroups; g++) {
    const nG = (cell[2 * g] as number) + (cell[2 * g + 1] as number);
    for (const label of [0, 1] as const) {
      const nGy = cell[2 * g + label] as number;
      const weight = nGy === 0 ? 0 : (nG * (nY[label] as number)) / (n * nGy);
      weightOf[2 * g + label] = weight;
      cells.push({ group: groups.labels[g] as string, label, count: nGy, weight });
    }
  }
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++)
    weights[i] = weightOf[((groups.codes[i] as number) << 1) | (yTrue[i] as number)] as number;
  return { cells, weights };
}
