/**
 * `npm run bench -- pii-heldout17 [N] [--per-type]`: a seventeenth, blind held-out check of the
 * privacy engine on NOISY, informal and machine-mangled text. The texts (bench/pii-heldout17-data.ts)
 * were written from the developer corpus README's conventions only — without reading the engine's
 * rules, the other held-out generators, the corpus texts, the docs or the commit history: lower-case
 * speech-to-text transcripts of calls and voicemails, hurried call-centre notes full of
 * abbreviations, SMS/WhatsApp/Telegram chats with emoji, social posts with @handles and #hashtags,
 * forum quotes, OCR'd forms, IDs, letters and payslips (0/O and l/1 confusions in the surrounding
 * words), handwritten-form transcriptions, ALL-CAPS telex/PNR/shipping remarks ("PAX SCHMIDT/ANNA
 * MRS"), code-switching, quoted e-mail threads, reviews naming staff by first name and chats with
 * pasted tokens … 500 texts each in EN/DE/FR/ES with national phone/address/IBAN formats of
 * US/UK/IE/CA/AU/DE/AT/CH/FR/BE/ES/MX, names in lower case, ALL CAPS, SURNAME/GIVEN and first-name
 * only, ~25 % invented (syllable-built) names and ~18 % texts with hard negatives only (org handles,
 * hashtags, brands, places, titles, slang, telex words, flight numbers, PNRs, order and tracking
 * numbers, prices, times, versions, non-birth dates, invalid card/IBAN/SSN look-alikes).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout17 } from './pii-heldout17-data.js';

runHeldoutBench('PII held-out 17 (blind)', generateHeldout17, process.argv.slice(2));
