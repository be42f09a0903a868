/**
 * `npm run bench -- pii-heldout14 [N] [--per-type]`: a fourteenth, blind held-out check of the
 * privacy engine. The texts (bench/pii-heldout14-data.ts) were written from the developer corpus
 * README's labelling conventions only — without reading the engine's rules, the other held-out
 * generators, the corpus texts, the docs or the commit history — in everyday personal and
 * small-business genres: family group chats, neighbours, landlords and tenants, flat-share notes,
 * babysitters, tutors, freelancers (designers, translators, plumbers, electricians, cleaners),
 * bakery pre-orders, hairdresser bookings, florist deliveries, bike repairs, dating-app chats,
 * second-hand marketplace haggling, voicemail and voice-note transcripts, e-mail threads with
 * quoted replies and forwarded headers, out-of-office replies, postcards, wedding RSVPs, birthday
 * invitations, obituaries and condolences, recipe-blog comments, running clubs, kids' team rosters,
 * carpools, pet sitters, lost-pet posters, moving checklists, budget notes with bank details,
 * family password-sharing mishaps and OCR'd letters … 500 texts each in EN/DE/FR/ES with national
 * phone/address/IBAN formats of US/UK/IE/AU/IN/CA/DE/AT/CH/FR/BE/ES/MX, names in many forms
 * (given name alone, "Last, First", initials, nicknames, middle names, particles, lower case,
 * display names), ~25 % invented (syllable-built) names, ~18 % texts with hard negatives only
 * (pets, places, saints, brands, titles and products that look like names, invalid cards/IBANs/
 * SSNs, order numbers, versions, hashes, UUIDs, timestamps, prices, plain dates, ISBNs).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names). `--per-type` prints the shared per-type
 * lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout14 } from './pii-heldout14-data.js';

runHeldoutBench('PII held-out 14 (blind)', generateHeldout14, process.argv.slice(2));
