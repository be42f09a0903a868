/**
 * `npm run bench -- pii-heldout7 [N] [--per-type]`: a seventh, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout7-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators, the corpus
 * texts, the docs or the commit history — in everyday business genres: support tickets and agent
 * replies, CRM and sales-call notes, HR onboarding/offboarding forms, payroll questions, expense,
 * invoice and chargeback disputes, refund requests, account recovery, password-reset mishaps that
 * leak credentials, CSAT comments, appointment SMS, driver notes, contract renewals, recruiting
 * e-mails, reference letters, meeting notes, on-call handovers, incident chats, application and CI
 * logs, CSV/TSV/JSONL/Markdown rows, JSON API responses, .env/YAML/docker-compose/settings files,
 * ship-to blocks, e-mail signatures, forwarded mails and SMS/WhatsApp threads … 500 texts each in
 * EN/DE/FR/ES with national phone/address/IBAN formats of US/UK/IE/CA/AU/IN/DE/AT/CH/FR/BE/ES/MX,
 * ~25 % invented (syllable-built) names, ~18 % texts with hard negatives only.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout7 } from './pii-heldout7-data.js';

runHeldoutBench('PII held-out 7 (blind)', generateHeldout7, process.argv.slice(2));
