/**
 * `npm run bench -- pii-heldout6 [N] [--per-type]`: a sixth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout6-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators, the corpus
 * texts or the commit history — in everyday genres: call-centre transcripts (Agent/Caller and by
 * name), insurance claims, HR reviews, tenancy agreements, discharge letters, pharmacy SMS,
 * permission slips, gym and KYC forms, order e-mails with ship-to blocks, marketplace messages,
 * GDPR access requests, witness statements, seating plans, rosters, badge CSVs, expense reports,
 * itineraries, visa and tax forms, postmortems with logs, Helm values, .npmrc/.pypirc/.netrc, CI
 * logs echoing tokens, SQL dumps, XML/HTML, Markdown and fixed-width tables, forwarded mail chains,
 * voicemail and OCR transcripts, access logs, webhooks, k8s Secrets … 500 texts each in
 * EN/DE/FR/ES with national phone/address/IBAN formats of US/UK/IE/CA/AU/DE/AT/CH/FR/BE/ES/MX,
 * ~25 % invented (syllable-built) names, ~18 % texts with hard negatives only.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout6 } from './pii-heldout6-data.js';

runHeldoutBench('PII held-out 6 (blind)', generateHeldout6, process.argv.slice(2));
