/**
 * `npm run bench -- pii-heldout12 [N] [--per-type]`: a twelfth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout12-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators, the corpus
 * texts, the docs or the commit history — in public-sector and civic genres: municipal service
 * requests, permit and licence applications, voter and residence registrations, school enrolment and
 * parent–teacher messages, university admissions and grade appeals, library accounts, scholarships,
 * court hearing notices, police reports, social-services case notes, donation receipts, volunteer
 * rotas, club and sports registrations and match reports, tickets and guest lists, hotel bookings and
 * reviews, flight/rail itineraries and complaints, car rental agreements, lost-property logs, forum
 * posts, classified ads, neighbourhood chats, wedding and funeral notices, survey answers and e-mails
 * with display names; plus CSV/TSV/Markdown exports, JSON payloads, YAML config, vCard/iCal, SQL,
 * access and auth logs, .env files and PEM keys. 500 texts each in EN/DE/FR/ES with national
 * phone/address formats of US/UK/AU/CA/DE/AT/CH/FR/BE/QC/ES/MX, mod-97 IBANs of DE/AT/CH/FR/BE/ES/
 * GB/NL/IT, Luhn-valid cards, names in many forms (First Last, Last, First, LAST First, initials,
 * airline LAST/FIRST, lower-case chat names, particles and double-barrelled surnames), ~25 %
 * invented (syllable-built) names, ~18 % texts with hard negatives only (names used as brands,
 * places, streets, saints' days, ships, software and institutions; IPv4-shaped versions; Luhn-
 * invalid cards; bad-checksum IBANs; unissuable SSNs; non-birth dates next to birth words …).
 *
 * Prints pii-heldout's shared report; `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout12 } from './pii-heldout12-data.js';

runHeldoutBench('PII held-out 12 (blind)', generateHeldout12, process.argv.slice(2));
