import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('redacts authorization headers, cookies, passwords and tokens', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer rmp_abc', cookie: 'rampart_session=xyz' } },
        user: { password: 'hunter2' },
        token: 'rmp_def',
      },
      'request',
    );
    await new Promise((resolve) => setImmediate(resolve));
    const text = lines.join('');
    expect(text).toContain('[redacted]');
    for (const secret of ['rmp_abc', 'xyz', 'hunter2', 'rmp_def'])
      expect(text).not.toContain(secret);
  });
});
