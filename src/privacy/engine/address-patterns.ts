/*
 * The pieces of the street-address patterns shared by every language (blanks, city names, postal
 * tails of Europe and the Americas) and the English (US, UK, IE, AU, IN) street patterns. The
 * recogniser (address-recognizer.ts) runs them; nothing here runs on its own.
 */
import {
  alternation,
  EN_CORE_SUFFIXES,
  EN_UNITS,
  EN_WEAK_SUFFIXES,
  US_STATE_NAMES,
  US_STATES,
} from './street-types.js';

// Every quantifier below is bounded: the recogniser runs on every table cell that has a digit, a
// capital and two spaces, so no pattern may backtrack more than a few steps per position.

/** A capitalised word: "Oak", "O'Hara", "St.", "Keeling-upon-Dach". */
const CAP = String.raw`[\p{Lu}][\p{L}'’.-]{0,40}`;
/** Blanks inside one line (a street line never wraps inside itself). */
export const SP = String.raw`[ \t\u00a0]{1,3}`;
/** Up to three blanks, or none ("#3", "Apt3", "SW1A1AA"). */
export const SPO = String.raw`[ \t\u00a0]{0,3}`;

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Each word as written, capitalised, lower-case and upper-case ("rue", "Rue", "RUE"). */
export const bothCases = (words: readonly string[]): string[] =>
  words.flatMap((w) => [w, capitalise(w), w.toLowerCase(), w.toUpperCase()]);

// ---- City names after a postal code: "Berlin", "Brandenburg an der Havel", "Halle (Saale)",
// "San Sebastián de los Reyes", "Issy-les-Moulineaux", "Paris Cedex 08".
const CITY_PARTICLE = String.raw`(?:(?:am|an der|an|im|ob der|vor der|bei|a\. ?d\.|de|del|de la|de las|de los|la|el|sur|sous|en|lès|les|le|du|des)${SP})`;
/** Capitalised words that follow a city but are not part of it. */
const CITY_STOP =
  'Tel|Tél|Telefon|Teléfono|Tfno|Fax|Mobil|Handy|Phone|Mobile|Email|E-Mail|Mail|Ansprechpartner|' +
  'Deutschland|Germany|Allemagne|Alemania|France|Frankreich|Francia|España|Spain|Spanien|Espagne|' +
  'Österreich|Austria|Schweiz|Suisse|Switzerland|Suiza|Belgique|Belgien|Bélgica|Luxembourg|' +
  'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Ende|Anfang|Cedex|CEDEX|' +
  // counted things: "Kapitel 3, 12000 Wörter" is no address
  'Euro|Euros|EUR|USD|Dollar|Stück|Wörter|Worte|Zeichen|Seiten|Punkte|Nutzer|Kunden|Mitarbeiter|' +
  'Einwohner|Besucher|Teilnehmer|Personen|Menschen|Fälle|Einträge|Dateien|Zeilen|Exemplare|Mal|' +
  'Meter|Kilometer|Jahre|Tage|Stunden|Minuten|Sekunden|Downloads|Aufrufe|Pesos|Libras|Unidades';
/** A word of a place name; a dot only in "St.", "Mt." (a full stop ends the address). */
const PLACE_WORD = String.raw`(?:(?:St|Ste|Mt|Ft|Pt)\.|[\p{Lu}][\p{L}'’-]{0,40})`;
// Words of one city stand one blank apart ("Klagenfurt   Einzugsdatum" is a city, then a
// label); a bracket holds a region, not a role ("Halle (Saale)", not "Basel (Vermieter)").
const CITY_SP = String.raw`[ \u00a0]`;
const CITY_ROLE =
  'Vermieter|Vermieterin|Mieter|Mieterin|Kläger|Klägerin|Beklagter|Beklagte|Käufer|Käuferin|Verkäufer|Verkäuferin|Tenant|Landlord|Buyer|Seller|Bailleur|Locataire|Acquéreur|Vendeur|Arrendador|Arrendatario|Arrendataria|Comprador|Vendedor|Demandante|Demandado|Demandeur|Défendeur|Privat|Büro|Office|Home|Work';
export const CITY =
  String.raw`(?!(?:${CITY_STOP})(?![\p{L}]))${PLACE_WORD}` +
  String.raw`(?:${CITY_SP}${CITY_PARTICLE}{0,1}(?!(?:${CITY_STOP})(?![\p{L}]))${PLACE_WORD}){0,4}` +
  String.raw`(?:${CITY_SP}\((?!(?:${CITY_ROLE})\b)[\p{L} .'’-]{2,30}\))?(?:${SP}(?:Cedex|CEDEX)(?:${SP}\d{1,2})?)?`;
/**
 * ", 10115 Berlin": a postal code and the city (DE, FR, ES: five digits; after a named street also
 * the four-digit codes of Austria, Switzerland, Belgium and Luxembourg).
 */
