import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { spansOf } from './analyzer-spans.js';
import { findEmbeddedTables } from './embedded-tables.js';

const cellsOf = (text: string): string[][][] =>
  findEmbeddedTables(text).map((t) => t.rows.map((r) => r.map((c) => text.slice(c.start, c.end))));

describe('findEmbeddedTables', () => {
  it('finds a pasted table under a header that names personal data, with any delimiter', () => {
    const text = 'Please add:\n\nname;email\nJane Doe;jane@x.org\nTom Lee ; tom@y.org\n\nThanks';
    expect(findEmbeddedTables(text).map((t) => t.header)).toEqual([['name', 'email']]);
    expect(cellsOf(text)).toEqual([
      [
        ['Jane Doe', 'jane@x.org'],
        ['Tom Lee', 'tom@y.org'],
      ],
    ]);
    expect(cellsOf('Nom\tTéléphone\r\nDupont\t06 12 34 56 78')).toEqual([
      [['Dupont', '06 12 34 56 78']],
    ]);
  });

  it('keeps quoted fields whole and leaves their quotes out', () => {
    const text = 'id,last_name,address\n7,Keller,"12 Rue de la Paix, 75002 Paris"';
    expect(cellsOf(text)).toEqual([[['7', 'Keller', '12 Rue de la Paix, 75002 Paris']]]);
  });

  it('ends the table at a blank line or a row with another field count', () => {
    const text = 'name,email\nJane Doe,jane@x.org\nsee you soon, Tom, and thanks\nLee,lee@x.org';
    expect(cellsOf(text)).toEqual([[['Jane Doe', 'jane@x.org']]]);
  });

  it('does not read prose, or a header of things rather than people, as a table', () => {
    expect(findEmbeddedTables('Hi Anna, thanks\nBye, Tom')).toEqual([]);
    expect(findEmbeddedTables('colour;price;sku\nred;9.99;AB-1')).toEqual([]);
    expect(findEmbeddedTables('name;email')).toEqual([]); // a header alone
    expect(findEmbeddedTables('one line, no table')).toEqual([]);
  });

  it('reads a table of products, so that its cells are not taken for people', () => {
    const tables = findEmbeddedTables('product;price;sku\nWidget;9.99;AB-1');
    expect(tables.map((t) => t.header)).toEqual([['product', 'price', 'sku']]);
  });
});

