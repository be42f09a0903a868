/**
 * `npm run bench -- pii-heldout18 [N] [--per-type]`: an eighteenth, blind held-out check of the
 * privacy engine. The texts (bench/pii-heldout18-data.ts) were written from the developer corpus
 * README's conventions only — without reading the engine's rules, the other held-out generators,
 * the corpus texts, the docs or the commit history — in travel, hospitality and events genres:
 * hotel booking confirmations and registration cards (Meldeschein, fiche de police, parte de
 * viajeros), guest requests and complaints, car-rental agreements and damage reports, airline and
 * rail e-mails, boarding-pass text, lost-luggage claims, visa invitation letters, rooming lists,
 * restaurant reservations with allergy notes, wedding and conference guest lists and badge
 * exports, e-tickets, travel-agency chats, holiday-rental host/guest threads, concierge logs,
 * transfer bookings, travel-insurance claims, group-travel CSV/TSV, loyalty statements, check-in
 * kiosk logs, channel-manager configs and booking webhooks … 500 texts each in EN/DE/FR/ES with
 * national phone/address/IBAN formats of US/UK/IE/CA/AU/DE/AT/CH/FR/BE/ES/MX, ~25 % invented
 * (syllable-built) names, ~18 % texts with hard negatives only (eponymous hotels, airports,
 * stations, ships and meeting rooms, PNRs, flight and train numbers, seat and room numbers,
 * phone-like confirmation numbers, loyalty and passport numbers, arrival dates, prices, invalid
 * card/IBAN/SSN look-alikes, versions).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout18 } from './pii-heldout18-data.js';

runHeldoutBench('PII held-out 18 (blind)', generateHeldout18, process.argv.slice(2));
