/**
 * `npm run bench -- pii-heldout10 [N] [--per-type]`: a tenth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout10-data.ts) were written from the developer corpus README's
 * labelling conventions only — without reading the engine, the other held-out generators, the
 * corpus texts, the docs or the commit history. Genre: the back office of ordinary companies —
 * insurance claims (e-mail threads with quoted replies) and policy/renewal letters, card disputes
 * and wrong-transfer recalls, number porting and meter-reading/move-out/tariff mails, HR sick notes
 * (chat and mail), payslips, personnel forms, references, exit interviews, US benefits enrollment,
 * tenant complaints, repair tickets, deposit returns, workshop reports, test-drive and finance
 * applications, delivery exceptions and proofs of delivery, CN23 customs forms, dunning letters,
 * expense reports, access requests, password-reset chats, VPN/SSH logs, onboarding checklists with
 * credentials, leaked .env/YAML/JSON/docker-compose configs, CRM notes and CRM exports.
 *
 * 2,000 texts, 500 each in EN/DE/FR/ES (record ids `h10-<lang>-NNNN`), 137 templates (34 genres per
 * language, plus `en:benefits_enrollment` for US staff), each with random optional lines, field
 * order, greetings, sign-offs and lengths. Layouts: prose letters, mail threads with headers,
 * `> `-quoted replies and signatures, chat transcripts, forms (colon, aligned, dotted, CAPS,
 * Markdown, JSON, YAML, key=value), tables (CSV, semicolon, TSV, Markdown, aligned), log lines,
 * config files, Markdown checklists. National formats of US/UK/IE/CA/AU, DE/AT/CH, FR/BE/CH and
 * ES/MX/AR/CL, plus Portuguese and other foreign customers: phones with and without country code
 * (all valid numbers for their country), one-line street addresses through postcode and town,
 * mod-97 IBANs of DE/AT/CH/FR/BE/ES/PT/GB/IE/NL/LU (compact and grouped), Luhn-valid Visa/MC/Amex/
 * Discover, valid SSNs, birth dates in each language's formats ("DOB 04/03/1981", "geb. am
 * 3. März 1981", "né(e) le 03/03/1981", "3 de marzo de 1981" …), IPv4/IPv6, URLs and the six
 * secret kinds (AWS keys and secret keys, ghp_/gho_/ghs_/github_pat_, xoxb-/xoxp-, PEM blocks,
 * JWTs, credentials after password=/Passwort:/mot de passe :/contraseña: …). About 12,300 gold
 * spans: PERSON ≈5,200 (25 % invented from syllables, the rest faker-listed; First Last, Last,
 * First, LAST First, ALL CAPS, lower case, initials incl. "J.-P.", middle names, particles,
 * double-barrelled and double Spanish surnames, first names alone, after titles and before "'s"),
 * then EMAIL, PHONE, STREET_ADDRESS, IBAN, DATE_OF_BIRTH, IP_ADDRESS, GENERIC_SECRET, URL, and
 * 50–120 each of CREDIT_CARD, GITHUB_TOKEN, AWS_ACCESS_KEY, SLACK_TOKEN, JWT, US_SSN, PRIVATE_KEY.
 * 18 % of the texts (release notes, tariff notices, shipment boards, journal exports, batch logs,
 * policy terms, staff memos) carry hard negatives only; nearly all others carry some too (≈15,000
 * decoys: brands and companies named after people, car models, cities such as Regina or Florence,
 * months, weekdays, job titles, departments, software, sentence-initial "Will"/"Grant"/"Mark",
 * trade nouns such as Koch or Glaser, policy/claim/contract/tracking numbers, IPv4-shaped
 * firmware versions, hashes, UUIDs, timestamps, prices, plain dates, ISBNs, Luhn-invalid card
 * lookalikes, bad-checksum IBANs, SSNs with area 000/666/9xx).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names). `--per-type` prints the per-type lists.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout10 } from './pii-heldout10-data.js';

runHeldoutBench('PII held-out 10 (blind)', generateHeldout10, process.argv.slice(2));
