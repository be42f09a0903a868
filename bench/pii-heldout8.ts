/**
 * `npm run bench -- pii-heldout8 [N] [--per-type]`: an eighth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout8-data.ts) were written from the developer corpus README's
 * labelling conventions only — without reading the engine's rules, the other held-out generators,
 * the corpus texts, the docs or the commit history — in the genres of public services and
 * regulated life: healthcare (appointment letters, GP/specialist referrals, prescriptions, lab
 * result mails, insurance and mutuelle claims, a Spanish-language US intake form with SSNs),
 * education (school reports, enrolment forms, parent–teacher mails, alumni lists, parents' group
 * chats), legal and real estate (tenancy agreements, notary letters, court notices, property
 * listings with agent contacts), local government (permit applications, registry extracts and
 * birth-certificate extracts, tax notices), banking letters, travel (passenger manifests, hotel,
 * train and flight confirmations), plus developer artefacts that leak data (Python/Java/Node stack
 * traces, psql/MySQL result dumps, YAML configs, CI logs with tokens, curl commands, JSON API
 * payloads, CSV/TSV exports, .env files).
 *
 * 2,000 texts, 500 each in EN/DE/FR/ES, from 114 templates (about 17 prose, 8 developer and 4
 * hard-negative-only templates per language, each with optional lines, shuffled line order and
 * varied formats). National formats of US/UK/IE/CA/AU, DE/AT/CH, FR/BE/LU/CH and ES/MX/AR/CO:
 * phones with and without country code, one-line street addresses, mod-97-valid IBANs (compact and
 * grouped), Luhn-valid cards with separators, valid US SSNs, dates of birth in many formats and
 * languages ("né le …", "geb. …", "nacido el …", "DOB …"). About 25 % of person names are invented
 * from syllables, the rest come from faker's locale lists; name forms include "First Last",
 * "Last, First", initials, middle names, particles and compound surnames, first names alone,
 * ALL CAPS and "NOM Prénom" on forms, lower-case names in chats. 18 % of the texts carry hard
 * negatives only (notices, changelogs, orders, book lists); most other texts carry some too.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout8 } from './pii-heldout8-data.js';

runHeldoutBench('PII held-out 8 (blind)', generateHeldout8, process.argv.slice(2));
