import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer();
const persons = (text: string): string[] =>
  analyzer
    .analyze(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('findLabelledNames: one name per form field', () => {
  it('takes the value of a name field whatever its case, known to a list or not', () => {
    expect(
      persons('PROCÈS-VERBAL n° 12\nNom : YOVERBERG\nPrénom(s) : Coro\nNé(e) le : 1991'),
    ).toEqual(['YOVERBERG', 'Coro']);
    expect(persons('REPORT\nSurname: DACH-HARVEY\nGiven name(s): Monserrate\n')).toEqual([
      'DACH-HARVEY',
      'Monserrate',
    ]);
  });

  it('takes people named by their role or relation in a record, up to a separator', () => {
    expect(persons('Ticket 44\nDemandeur : Islielle Kataez-Sazoard — i@bluewin.ch')).toEqual([
      'Islielle Kataez-Sazoard',
    ]);
    expect(persons('Status: offen\nBearbeiter: Julius')).toEqual(['Julius']);
    expect(persons('Naissance : 1906\nEnfant : Marylou.')).toEqual(['Marylou']);
  });

  it('leaves values that are no names alone', () => {
    expect(persons('Owner: Finance Team\nContact: Support')).toEqual([]);
    expect(persons('Client : ACME SARL')).toEqual([]);
    expect(persons('File\nName: Quarterly Report\nSize: 2 MB')).toEqual([]);
    expect(persons('Vorname: Erika\nName: Zorbulat')).toEqual(['Erika', 'Zorbulat']);
  });
});
