/**
 * `npm run bench -- pii-heldout2 [N]`: a second, independent held-out check of the privacy engine
 * (bench/pii-heldout2-data.ts: other genres, formats and names than pii-heldout, ~30 % of the
 * names in no name list). Scored and printed by pii-heldout's report, plus PERSON recall for
 * names from faker's lists versus names no list holds.
 */
import { reportHeldout } from './pii-heldout.js';
import { generateHeldout2, type Heldout2Span } from './pii-heldout2-data.js';

reportHeldout(generateHeldout2(Number(process.argv[2] ?? 2000)), {
  title: 'PII held-out 2',
  personGroup: (_rec, gold) => (gold as Heldout2Span).source,
});
