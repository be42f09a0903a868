import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/privacy/engine/analyzer.js';

const analyzer = createAnalyzer();
const found = (text: string): string[] =>
  analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

// Sentences written for these tests (not from the evaluation data), one behaviour per language.
const CASES: readonly [string, string, readonly string[]][] = [
  [
    'de',
    'Sehr geehrter Herr Jürgen Weiß, Ihre Rechnung wurde an juergen.weiss@beispiel.de gesendet.',
    ['PERSON:Jürgen Weiß', 'EMAIL:juergen.weiss@beispiel.de'],
  ],
  [
    'de',
    'Kontakt: Anna-Lena Hoffmann, Tel. 0171/2345678, geb. am 14.02.1985 in München.',
    ['PERSON:Anna-Lena Hoffmann', 'PHONE:0171/2345678', 'DATE_OF_BIRTH:14.02.1985'],
  ],
  [
    'de',
    'Die Lieferadresse lautet Bahnhofstraße 12a, 80335 München.',
    ['STREET_ADDRESS:Bahnhofstraße 12a, 80335 München'],
  ],
  ['de', 'Kundennummer 100234, Bestellung vom 12.03.2024, Betrag 1.299,00 EUR.', []],
  [
    'fr',
    'Bonjour Mme Chloé Lefèvre, votre numéro de téléphone 01.23.45.67.89 a été mis à jour.',
    ['PERSON:Chloé Lefèvre', 'PHONE:01.23.45.67.89'],
  ],
  [
    'fr',
    'Le client Théo Girard, né le 2 août 1995, habite 14 boulevard Haussmann, 75009 Paris.',
    [
      'PERSON:Théo Girard',
      'DATE_OF_BIRTH:2 août 1995',
      'STREET_ADDRESS:14 boulevard Haussmann, 75009 Paris',
    ],
  ],
  ['fr', 'Facture n° 2024-0193 du 15/01/2024, montant 450,00 €.', []],
  [
    'es',
    'Hola, soy José María Pérez García, mi móvil es +34 612 34 56 78 y mi DNI 12345678Z.',
    ['PERSON:José María Pérez García', 'PHONE:+34 612 34 56 78', 'NATIONAL_ID:12345678Z'],
  ],
  [
    'es',
    'Mi teléfono: 612345678. Mi nombre es Lucía Ramírez y nací el 12 de octubre de 1983.',
    ['PHONE:612345678', 'PERSON:Lucía Ramírez', 'DATE_OF_BIRTH:12 de octubre de 1983'],
  ],
  [
    'es',
    'Envíe la factura a Avenida de la Constitución 21, 41001 Sevilla, a la atención de Javier Moreno.',
    ['STREET_ADDRESS:Avenida de la Constitución 21, 41001 Sevilla', 'PERSON:Javier Moreno'],
  ],
  ['es', 'La reunión con Telefónica es el 3 de mayo; pedido PED-2023-00045 por 1.234,56 €.', []],
  [
    'en',
    "Priya Raghunathan's phone number is 020 7946 0018; she lives at 221B Baker Street, London NW1 6XE.",
    [
      'PERSON:Priya Raghunathan',
      'PHONE:020 7946 0018',
      'STREET_ADDRESS:221B Baker Street, London NW1 6XE',
    ],
  ],
  [
    'en',
    'Meeting with Samsung team on Friday, June 5; release 2.4.1.8 deployed to 10.0.0.12.',
    ['IP_ADDRESS:10.0.0.12'],
  ],
  ['de', 'Die Deutsche Bahn meldet Verspätungen am 3. Mai 2024 zwischen Köln und Berlin.', []],
  ['de', 'Rechnungsnummer RE-2024-0815 über 1.299,00 € ist am 15.06.2024 fällig.', []],
  ['de', 'Passwort: Sommer2024! bitte sofort ändern', ['GENERIC_SECRET:Sommer2024!']],
  ['fr', 'La commande CMD-558812 de 249,90 € sera livrée le 02/05/2024.', []],
  ['fr', 'mot de passe = Azerty123$', ['GENERIC_SECRET:Azerty123$']],
  ['es', 'El Banco Santander abrió una oficina en Valencia en mayo de 2022.', []],
  [
    'es',
    'Don Alejandro Ruiz de la Torre firmó el contrato.',
    ['PERSON:Alejandro Ruiz de la Torre'],
  ],
  ['en', 'See linkedin.com/in/jane-doe-42 for her profile.', ['URL:linkedin.com/in/jane-doe-42']],
  ['en', 'Olusegun Obasanjo paid the invoice yesterday.', ['PERSON:Olusegun Obasanjo']],
  ['en', 'Quarterly Revenue confirmed the trend.', []],
  ['de', 'Kwabena Asante bestellte zwei Artikel.', ['PERSON:Kwabena Asante']],
];

describe('analyzer across languages', () => {
  it.each(CASES)('%s: %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
