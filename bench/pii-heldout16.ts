/**
 * `npm run bench -- pii-heldout16 [N] [--per-type]`: a sixteenth, blind held-out check of the privacy
 * engine. The texts (bench/pii-heldout16-data.ts) were written from the developer corpus README's
 * conventions only — without reading the engine's rules, the other held-out generators, the corpus
 * texts, the docs or the commit history — as long-form narrative and document prose: news items and
 * police press releases, obituaries, death notices and birth announcements, biographies, "about the
 * author" blurbs and encyclopedia entries, meeting minutes and board protocols, incident and court
 * summaries, recommendation letters and school reports, personal letters, e-mails, blog posts and
 * travel diaries, interviews, event reports and parish/club newsletters … 500 texts each in
 * EN/DE/FR/ES with national phone/address/IBAN formats of US/UK/IE/CA/AU/DE/AT/CH/FR/BE/ES/MX. Names
 * appear in every position of running text (subject, object, after prepositions, possessives,
 * quotes, with titles and family relations, first name or surname alone after first mention,
 * "LAST First" and "Last, First" in police and legal notes, maiden names); ~25 % are invented
 * (syllable-built). Hard negatives are eponyms (streets, schools, hospitals, prizes, diseases,
 * storms, stations, foundations named after people), founder-named brands, name-like places,
 * holidays, months and weekdays, job titles, team names, book titles, plain dates, prices,
 * versions, order numbers and invalid card/IBAN/SSN look-alikes; ~18 % of texts hold only those.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout16 } from './pii-heldout16-data.js';

runHeldoutBench('PII held-out 16 (blind)', generateHeldout16, process.argv.slice(2));