const EU_TAIL = String.raw`(?<tail>,?\s{1,3}(?:(?:[DFEAB]|CH|L)-)?\d{4,5}${SP}${CITY})`;
/** The same, tried only where a street line ends (sticky): the street patterns stay small. */
export const EU_TAIL_AT = new RegExp(EU_TAIL, 'uy');

// ---- Canada and Mexico, after a street line of any language.
const PLACE_SEQ = String.raw`${PLACE_WORD}(?:[ -](?:(?:de|du|des|la|le|sur|sous|en|del|los|las)[ -])?${PLACE_WORD}){0,3}`;
const CA_PROVINCE =
  'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Québec|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|' +
  'Nova Scotia|Nouvelle-Écosse|New Brunswick|Nouveau-Brunswick|British Columbia|' +
  'Colombie-Britannique|Prince Edward Island|Île-du-Prince-Édouard|Yukon|Nunavut';
/** ", Montréal (QC) H3O 4L9", ", Calgary, AB T2P 1J9", ", Halifax NS B3H 1A1". */
const CA_TAIL = String.raw`,?\s{1,3}${PLACE_SEQ}(?:,\s{0,3}|\s{1,3})\(?(?:${CA_PROVINCE})\)?\s{1,3}[A-Z]\d[A-Z][ -]?\d[A-Z]\d(?![\w])`;
/** ", Col. Centro, 11531 Monterrey, N.L." (an interior number, the colonia, CP and city, state;
 * the colonia may start the next line, the code may follow "C.P."). */
const MX_STATE = String.raw`(?:,\s{1,3}(?:CDMX|[A-Z][a-zA-Z]{0,4}\.(?:\s?[A-Z][a-zA-Z]{0,4}\.)?|\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{2,})?)(?![\p{L}]))`;
const MX_TAIL = String.raw`(?:,?\s{1,3}(?:Int\.|Interior|Depto\.?|Dpto\.?)\s{0,2}[\w-]{1,6})?(?:,\s{1,3}|[ \t]{0,3}\n[ \t]{0,3})Col\.\s{1,3}${PLACE_SEQ},\s{1,3}(?:C\.\s?P\.\s{0,2})?\d{5}\s{1,3}${CITY}${MX_STATE}?`;
// Argentina's CPA ("S2000LYJ Rosario, Santa Fe") and Colombia's six digits (", 760032 Cali").
const AR_TAIL = String.raw`,?\s{1,3}[A-Z]\d{4}[A-Z]{3}${SP}${CITY}(?:,${SP}${PLACE_SEQ})?`;
const CO_TAIL = String.raw`,\s{1,3}\d{6}${SP}${CITY}(?:,${SP}${PLACE_SEQ})?`;
export const AMERICAS_TAIL_AT = new RegExp(
  String.raw`(?:${CA_TAIL}|${MX_TAIL}|${AR_TAIL}|${CO_TAIL})`,
  'uy',
);
/** A Mexican state after a postal code and city: ", 14999 Ciudad de México, CDMX". */
export const MX_STATE_AT = new RegExp(
  String.raw`,\s{1,3}(?!(?:Tel|Tél|Fax|Tfno|Mob|Mobil|Tlf)\.)(?:(?:Ags|BCS|Camp|Chis|Chih|Coah|Dgo|Gto|Gro|Hgo|Jal|Edomex|Mich|Mor|Nay|Oax|Pue|Qro|Q\.? ?Roo|SLP|Sin|Son|Tab|Tamps|Tlax|Ver|Yuc|Zac)(?![\p{L}.])|CDMX|[A-Z][a-zA-Z]{0,4}\.(?:\s?[A-Z][a-zA-Z]{0,4}\.)?)(?![\p{L}])`,
  'uy',
);

