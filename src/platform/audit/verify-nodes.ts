import { hashChildren } from './merkle/tree-hash.js';
import { hashesEqual } from './merkle/proofs.js';
import type { VerifyProblem } from './verify-log.js';

/** Stored hashes of one tree level in index order: level 0 is the records' leaf hashes. */
export type LevelSource = (
  level: number,
) => AsyncIterable<{ readonly idx: number; readonly hash: Buffer }>;

const MAX_PROBLEMS = 20;

/**
 * Checks the stored complete-subtree table that proofs are served from: for a tree of `size`
 * leaves, level L must hold exactly ⌊size / 2^L⌋ nodes, node i being
 * `SHA-256(0x01 ‖ node(L-1, 2i) ‖ node(L-1, 2i+1))`. Level by level, so memory stays O(1);
 * level 0 is checked against the records by `LogVerifier`, so a pass here makes every proof
 * the server can produce honest.
 */
export async function checkStoredSubtrees(
  size: number,
  levels: LevelSource,
): Promise<VerifyProblem[]> {
  const problems: VerifyProblem[] = [];
  const report = (reason: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ kind: 'node', reason });
  };
  for (let level = 1; 2 ** level <= size; level++) {
    const expected = Math.floor(size / 2 ** level);
    const below = levels(level - 1)[Symbol.asyncIterator]();
    let i = 0;
    for await (const node of levels(level)) {
      if (i >= expected) {
        report(`subtree hash at level ${level}, index ${node.idx} should not exist`);
        break;
      }
      if (node.idx !== i) {
        report(`subtree hash at level ${level}, index ${i} is missing`);
        break;
      }
      const left = await below.next();
      const right = await below.next();
      if (left.done === true || right.done === true) {
        report(`subtree hashes below level ${level}, index ${i} are missing`);
        break;
      }
      if (!hashesEqual(hashChildren(left.value.hash, right.value.hash), node.hash)) {
        report(`subtree hash at level ${level}, index ${i} does not match its children (edited)`);
      }
      i++;
    }
    await below.return?.();
    if (i < expected && problems.length === 0)
      report(`level ${level} has ${i} subtree hashes, expected ${expected}`);
    if (problems.length > 0) break;
  }
  return problems;
}
