/**
 * `npm run bench -- pii-heldout4 [N] [--per-type]`: a fourth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout4-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators or the
 * corpus texts — in genres the other sets do not lead with (court summaries, pharmacy and
 * insurance letters, school messages, listings, recruiting notes, helpdesk tickets with logs and
 * config, dispute letters, club member tables, newsletters, voice-mail transcripts, police and
 * customs forms, genealogy, quoted threads, JSON/YAML/CSV records …), EN/DE/FR/ES, ~18 % texts
 * with hard negatives only.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout4 } from './pii-heldout4-data.js';

runHeldoutBench('PII held-out 4 (blind)', generateHeldout4, process.argv.slice(2));
