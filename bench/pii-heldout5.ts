/**
 * `npm run bench -- pii-heldout5 [N] [--per-type]`: a fifth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout5-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators or the
 * corpus texts — in genres the other sets do not lead with (rental applications, vet records,
 * airline rebooking e-mails, bank fraud chats, school enrolment forms, RSVP/seating lists,
 * volunteer rosters, lab reports, tax adviser letters, customs declarations, dating-app reports,
 * hotel folios, SMS 2FA logs, CRM exports as TSV and space-aligned tables, Slack threads, minutes,
 * obituaries, sports results, crash logs with .env / docker-compose / k8s Secret / tfvars dumps,
 * git diffs leaking keys, support macros …), 500 texts each in EN/DE/FR/ES, ~25 % invented
 * (syllable-built) names, ~18 % texts with hard negatives only.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout5 } from './pii-heldout5-data.js';

runHeldoutBench('PII held-out 5 (blind)', generateHeldout5, process.argv.slice(2));
