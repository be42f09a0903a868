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

describe('noisy text: speech transcripts, SMS, chats and bookings', () => {
  it('takes a known given name after an introduction even when the words run on', () => {
    expect(persons('oye raúl soy laura ehh llámame al rato')).toEqual(['raúl', 'laura']);
    expect(persons('jo karlo hier is bernhard äh ruf mich mal zurück')).toEqual([
      'karlo',
      'bernhard',
    ]);
    expect(persons('hey its hayley new number btw')).toEqual(['hayley']);
    expect(persons('hey ich bins benja, hab ne neue nummer')).toEqual(['benja']);
    expect(persons('its fine now, this is great')).toEqual([]);
  });

  it('reads "[10pm]", "[19h00]" and "[6:15h]" as chat time stamps', () => {
    expect(persons('[19h00] laia: voilà le token pour la préprod\n[19h02] marc: merci')).toEqual([
      'laia',
      'marc',
    ]);
    expect(persons('[6:15h] victoria: gracias')).toEqual(['victoria']);
  });

  it('takes FAMILY/GIVEN before a booking title, not an acronym pair', () => {
    expect(persons('NM1WILLIAMSON/TATYANA MRS\nSSR WCHR YY HK1')).toEqual(['WILLIAMSON/TATYANA']);
    expect(persons('1.CORDOVA AMADOR/ANDRES MR 2.MONDRAGON/SOFIA MRS')).toEqual([
      'CORDOVA AMADOR/ANDRES',
      'MONDRAGON/SOFIA',
    ]);
    expect(persons('TCP/IP DR stack')).toEqual([]);
  });
});

describe('noisy text: greetings after a bracket, emoji and slang', () => {
  it('takes a lower-case given name after "] jo", before an emoji and after "qué onda"', () => {
    expect(persons('[Sprachnachricht] jo karlo ruf mich mal zurück')).toEqual(['karlo']);
    expect(persons('hey its hayley 😊 new number btw')).toEqual(['hayley']);
    expect(persons('qué onda rosario, ahí te va mi número')).toEqual(['rosario']);
  });
});