describe('analyzer on pasted tables', () => {
  const analyzer = createAnalyzer();
  const found = (text: string): [string, string][] =>
    analyzer.analyze(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it('reads each cell with its column header as context', () => {
    const text =
      'id,last_name,first_name,birth_date\n48213,Keller,Francette,12/03/1987\n99120,Zörükötter,Brötrud,1990-05-04';
    expect(found(text)).toEqual([
      ['PERSON', 'Keller'],
      ['PERSON', 'Francette'],
      ['DATE_OF_BIRTH', '12/03/1987'],
      ['PERSON', 'Zörükötter'],
      ['PERSON', 'Brötrud'],
      ['DATE_OF_BIRTH', '1990-05-04'],
    ]);
  });

  it('counts a name-shaped cell as a name only in a column of names', () => {
    const names = 'name;email\nJane Doe;jane@x.org\nZörükötter Brötrud;zb@y.de';
    expect(found(names)).toContainEqual(['PERSON', 'Zörükötter Brötrud']);
    // A loose "name" beside contact columns holds people; a "product" column does not.
    const products =
      'product;email;phone\nSteel Bracket;sales@x.org;0171 2345678\nOak Table;sales@x.org;0171 2345679';
    expect(found(products).filter(([type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('analyzer on pasted tables with name headers', () => {
  const analyzer = createAnalyzer();
  it('takes every name-shaped cell under a header that can only hold names', () => {
    const text =
      'id,last_name,first_name\n45526,Elivmann,Vydor\n86395,de Altenwerth,Edmund\n11,Qurzabek,Tolvin';
    expect(
      analyzer
        .analyze(text)
        .filter((f) => f.type === 'PERSON')
        .map((f) => text.slice(f.start, f.end)),
    ).toEqual(['Elivmann', 'Vydor', 'de Altenwerth', 'Edmund', 'Qurzabek', 'Tolvin']);
  });
});

describe('markdown and space-aligned tables', () => {
  const analyzer = createAnalyzer();
  const found = (text: string): [string, string][] =>
    analyzer.analyze(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it('reads a markdown table: outer pipes and the rule under the header are not cells', () => {
    const text =
      'Members\n\n| Member | Born | Phone | Team |\n|---|:---:|---|---|\n| Ann Lee | 1 May 1990 | 555 | A |';
    expect(findEmbeddedTables(text).map((t) => t.header)).toEqual([
      ['Member', 'Born', 'Phone', 'Team'],
    ]);
    expect(cellsOf(text)).toEqual([[['Ann Lee', '1 May 1990', '555', 'A']]]);
  });

  it('reads columns lined up with spaces, as a terminal prints them', () => {
    const text =
      'Export:\nName            Geburtsdatum   Telefon\nAnna Schmidt    01.02.1990     0171 2345678\nQorl Vettarin   12.03.1987     030 1234567\n';
    expect(cellsOf(text)).toEqual([
      [
        ['Anna Schmidt', '01.02.1990', '0171 2345678'],
        ['Qorl Vettarin', '12.03.1987', '030 1234567'],
      ],
    ]);
    expect(found(text).slice(3)).toEqual([
      ['PERSON', 'Qorl Vettarin'],
      ['DATE_OF_BIRTH', '12.03.1987'],
      ['PHONE', '030 1234567'],
    ]);
  });

  it('never reports a word of the header line as a value', () => {
    const text =
      'Name              Geburtsdatum   Telefon\nAnna Schmidt      12.03.1987     0171 2345678';
    expect(found(text).map(([, v]) => v)).not.toContain('Geburtsdatum');
  });

  it('takes a column of name-shaped cells, one of them a known name, as names', () => {
    const text =
      '| Licencié(e) | Date de naissance | Téléphone | Équipe |\n|---|---|---|---|\n| Zusteez, Quiroea | 06/07/2003 | 06 12 34 56 78 | Vétérans |\n| Marie Dupont | 10/04/1963 | 06 12 34 56 79 | Seniors |\n| Vorl T. Brandeaux | 01/02/1990 | 06 12 34 56 70 | U13 |';
    expect(found(text).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'Zusteez, Quiroea'],
      ['PERSON', 'Marie Dupont'],
      ['PERSON', 'Vorl T. Brandeaux'],
    ]);
  });

  it('leaves a column of place names under a header of another kind alone', () => {
    const text = 'City;Phone;Email\nParis;0612345678;a@b.fr\nFlorence;0612345679;c@d.fr';
    expect(found(text).filter(([type]) => type === 'PERSON')).toEqual([]);
    expect(findEmbeddedTables('Thanks.  See you  soon, Anna')).toEqual([]);
  });
});

describe('pasted tables with a loose name header', () => {
  it('reads "nom" beside "prenom" as the family name column', () => {
    const text = 'id;nom;prenom;email\n43435;Skiles;Deborah;d@x.be\n43436;Zorbat;Ann;z@x.be';
    const names = createAnalyzer()
      .analyze(text)
      .filter((f) => f.type === 'PERSON')
      .map((f) => text.slice(f.start, f.end));
    expect(names).toEqual(['Skiles', 'Deborah', 'Zorbat', 'Ann']);
  });
});

describe('pasted tables: headers that name people, cells that speak for themselves', () => {
  const analyzer = createAnalyzer();
  const ofType = (text: string, type: string): string[] =>
    analyzer
      .analyze(text)
      .filter((f) => f.type === type)
      .map((f) => text.slice(f.start, f.end));

  it('reads a column headed by a role (guest, companion) as names', () => {
    const text = 'Tisch;Gast;Begleitung;Hinweis\n5;Droza Obaeu;René;\n7;ELUMDOOGLU Draka;;vegan';
    expect(ofType(text, 'PERSON')).toEqual(['Droza Obaeu', 'René', 'ELUMDOOGLU Draka']);
  });

  it('takes names typed in lower case under a name header of a contact table', () => {
    const text =
      'phone\tname\topted_out_at\n+44 117 652 5922\tjesriis lemann\t2024-09-01\n+44 117 652 5923\tKyan Hennezel\t2024-09-02';
    expect(ofType(text, 'PERSON')).toEqual(['jesriis lemann', 'Kyan Hennezel']);
  });

  it('reads dotted quads under a firmware column as versions', () => {
    const text =
      'Device          Firmware        Checked\ncore-sw-01      6.1.82.81       2025-08-15\nnas-backup      16.5.68.46      2025-08-16';
    expect(ofType(text, 'IP_ADDRESS')).toEqual([]);
  });
});

describe('pasted tables: a phone column named msisdn', () => {
  it('reads "msisdn" as a phone header', () => {
    const text = 'msisdn\tname\topted_out_at\n+33 5 26 91 54 72\tkaldaan naoglu\t1728414833';
    expect(findEmbeddedTables(text).map((t) => t.header)).toEqual([
      ['msisdn', 'name', 'opted_out_at'],
    ]);
  });
});

describe('pasted tables numbered by a "#" column', () => {
  it('accepts "#" as a header field', () => {
    const text =
      'Kader\n# | Spielerin | Geb. | Tel. Eltern\n11 | Thúy Vy Đặng | 25.11.2014 | 0176-7620648';
    expect(findEmbeddedTables(text).map((t) => t.header)).toEqual([
      ['#', 'Spielerin', 'Geb.', 'Tel. Eltern'],
    ]);
  });
});

describe('pasted tables with short rows and dotted headers', () => {
  it('keeps rows whose last cells are empty, as exports trim them', () => {
    const text =
      'full_name\tdate_of_birth\temail\tphone\n' +
      'Halwyn Quenlock\t19/10/1947\thalwyn79@example.com\t\n' +
      'Melcombe, Fenrick\t7 Apr 1983\tf.melcombe@example.com\n';
    expect(spansOf(text, 'DATE_OF_BIRTH')).toEqual(['19/10/1947', '7 Apr 1983']);
  });

  it('reads an aligned header with a reversed-name field and an abbreviated birth date', () => {
    const text =
      'N.º  APELLIDOS, NOMBRE        LOCALIZADOR  F. NAC.      CONTACTO\n' +
      '01   GRACIELA ARMIJO AMADOR   QW9UYQ       19-05-2007   749 322 946\n' +
      '02   LEBRÓN DELAO, LAURA      8N3V8A       16-09-1991\n';
    expect(spansOf(text, 'DATE_OF_BIRTH')).toEqual(['19-05-2007', '16-09-1991']);
    expect(spansOf(text, 'PERSON')).toEqual(['GRACIELA ARMIJO AMADOR', 'LEBRÓN DELAO, LAURA']);
  });

  it('does not take a short prose line after a comma-separated table as a row', () => {
    expect(findEmbeddedTables('name,email,phone\nAnna,a@x.de,123\nHi Anna, thanks')).toEqual([
      expect.objectContaining({ rows: [expect.anything()] }),
    ]);
  });
});

describe('findEmbeddedTables: abbreviated headers', () => {
  it('reads a table whose header has three columns of personal data among codes', () => {
    const text =
      'EmpID,LName,FName,DOB,Str.,ZIP,City,Tel.\nE48599,Oberbrunner,Chris,26/06/1978,57 Station Close,M14 8PQ,Manchester,020 8640 6760';
    expect(spansOf(text, 'DATE_OF_BIRTH')).toEqual(['26/06/1978']);
    expect(spansOf(text, 'PHONE')).toEqual(['020 8640 6760']);
    expect(spansOf(text, 'PERSON')).toEqual(['Oberbrunner', 'Chris']);
  });
});