// ---- English (US and UK).
const EN_SUFFIX = alternation([...EN_CORE_SUFFIXES, ...EN_WEAK_SUFFIXES]);
export const EN_CORE = new Set(EN_CORE_SUFFIXES);
// A digit first, then the look-behind: the engine skips to digits quickly, a look-behind first
// would be tried at every position.
const EN_NUMBER = String.raw`\d(?<![\w.\/-]\d)\d{0,5}[A-Za-z]?(?:[-/]\d{1,6}[A-Za-z]?)?`;
const EN_DIR = String.raw`(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.?`;
const EN_WORD = String.raw`(?:${CAP}|\d{1,3}(?:st|nd|rd|th))`;
const EN_UNIT = String.raw`(?<unit>(?:,?${SP}(?:(?:${alternation(EN_UNITS)})\.?${SPO}#?|#${SPO})(?:\d{1,6}(?:-?[A-Za-z0-9]{1,3})?|[A-Za-z]\d{0,4})(?![\w'’-])){1,2})?`;
const US_STATE = alternation([...US_STATES, ...US_STATE_NAMES]);
const US_TAIL = String.raw`(?:,\s{0,3}|${SP})(?:${US_STATE})(?:,?${SP}\d{5}(?:-\d{4})?)?(?![\w])`;
/** UK postcode; the inward part also in the "82N" shape some generators produce. */
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?${SPO}(?:\d[A-Z]{2}|\d{2}[A-Z])(?![\w])`;
/** "New Ivanworth", "Fond du Lac", "Stratford upon Avon", "St. Blick Bridge". */
const EN_CITY_PARTICLE = alternation([
  'du',
  'de',
  'des',
  'la',
  'le',
  'of',
  'on',
  'upon',
  'under',
  'over',
  'by',
  'the',
  'in',
  'and',
]);
const EN_CITY = String.raw`${PLACE_WORD}(?:[ -](?:(?:${EN_CITY_PARTICLE})[ -])?${PLACE_WORD}){0,3}(?:${SP}\([\p{L} .'’-]{2,30}\))?`;
/** ", Salem, OR 97301" or ", Hyatt Park, Surrey TF30 82N" (town, county, postcode). */
/** Irish Eircode: routing key and unique identifier ("A92 C90X", "D6W 1234"). */
const EIRCODE = String.raw`(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])`;
/** ", Drogheda, Co. Louth, A92 C90X", ", Galway, Co. Galway, H91 D4ED". */
const IE_TAIL = String.raw`${EN_CITY}(?:,\s{1,3}(?:Co\.|County)\s{1,3}${PLACE_WORD})?,?\s{1,3}${EIRCODE}`;
/** ", Surry Hills NSW 2010". */
const AU_TAIL = String.raw`${EN_CITY},?\s{1,3}(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s{1,3}\d{4}(?![\w])`;
/** ", Indiranagar, Bengaluru, Karnataka 560038": locality, city, state, six-digit PIN. */
const IN_STATE = alternation([
  'Andhra Pradesh',
  'Arunachal Pradesh',
  'Assam',
  'Bihar',
  'Chhattisgarh',
  'Goa',
  'Gujarat',
  'Haryana',
  'Himachal Pradesh',
  'Jharkhand',
  'Karnataka',
  'Kerala',
  'Madhya Pradesh',
  'Maharashtra',
  'Manipur',
  'Meghalaya',
  'Mizoram',
  'Nagaland',
  'Odisha',
  'Punjab',
  'Rajasthan',
  'Sikkim',
  'Tamil Nadu',
  'Telangana',
  'Tripura',
  'Uttar Pradesh',
  'Uttarakhand',
  'West Bengal',
  'Delhi',
  'New Delhi',
]);
const IN_TAIL = String.raw`(?:${EN_CITY},\s{1,3}){1,3}(?:${IN_STATE})(?:\s{1,3}|\s?-\s?)\d{6}(?![\w])`;
// Australia first: its "WA 6160" would otherwise end early as the US state WA.
const EN_TAIL = String.raw`(?<tail>,?\s{1,3}(?:${AU_TAIL}|${EN_CITY}(?:${US_TAIL}|,?\s{1,3}(?:${EN_CITY},?\s{1,3})?${UK_POSTCODE})|${IE_TAIL}|${IN_TAIL}|${UK_POSTCODE}))`;
export const EN_TAIL_AT = new RegExp(EN_TAIL, 'uy');

/** "594 Wiley Knolls", "90361 Eduardo Hills Suite 114, New Ivanworth, OR 46117". */
export const EN_RE = new RegExp(
  String.raw`${EN_NUMBER},?${SP}(?:${EN_DIR}${SP})?(?:${EN_WORD}${SP}){1,4}(?<sfx>${EN_SUFFIX})\.?(?![\p{L}\d'’-])` +
    String.raw`(?:${SP}${EN_DIR}(?![\p{L}]))?${EN_UNIT}`,
  'gu',
);

/** A street without a known suffix is an address only before a city and ZIP or postcode. */
const EN_NOT_STREET = String.raw`(?!(?:USD|EUR|GBP|CHF|CAD|AUD|Dollars?|Euros?|Pounds?|Items?|Units?|Pieces?|Pcs|Orders?|Users?|Customers?|People|Persons|Employees|Days|Weeks|Months|Years|Hours|Minutes|Times|Copies|Tickets|Seats|Rooms|Floors|Pages|Steps)(?![\p{L}]))`;
export const EN_TAIL_RE = new RegExp(
  String.raw`${EN_NUMBER}${SP}${EN_NOT_STREET}(?:${EN_DIR}${SP})?(?:${EN_WORD}${SP}){0,3}${EN_WORD}(?:${SP}${EN_DIR}(?![\p{L}]))?${EN_UNIT}${EN_TAIL}`,
  'gu',
);
