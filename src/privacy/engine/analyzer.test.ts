import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';

const analyzer = createAnalyzer();

/** The findings of `text` as [type, value] pairs, for whole-value comparisons. */
function found(text: string, hint?: string): [string, string][] {
  return analyzer.analyze(text, hint).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('createAnalyzer', () => {
  it('finds contact data, a card and an IP in an English sentence', () => {
    expect(
      found(
        'Jane Miller (jane.miller+ops@example.org, +1 415 555 2671) paid with 4111-1111-1111-1111 from 203.0.113.9.',
      ),
    ).toEqual([
      ['PERSON', 'Jane Miller'],
      ['EMAIL', 'jane.miller+ops@example.org'],
      ['PHONE', '+1 415 555 2671'],
      ['CREDIT_CARD', '4111-1111-1111-1111'],
      ['IP_ADDRESS', '203.0.113.9'],
    ]);
  });

  it('reads German labels: Geburtsdatum, Telefon, IBAN and a street line', () => {
    expect(
      found(
        'Frau Sabine Krüger, Geburtsdatum 04.03.1987, Telefon 030 12345678, IBAN DE89 3704 0044 0532 0130 00, wohnt in der Hauptstraße 5, 10115 Berlin.',
      ),
    ).toEqual([
      ['PERSON', 'Sabine Krüger'],
      ['DATE_OF_BIRTH', '04.03.1987'],
      ['PHONE', '030 12345678'],
      ['IBAN', 'DE89 3704 0044 0532 0130 00'],
      ['STREET_ADDRESS', 'Hauptstraße 5, 10115 Berlin'],
    ]);
  });

  it('reads French labels: né le, téléphone, and a rue address', () => {
    expect(
      found(
        'M. Julien Moreau, né le 12 mars 1979, téléphone 06 12 34 56 78, habite 18 rue de la Paix, 75002 Paris.',
      ),
    ).toEqual([
      ['PERSON', 'Julien Moreau'],
      ['DATE_OF_BIRTH', '12 mars 1979'],
      ['PHONE', '06 12 34 56 78'],
      ['STREET_ADDRESS', '18 rue de la Paix, 75002 Paris'],
    ]);
  });

  it('reads Spanish labels: fecha de nacimiento, correo, DNI and a calle address', () => {
    expect(
      found(
        'Sra. Lucía Fernández, fecha de nacimiento 3 de mayo de 1990, correo lucia.fernandez@correo.es, DNI 12345678Z, vive en Calle Mayor 5, 28013 Madrid.',
      ),
    ).toEqual([
      ['PERSON', 'Lucía Fernández'],
      ['DATE_OF_BIRTH', '3 de mayo de 1990'],
      ['EMAIL', 'lucia.fernandez@correo.es'],
      ['NATIONAL_ID', '12345678Z'],
      ['STREET_ADDRESS', 'Calle Mayor 5, 28013 Madrid'],
    ]);
  });

  it('finds credentials by shape and by assignment', () => {
    const text =
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\npassword: "Tr0ub4dor&3x"\ntoken ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    expect(found(text)).toEqual([
      ['AWS_ACCESS_KEY', 'AKIAIOSFODNN7EXAMPLE'],
      ['GENERIC_SECRET', 'Tr0ub4dor&3x'],
      ['GITHUB_TOKEN', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ]);
  });

  it('finds German numbers with long area codes and long subscriber groups', () => {
    expect(found('Rückfragen gern unter 02072 97311269.')).toEqual([['PHONE', '02072 97311269']]);
    expect(found('Ruf an: +49 581 612128164')).toEqual([['PHONE', '+49 581 612128164']]);
    expect(found('Konto 1234567890123, Ref 01234 567890123')).toEqual([]);
  });

  it('finds names written in capitals, in lower case after an introduction, and beyond our own lists', () => {
    expect(found('PACIENTE: HORACIO SEPÚLVEDA LARA | TEL: 955 14 99 00')).toContainEqual([
      'PERSON',
      'HORACIO SEPÚLVEDA LARA',
    ]);
    expect(found('hallo, hier ist luk dörner aus der Buchhaltung')).toEqual([
      ['PERSON', 'luk dörner'],
    ]);
    expect(found('buenas, soy sonia centeno, llámame')).toEqual([['PERSON', 'sonia centeno']]);
    expect(found('Candidate Zetta Lueilwitz uploaded a CV')).toEqual([
      ['PERSON', 'Zetta Lueilwitz'],
    ]);
    expect(found('Merci de renvoyer le contrat à Maître Rodolphe Joly.')).toEqual([
      ['PERSON', 'Rodolphe Joly'],
    ]);
    expect(found('Caller identified as DAPHNE R. WISOKY, born 1960')).toContainEqual([
      'PERSON',
      'DAPHNE R. WISOKY',
    ]);
    expect(found('Kundin Bianca hat angerufen')).toEqual([['PERSON', 'Bianca']]);
    // Family name first: "Family, Given" after a label, and the family name in capitals.
    expect(found('Bewerbung eingegangen: Müller, Hans; Abteilung Vertrieb')).toEqual([
      ['PERSON', 'Müller, Hans'],
    ]);
    expect(found('Dossier RH : DUPONT Marie, née le')).toContainEqual(['PERSON', 'DUPONT Marie']);
    expect(found('Location: Paris, France')).toEqual([]);
    // Firms made of surnames, and streets named after people, are not people.
    expect(found('Althea Ankunding met the team from Kulas, Windler and Skiles today')).toEqual([
      ['PERSON', 'Althea Ankunding'],
    ]);
    expect(found('Rendez-vous avenue Victor Hugo demain')).toEqual([]);
    expect(found('Saucedo Paredes, Prieto Rocha y Sevilla Gómez Asociados abre')).toEqual([]);
    expect(found('Nota CRM: Raquel Paz de Sosa Rubio Negrete e Hijos pide presupuesto')).toEqual([
      ['PERSON', 'Raquel Paz'],
    ]);
    expect(found('Mise à jour 14.19.9.30 déployée')).toEqual([]);
    expect(found('Invoice 4711 is due on Jan 10, 2022.')).toEqual([]);
    expect(found('Rendez-vous avec l’équipe Vasseur et Adam.')).toEqual([]);
    expect(found('Contact Jan Kowalski about it')).toEqual([['PERSON', 'Jan Kowalski']]);
    // Capitals that are not names, and lower-case words without an introduction.
    expect(found('ORDER CONFIRMATION: TOTAL DUE NOW')).toEqual([]);
    expect(found('hier ist alles gut, sonia centeno kommt später')).toEqual([]);
  });

  it('leaves sentence punctuation and closing brackets out of an assigned secret', () => {
    expect(found('Reset done, password=3F8rK2pLq9ZxF5.')).toEqual([
      ['GENERIC_SECRET', '3F8rK2pLq9ZxF5'],
    ]);
    expect(found('(db_password=C3PMx8Qw2LyE)')).toEqual([['GENERIC_SECRET', 'C3PMx8Qw2LyE']]);
    expect(found('the password is Tr0ub4dor&3.')).toEqual([['GENERIC_SECRET', 'Tr0ub4dor&3']]);
    expect(found('passwort ist hunter2hunter!')).toEqual([['GENERIC_SECRET', 'hunter2hunter!']]);
  });

  it('finds a whole PEM private key block and a JWT', () => {
    const pem =
      '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----';
    const jwt =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(found(`key:\n${pem}\nauth ${jwt}`)).toEqual([
      ['PRIVATE_KEY', pem],
      ['JWT', jwt],
    ]);
  });

  it('flags none of the usual decoys: Luhn-invalid numbers, versions, hashes, plain dates, places', () => {
    const decoys = [
      'Tracking 4111 1111 1111 1112 shipped on 2024-03-05.',
      'Upgrade to release 10.2.3.4 today; build 4.12.0-rc.1.',
      'Commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it; request 0d1ac9dc-f586-44f2-a7a9-5ebc7b300c33.',
      'Invoice INV-2022-25023 of $950,316.00 settled on 11/03/2024.',
      'Placeholder SSN 666-30-4079 is not valid.',
      'The Amazon offsite on Main Street is in April; ISBN 978-3-16-148410-0.',
      'IBAN DE88 3704 0044 0532 0130 00 has a typo.',
    ];
    for (const text of decoys) expect(found(text), text).toEqual([]);
  });

  it('reads a dotted quad as a version after a version key or an update verb', () => {
    for (const text of [
      'APP_VERSION=10.2.170.10',
      'imageTag: "4.6.1.155"',
      'Upgrading from 8.4.228.124 is recommended.',
      'Se recomienda actualizar desde la 9.6.169.43.',
      'Rolled back to 3.2.100.4 after the incident.',
      'deploy log: pushed 1.6.4.45 with the new keys',
    ])
      expect(found(text), text).toEqual([]);
    for (const [text, ip] of [
      ['Failed login from 203.0.113.77 at 10:02', '203.0.113.77'],
      ['DB_HOST=10.2.170.10', '10.2.170.10'],
      ['Updated the firewall to allow 192.168.10.45', '192.168.10.45'],
      ['Deployed to 10.20.30.40 at noon', '10.20.30.40'],
    ] as const)
      expect(found(text), text).toEqual([['IP_ADDRESS', ip]]);
  });

  it('uses a column header as context for a bare cell', () => {
    expect(found('1987-03-04', 'date_of_birth')).toEqual([['DATE_OF_BIRTH', '1987-03-04']]);
    expect(found('1987-03-04', 'created_at')).toEqual([]);
  });

  it('honours allow list, deny list, entity filter and threshold', () => {
    const custom = createAnalyzer({
      allowList: ['ops@example.org'],
      denyList: [{ type: 'PERSON', value: 'Project Falcon' }],
      entities: ['EMAIL', 'PERSON'],
    });
    const text =
      'Mail ops@example.org or jane@example.org about Project Falcon, card 4111111111111111.';
    expect(custom.analyze(text).map((f) => text.slice(f.start, f.end))).toEqual([
      'jane@example.org',
      'Project Falcon',
    ]);
    expect(createAnalyzer({ threshold: 0.99 }).analyze('Call 030 12345678')).toEqual([]);
  });

  it('reports offsets as JavaScript string indices, also after astral characters', () => {
    const text = '🙂🙂 mail me: anna@example.com';
    const [f] = analyzer.analyze(text);
    expect(f === undefined ? '' : text.slice(f.start, f.end)).toBe('anna@example.com');
  });
});

describe('birth dates in capitals and with abbreviated labels', () => {
  const analyzer = createAnalyzer();
  it.each([
    ['DOB: 14-JUL-1985', '14-JUL-1985'],
    ['fecha nac.: 14/07/85', '14/07/85'],
    ['Date naiss. : 12/03/1979', '12/03/1979'],
  ])('%s', (text, date) => {
    expect(
      analyzer
        .analyze(text)
        .filter((f) => f.type === 'DATE_OF_BIRTH')
        .map((f) => text.slice(f.start, f.end)),
    ).toEqual([date]);
  });
});

describe('secrets in more languages and places', () => {
  const analyzer = createAnalyzer();
  const found = (text: string): [string, string][] =>
    analyzer.analyze(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it.each([
    ['API-Schlüssel: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['das Passwort lautet Sonnenschein99', 'Sonnenschein99'],
    ['postgres://admin:S3cretPassw0rd@db.internal:5432/app', 'S3cretPassw0rd'],
  ])('%s', (text, secret) => {
    expect(found(text)).toEqual([['GENERIC_SECRET', secret]]);
  });

  it('keeps a digest under a hash key a digest', () => {
    expect(
      found('file_sha256: 9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0'),
    ).toEqual([]);
    expect(found('etag = 9f8e7d6c5b4a39281706f5e4d3c2b1a0')).toEqual([]);
  });
});

describe('a given name alone in a document with nothing personal around it', () => {
  const chores =
    'The spare keys are in the top drawer and the alarm code changed last week; Marlene waters the plants on Thursday.';

  it('is a place, a brand or a word: nothing is found', () => {
    expect(
      found(
        'Opening hours this winter: our Savannah and Charlotte branches close at 6 pm on weekdays, while the outlet by the harbour stays open until 8.',
      ),
    ).toEqual([]);
  });

  it('stays a person beside other personal data, under a sign-off and in a short message', () => {
    expect(found(`${chores} Call +49 151 23456789 if the heating fails.`)).toEqual([
      ['PERSON', 'Marlene'],
      ['PHONE', '+49 151 23456789'],
    ]);
    expect(
      found(
        'The heating was serviced in May, the plants need water twice a week and the spare keys are in the drawer. Thanks for everything,\nMarlene',
      ),
    ).toEqual([['PERSON', 'Marlene']]);
    expect(found('ayer llamaron Esteban y Marisol.')).toEqual([
      ['PERSON', 'Esteban'],
      ['PERSON', 'Marisol'],
    ]);
  });
});
