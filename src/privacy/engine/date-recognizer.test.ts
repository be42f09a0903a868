import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { spansOf } from './analyzer-spans.js';

const analyzer = createAnalyzer();

function birthDates(text: string): string[] {
  return analyzer
    .analyze(text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => text.slice(f.start, f.end));
}

describe('findBirthDates', () => {
  it.each([
    ['Patientin Anna Weber, * 14.07.1998, Diagnose folgt', '14.07.1998'],
    ['Patientin Anna Weber, * 14. Jul. 1998, Diagnose folgt', '14. Jul. 1998'],
    ['el denunciante, nacido el 18/may/2007, con domicilio', '18/may/2007'],
    ['Fecha de nacimiento: 11/nov/1942', '11/nov/1942'],
    ['{"id": 7, "date_of_birth": "04-Nov-1985"}', '04-Nov-1985'],
    ['{"fecha_nacimiento": "25 de diciembre de 1991"}', '25 de diciembre de 1991'],
    ['BEGIN:VCARD\nFN:Ana Ruiz\nBDAY:1964-09-01\nEND:VCARD', '1964-09-01'],
    ['Leopold Reitze (* 1891-04-14 in Freiburg, † 1974) heiratete', '1891-04-14'],
    ['Abbuchung am 15.05.2025. GebDat 1994-04-13 verifiziert.', '1994-04-13'],
    ['prélèvement le 07/02/2023. ddn vérifiée 19/02/1984. rappel', '19/02/1984'],
  ])('%s', (text, value) => {
    expect(birthDates(text)).toEqual([value]);
  });

  it.each([
    '* 14.07.1998 release notes published',
    'Rechnung 2 * 14.07.2024',
    'Wartung am 18/may/2025 geplant.',
    '{"rebirthday_promo": "2024-03-01", "coverage": "all"}',
  ])('leaves dates without a birth sign alone: %s', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});

describe('DATE_OF_BIRTH told after the date, or listed after one', () => {
  const births = (text: string): string[] => spansOf(text, 'DATE_OF_BIRTH');

  it('takes a date before a birth verb, perhaps after the hour', () => {
    expect(births('Le 19/02/2015 à 18h30 est née à Liège : Ernestine NOEL')).toEqual([
      '19/02/2015',
    ]);
    expect(births('Le 19/02/2015 à 18h30 est arrivé le colis')).toEqual([]);
  });

  it('takes the next date of a list of birth dates', () => {
    expect(births('Tenant DOB: 23-Sep-1991 / 06/05/1970\nProperty: 4361 Rue')).toEqual([
      '23-Sep-1991',
      '06/05/1970',
    ]);
    expect(births('Delivered 04/05/2023 and 05/05/2023')).toEqual([]);
  });
});
