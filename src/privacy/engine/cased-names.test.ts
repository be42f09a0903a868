import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

describe('findCapsNames: family name first, in capitals', () => {
  it.each([
    ['Paciente PADRÓN JOSEFINA, fecha de nac. 03/03/1994', 'PADRÓN JOSEFINA'],
    ['Dossier patient : LEMOINE MICHEL, né le 12/09/1965', 'LEMOINE MICHEL'],
    ['Paciente BRÉZIÈRE VOURINE, diagnóstico pendiente', 'BRÉZIÈRE VOURINE'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each([
    'Patient ID: ABC DEF, ward 3',
    'Status: ACTIVE USER, last login today',
    'LEMOINE MICHEL IMMOBILIER a vendu la maison.',
  ])('leaves capitals words without a person label alone: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('findReversedNames: "Family, Given" after a person label', () => {
  it.each([
    ['Asegurado: Zialañeda, Gurencio, DNI pendiente', 'Zialañeda, Gurencio'],
    ['Versicherungsnehmer: Stübichler, Lawald, Geburtsdatum folgt', 'Stübichler, Lawald'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('needs a person label when no list knows the names', () => {
    expect(persons('Betreff: Zialañeda, Gurencio, Stand heute')).toEqual([]);
  });
});
