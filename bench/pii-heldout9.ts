/**
 * `npm run bench -- pii-heldout9 [N] [--per-type]`: a ninth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout9-data.ts) were written from the developer corpus README's
 * labelling conventions only — without reading the engine, its rules, the other held-out
 * generators, the corpus texts, the docs or the commit history — and the engine was not run while
 * they were written.
 *
 * Genre focus: the plain, short, everyday records a company's AI system logs and trains on —
 * live-chat turns and help-desk tickets, chatbot prompts with pasted personal data (cards, forms,
 * .env snippets), call-centre transcripts with identity checks, order confirmations, shipping
 * notices, return/refund requests with IBANs, marketplace buyer/seller messages, delivery-driver
 * notes, loyalty sign-up forms, newsletter bounces (DSNs), CRM and HR CSV/TSV exports, sales leads,
 * job applications, CVs, recruiter mails, gig-platform and dating/community profiles, reviews that
 * name staff, social-media DMs, auth log lines (app, sshd, logfmt, access log), webhook deliveries
 * and analytics events in JSON, .env files, Kubernetes Secrets, Terraform tfvars and error reports
 * with Node/Python/Java stack traces. 27 PII genres plus 7 decoy-only genres, each in English,
 * German, French and Spanish: 136 template keys such as `fr:crm_export`, with optional lines,
 * shuffled fields and several phrasings each.
 *
 * 2,000 texts, 500 per language; 18 % carry hard negatives only (order/tracking numbers, versions
 * incl. IPv4-shaped build numbers, SHAs, UUIDs, ISO/epoch timestamps, prices, non-birth dates,
 * ISBNs, Luhn-invalid card look-alikes, IBANs with bad check digits, SSNs with invalid areas, and
 * not-a-name words: brands named after people, products, streets, cities, weekdays, teams,
 * software, bots, job titles, sentence-initial "Hope"/"Will"/"Patience"/"Luz"…); most other texts
 * carry decoys too. National formats of US/UK/IE/CA/AU/NZ/DE/AT/CH/FR/BE/ES/MX/PE/CL for phones
 * (with and without country code, varied spacing) and one-line addresses; mod-97-valid IBANs (DE
 * AT CH GB IE FR BE ES NL LU, with national check digits where they exist; compact and grouped);
 * Luhn-valid Visa/Mastercard/Amex/Discover with separators; valid US SSNs; birth dates in many
 * formats and languages. About a quarter of the PERSON spans are invented from syllables
 * (`source: 'invented'`), the rest come from faker's en/en_GB/en_AU/de/de_CH/fr/fr_CA/es/es_MX
 * lists (`'listed'`), in forms "First Last", "Last, First", initials, middle names/initials,
 * particles and compounds, first name alone in greetings, sign-offs and chat labels, lower- and
 * upper-case; usernames and handles are not labelled.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names). `--per-type` prints the per-type lists.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout9 } from './pii-heldout9-data.js';

runHeldoutBench('PII held-out 9 (blind)', generateHeldout9, process.argv.slice(2));
