/**
 * `npx tsx bench/pii-heldout11.ts [N] [--per-type]`: an eleventh, blind held-out check of the
 * privacy engine, on what flows through a company's AI systems. The texts
 * (bench/pii-heldout11-data.ts) were written from the developer corpus README's conventions only —
 * without reading the engine, the other held-out generators, the corpus texts, the docs or the
 * tests. 2,000 texts, 500 each in English, German, French and Spanish, from 28 genres with PII and 7
 * genres with hard negatives only (140 template keys): prompts pasting e-mails, CVs, contracts, CRM
 * records, error logs and config files with a summarise/translate/draft-a-reply request, the
 * assistant's drafted replies, RAG chunks (bracket, XML, "Source:" and JSON headers), meeting
 * transcripts and AI summaries with @mentions and action items, fine-tuning JSONL ({"messages"} and
 * {"prompt","completion"}, with JSON nested in JSON strings), eval rows (JSONL/CSV), labelled ticket
 * exports (CSV/TSV/JSONL), Label Studio and doccano exports, agent tool-call logs (arrow, OpenAI
 * tool_calls with JSON-string arguments, LangChain dict reprs), vector-store upserts, moderation
 * items, OCR of forms, invoices and letters with character noise, lower-case voicemail transcripts,
 * notebooks (.ipynb JSON) and Python/JS/shell scripts with hard-coded keys, multi-turn chats,
 * translation prompts, LLM-gateway logs and HR prompts; each PII genre has 14–15 texts per language,
 * each negatives-only genre 12–13. Countries (weights within a language): US 35/UK 20/IE 10/CA 12/
 * AU 13/NZ 10, DE 60/AT 20/CH 20, FR 55/BE 20/LU 8/CH 9/QC 8, ES 45/MX 25/CO 15/PE 15, each with its
 * own phone (national and international, varied spacing) and address formats; IBANs of 12 countries
 * (mod-97 valid, compact or grouped), Luhn-valid Visa/Mastercard/Amex/Discover numbers, US SSNs,
 * birth dates in each language's formats, IPv4/IPv6, URLs, e-mails, and secrets (AWS key ids and
 * secret keys, GitHub and Slack tokens, PEM blocks, JWTs, passwords and API keys after = or :).
 * About 25 % of names are syllable-built ('invented'), the rest come from faker's locale lists;
 * forms include "First Last", "Last, First", "LAST First", initials, middle names, particles and
 * double surnames, first names in greetings, sign-offs and @mentions, ALL CAPS and lower case.
 * 18 % of the texts hold hard negatives only (model cards, release notes, eval reports, FAQs,
 * system prompts, reading lists, macro templates); the others carry decoys too: assistant personas,
 * model, software, brand and place names that look like people, versions (some dotted quads),
 * hashes, UUIDs and trace ids, timestamps, prices, dates, ISBNs, order numbers, and Luhn-invalid
 * cards, bad-check-digit IBANs and invalid-area SSNs.
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall by
 * name form and for faker-listed versus invented names), then the 30 most common error patterns
 * over all types with an example each. `--per-type` prints the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout11 } from './pii-heldout11-data.js';

runHeldoutBench('PII held-out 11 (blind)', generateHeldout11, process.argv.slice(2));
