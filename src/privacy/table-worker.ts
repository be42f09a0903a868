/**
 * Worker thread for table-workers.ts: scans or masks batches of table rows after the sample,
 * with the column typing the main thread worked out. Only ever loaded as a worker's entry
 * (it listens on the parent port); the messages are in table-worker-protocol.ts.
 */
import { randomBytes } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './engine/analyzer.js';
import type { EntityType } from './engine/entity-types.js';
import { createRowMasker } from './engine/table-mask.js';
import { packFindings, scanTypedRow } from './engine/table-scan.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './table-worker-protocol.js';

type Handler = (task: WorkerTask) => WorkerReply;

function handlerFor(setup: WorkerSetup): Handler {
  const analyzer = createAnalyzer(setup.analyzer);
  if (setup.mode === 'scan') {
    return ({ id, rows }) => {
      // Findings travel as numbers in one transferable buffer, not as cloned objects.
      const out: number[] = [];
      let cells = 0;
      rows.forEach((row, r) => {
        cells += scanTypedRow(row, setup.typed, analyzer, (column, _cell, findings) => {
          packFindings(out, r, column, findings);
        });
      });
      return { id, cells, findings: Float64Array.from(out) };
    };
  }
  const keys = {
    key: Buffer.from(setup.key),
    ...(setup.encryptionKey === undefined
      ? {}
      : { encryptionKey: Buffer.from(setup.encryptionKey), randomBytes }),
  };
  return ({ id, rows }) => {
    const changed: Partial<Record<EntityType, number>> = {};
    const maskRow = createRowMasker(setup.columns, analyzer, setup.policy, keys, changed);
    let text = '';
    for (const row of rows) text += maskRow(row);
    return { id, text, changed };
  };
}

const port = parentPort;
if (port !== null) {
  let handle: Handler | undefined;
  port.on('message', (message: { setup: WorkerSetup } | WorkerTask) => {
    if ('setup' in message) handle = handlerFor(message.setup);
    else if (handle !== undefined) {
      const reply = handle(message);
      port.postMessage(reply, 'findings' in reply ? [reply.findings.buffer as ArrayBuffer] : []);
    }
  });
}
