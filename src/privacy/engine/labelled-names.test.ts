import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { persons } from './analyzer-spans.js';

const analyzer = createAnalyzer();

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

describe('names the text around them introduces', () => {
  it('takes the display name of an e-mail address', () => {
    expect(
      persons('Le 21 juillet 2023 à 09:55, Tao de la Vauverwick <tdv@orange.fr> a écrit :'),
    ).toEqual(['Tao de la Vauverwick']);
    expect(persons('From: "Keller, Anna" <anna@x.de>')).toEqual(['Keller, Anna']);
    expect(persons('From: Support Team <support@x.com>')).toEqual([]);
  });

  it('keeps particles and a family name after one word introduced as a person', () => {
    expect(persons('1980) heiratete Taelle van Elsteard, geb. 1895.')).toEqual([
      'Taelle van Elsteard',
    ]);
    expect(persons('Hallo Kai von der Buchhaltung')).toEqual(['Kai']);
  });

  it('takes a family name after a judge, an inspector or a technician', () => {
    expect(persons('Vors. Richterin Harting hat Termin bestimmt.')).toEqual(['Harting']);
    expect(persons('Audience fixée devant le président Wolff.')).toEqual(['Wolff']);
  });

  it('does not read the From of a French or Spanish mail header as a name', () => {
    expect(persons('De : Candide Lucas\nObjet : accès SSH')).toEqual(['Candide Lucas']);
  });

  it('needs capitals for the family name, not an acronym, after a loose label', () => {
    const reasons = analyzer.analyze('Plugin\nName: Quick JSON\nVersion: 2').map((f) => f.reason);
    expect(reasons).not.toContain('value of a form field that holds a name');
    expect(persons('Dossier\nName: KELLER Anna\nVersion: 2')).toEqual(['KELLER Anna']);
  });
});

describe('names in logs, chats and results tables', () => {
  it('takes a quoted name after a key that holds one', () => {
    expect(persons('1731532516  badge=11441  holder="zu Stalder, Elisabeth"  door=S-07')).toEqual([
      'zu Stalder, Elisabeth',
    ]);
  });

  it('leaves lower-case configuration keys alone', () => {
    expect(persons('apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments')).toEqual([]);
  });

  it('ends a form value at the first lower-case word', () => {
    expect(persons('Remis par: S. Bonlaberg le 2025-07-08')).toEqual(['S. Bonlaberg']);
    expect(persons('RECHNUNG\nGast:   Pöche, Jack\nAdresse: x')).toEqual(['Pöche, Jack']);
  });

  it('takes the authors of copied chat messages', () => {
    expect(
      persons('#plattform\nNediel Roberg  09:12\nDer Build bricht ab\nthaka  09:14\nich schau'),
    ).toEqual(['Nediel Roberg', 'thaka']);
    expect(persons('#deploys\nmason toy  10:02\nanyone know why')).toEqual([]);
    expect(persons('Total  12:30\nnext')).toEqual([]);
  });

  it('reads a table headed by an athlete or speaker column', () => {
    expect(
      persons(
        'Rang;Athlète;Club;Temps\n1;Hồ, Lệ;LG Wien;42:27\n2;Bremhais Hechoov;CA Ourense;43:10',
      ),
    ).toEqual(['Hồ, Lệ', 'Bremhais Hechoov']);
  });
});

describe('numbered form fields', () => {
  it('reads "Familienname(n):" after a field number', () => {
    expect(persons('VISUMANTRAG\n1. Familienname(n): MICHEL\n2. Vorname(n): DENNY')).toEqual([
      'MICHEL',
      'DENNY',
    ]);
  });
});

describe('names under quoted keys, signed with a dash, listed under bullets', () => {
  it('reads quoted JSON keys of name fields, without the closing quote of a value', () => {
    expect(persons('{\n  "firstName": "Maria",\n  "lastName": "Wojtkowiak"\n}')).toEqual([
      'Maria',
      'Wojtkowiak',
    ]);
    expect(persons("const user = {\n  firstName: 'Matteo',\n  lastName: 'Zorbulat'\n}")).toEqual([
      'Matteo',
      'Zorbulat',
    ]);
  });

  it('takes a name signing a note after a dash', () => {
    expect(persons('Uses the old plan. Next step: demo. — S. Tretola')).toEqual(['S. Tretola']);
    expect(persons('Price 12 € — Total')).toEqual([]);
  });

  it('takes one person per bullet under a list label, not other bullets', () => {
    expect(
      persons(
        'Attendees:\n- Nokirran Durouley – https://x.io/in/nd\n- Misen R. Neviodorot (CFO)\n- Budget review',
      ),
    ).toEqual(['Nokirran Durouley', 'Misen R. Neviodorot']);
    expect(persons('Changes:\n- Fixed the parser\n- Added Docker support')).toEqual([]);
  });
});

describe('findLabelledNames: lower-case values', () => {
  it('takes a name typed in lower case on a form, not a setting named in YAML', () => {
    expect(persons('PATIENT INTAKE (handwritten)\nname: skyla huel\nd.o.b.: july 1, 1986')).toEqual(
      ['skyla huel'],
    );
    expect(
      persons(
        "fiche d'inscription\nnom : veraline tétier\nnée le : 13/11/1960\nadresse : 19 rue Haute",
      ),
    ).toEqual(['veraline tétier']);
    expect(persons('metadata:\n  name: athena-config\n  uid: 06c1147a')).toEqual([]);
    expect(persons('jobs:\n  - name: build and test\n    runs-on: ubuntu')).toEqual([]);
    expect(
      persons('services:\n  api:\n    name: orders gateway\n    image: nginx\n    port: 80'),
    ).toEqual([]);
  });
});
