/**
 * `npm run bench -- pii-heldout13 [N] [--per-type]`: a thirteenth, blind held-out check of the
 * privacy engine. The texts (bench/pii-heldout13-data.ts) were written from the developer corpus
 * README's conventions only — without reading the engine's rules, the other held-out generators,
 * the corpus texts, the docs or the commit history — around the working life of a software and
 * data team and the people around it: git commits with Co-authored-by/Signed-off-by trailers,
 * `git log`/blame output, code review comments and diffs, issue and Linear/Jira tickets and CSV
 * exports, on-call pages and rotas, postmortems, Sentry events and stack traces with user
 * context, Slack/Teams exports (JSON and plain), Kubernetes/Helm/Terraform/Ansible/GitHub Actions/
 * docker-compose files and Dockerfiles with leaked secrets, shell history, SQL dumps and query
 * results, access and audit logs, CRM and marketing lists, ATS notes, interview feedback, offer
 * letters, HR forms, expenses, vendor onboarding, invoices, attendee lists, meetups, newsletters,
 * press releases, podcast notes, testimonials, app-store reviews, orders, return labels,
 * deliveries, medical/pharmacy reminders, gym and coworking memberships … 500 texts each in
 * EN/DE/FR/ES with national phone/address/IBAN formats of US/GB/IE/AU/DE/AT/CH/FR/BE/ES/MX, names
 * in many forms (First Last, "Last, First", LAST First, initials, middle names, particles,
 * double-barrelled, given name alone, lower case in chat), ~25 % invented (syllable-built) names,
 * ~18 % texts with hard negatives only (software/AI/bot/brand/place/month/institution/street words,
 * IPv4-shaped builds, hashes, UUIDs, Luhn-invalid cards, bad IBANs and SSNs, plain dates, …).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall for
 * faker-listed versus invented names). `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout13 } from './pii-heldout13-data.js';

runHeldoutBench('PII held-out 13 (blind)', generateHeldout13, process.argv.slice(2));
