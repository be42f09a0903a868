import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

describe('findLowerCuedNames: lower-case names a cue leaves no doubt about', () => {
  it('takes the word after a lower-case title, not an office or an article', () => {
    expect(persons('tel. m. fr. buchholz, keine vollmacht')).toEqual(['buchholz']);
    expect(persons('sprecher 1: und sie sind frau malucha richtig')).toEqual(['malucha']);
    expect(persons('la señora de la limpieza viene mañana')).toEqual([]);
    expect(persons('merci madame la directrice pour le suivi')).toEqual([]);
  });

  it('takes the word before a relation in brackets, not a noun after its article', () => {
    expect(persons('spoke w/ reeton (wife of acct holder) - not authd')).toEqual(['reeton']);
    expect(persons('the contract (mother of all deals) was signed')).toEqual([]);
  });

  it('takes two to four lower-case words after a holder label', () => {
    expect(persons('gültig bis 04/27, Inh. sylvia grob. CVV NICHT notieren!')).toEqual([
      'sylvia grob',
    ]);
    expect(persons('cad. 11/26, titular gulodino vutero tazana. NO anotar el CVV')).toEqual([
      'gulodino vutero tazana',
    ]);
    expect(persons('titular de la cuenta.')).toEqual([]);
  });
});
