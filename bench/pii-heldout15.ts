/**
 * `npm run bench -- pii-heldout15 [N] [--per-type]`: a fifteenth, blind held-out check of the
 * privacy engine. The texts (bench/pii-heldout15-data.ts) were written from the developer corpus
 * README's labelling conventions only — without reading the engine's rules, the other held-out
 * generators, the corpus texts, the docs or the commit history — as structured and semi-structured
 * records the way systems export them and people paste them into tickets, prompts and chats: CSV
 * and TSV with snake_case, localised and abbreviated headers ("Nachn.", "Vorn.", "Nom",
 * "Apellido1"), semicolon CSV with decimal commas, fixed-width payroll and bank reports, Markdown
 * and ASCII/psql/mysql result grids, nested JSON, paginated API responses, GraphQL, FHIR, NDJSON
 * and logfmt logs, SOAP, UBL invoices, SEPA pain.001, HL7 v2 (PID/NK1/PV1), YAML, INI, .env,
 * docker-compose, Kubernetes secrets, Terraform state, LDIF and ldapsearch output, vCard, iCal
 * (ATTENDEE;CN=…), SQL INSERTs, mbox headers, HTTP request/response dumps, access logs, syslog,
 * curl commands, git log, school and club rosters, shipping manifests, CRM/HR/IT exports … 500
 * texts each in EN/DE/FR/ES (54 entity templates and 16 hard-negative-only templates per
 * language), national and international phone formats, addresses and IBANs of
 * US/GB/CA/DE/AT/CH/FR/BE/ES/MX, names as separate first/last cells, full names, "Last, First",
 * "LAST First", initials, particles, inside JSON/XML values and attributes, CN= values and e-mail
 * display names; ~25 % invented (syllable-built) names, 18 % texts with hard negatives only
 * (product, company, host, status and tag columns, IPv4-like versions, hashes, UUIDs, timestamps,
 * invalid card/IBAN/SSN look-alikes, non-birth dates).
 *
 * Prints pii-heldout's shared report (P/R/F2 per type overlap and exact, micro and PII/SECRET
 * roll-ups, hard-negative texts flagged and decoys hit by kind, F2 per language, PERSON recall for
 * faker-listed versus invented names), then the most common error patterns. `--per-type` prints
 * the shared per-type lists instead.
 */
import { runHeldoutBench } from './pii-heldout.js';
import { generateHeldout15 } from './pii-heldout15-data.js';

runHeldoutBench('PII held-out 15 (blind)', generateHeldout15, process.argv.slice(2));
