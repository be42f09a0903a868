import { describe, expect, it } from 'vitest';
import { persons } from './analyzer-spans.js';

describe('findPersons: chat transcripts', () => {
  it('takes a listed name as the speaker after a time stamp', () => {
    expect(persons('[09:41] Cassidy: hi, my order never arrived')).toEqual(['Cassidy']);
  });

  it('takes every line of a speaker whose name is greeted elsewhere in the text', () => {
    const text =
      '[10:12] Wörimar : salut, je ne peux pas me connecter\n[10:13] Conseiller : bonjour Wörimar, quel est votre e-mail ?\n[10:14] Wörimar : voilà';
    expect(persons(text)).toEqual(['Wörimar', 'Wörimar', 'Wörimar']);
  });

  it.each([
    '[14:02] Kundin: Guten Tag, ich habe eine Frage',
    '[14:03] Support: Hallo, wie kann ich helfen?',
    '[10:13] Conseiller : que puis-je faire ?',
  ])('leaves role labels and greetings alone: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('findPersons: a lone given name after a cue or a preposition', () => {
  it.each([
    ['FYI Branson is covering support this week.', 'Branson'],
    ['so proud of my sister Lavon who just finished her first marathon', 'Lavon'],
    ['danke an Meryem für die Hilfe beim Umzug', 'Meryem'],
    ['Transferencia de Cristóbal recibida en la cuenta', 'Cristóbal'],
    ['merci à Douce pour la soirée', 'Douce'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('findPersons: names in mail signatures, reports and titles', () => {
  it('takes the name line after a sign-off and not the job title below it', () => {
    expect(
      persons('Un saludo,\nTisosela Llegorri\nDirectora de Operaciones\nTel.: +34 912 345 678'),
    ).toEqual(['Tisosela Llegorri']);
  });

  it.each([
    ['Dear Sgt. Dickinson, your claim was approved.', 'Dickinson'],
    ['Rechnungsempfänger: Herrn Heitrud Brewedel, Jenaer Str. 148, 63109 Jena', 'Heitrud Brewedel'],
    ['Im Ticket 133864 hat Alessia den GitHub-Token gepostet.', 'Alessia'],
    ['Patient Sarah Van der Berg was born in 1980.', 'Sarah Van der Berg'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('findPersons: places, firms and words that look like names', () => {
  it.each([
    'Départ de Saint-Étienne, arrivée à Sainte-Maxime.',
    'The office in Port Elizabeth ordered 40 boxes.',
    'Road trip: Santa Monica, then Fort Collins, then Victoria Falls.',
    'The Murray & Kovacek office in Charlotte ordered 40 boxes of Lisinopril.',
    'Senior Account Manager | Smitham & Price',
    'Mahnung bitte bei Hennes UG abholen.',
    'Kundin: Meine Nummer hat sich geändert.',
    'danke an Vodafone für nichts',
    'FYI Kubernetes 1.29 is out.',
    'Cheers,\nDevops',
    'Saludos,\nAtención al Cliente',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('findPersons: speed', () => {
  it('stays linear on a long text of distinct capitalised words', () => {
    // "Wa", "Wb", … : 20,000 different words, letters only.
    const word = (i: number): string =>
      `W${i.toString(26).replace(/\d/g, (d) => String.fromCharCode(113 + Number(d)))}x`;
    const text = Array.from({ length: 20_000 }, (_, i) => word(i)).join(', ');
    const started = performance.now();
    persons(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('findPersons: places, products and roles are not people', () => {
  it.each([
    'Do not take Ibuprofen together with Metformin.',
    "La mise à jour est conseillée ; l'agent Windows requiert le build 10.",
    'All the best,\nZesel | Customer Care',
    'Abfahrt St. Pölten 07:15, Ankunft St. Moritz 13:40.',
    'Change in St. Louis, arrive Lincoln 13:40.',
    'Départ de Lyon à 07h15, arrivée à Lourdes à 13h40.',
    'Neu im Sortiment: Regal Friedrich, jetzt 120 €.',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still takes names after those words when a name list or a full name backs them', () => {
    expect(persons('Meeting with Anna Schmidt tomorrow.')).toEqual(['Anna Schmidt']);
    expect(persons('Please call Julia about the refund.')).toEqual(['Julia']);
    expect(persons('Customer Zörümir Quandtmeyer called twice.')).toEqual(['Zörümir Quandtmeyer']);
    expect(persons('Patient: Regal Friedrich, geb. 1961')).toEqual(['Regal Friedrich']);
  });
});

describe('findPersons: speakers, lists, labels and family names in capitals', () => {
  it.each([
    ["Joëlle : coucou Norbert, j'ai changé de numéro", 'Joëlle'],
    ["Reva: what's the wifi login for the office?", 'Reva'],
    ['[CRM] 2025-03-18T22:04:26+01:00 – Nikolas: called the customer', 'Nikolas'],
    ['Conseiller Danielle : Pour vérification, votre nom ?', 'Danielle'],
    ['Witness: Wilfredo (no surname given).', 'Wilfredo'],
    ['Élève : Améthyste MICHEL, date de naissance : 1985-09-27', 'Améthyste MICHEL'],
    ['Confraternellement,\nDr Mika RITZ', 'Mika RITZ'],
    ['Autre conducteur : Aloïs VIDAL, tél. 03 27 02 41 62', 'Aloïs VIDAL'],
    ['Rx — Patient: RATKE, Leta  DOB 1961-11-21', 'RATKE, Leta'],
    ['Titular de la cuenta: MARÍN VALDÉS, Leonor', 'MARÍN VALDÉS, Leonor'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('takes every name-shaped item of an attendee list, listed or not', () => {
    expect(persons('Teilnehmende: Diako Lexabach, Dina Hense, Tyler (remote)')).toEqual([
      'Diako Lexabach',
      'Dina Hense',
      'Tyler',
    ]);
    expect(persons('Attendees: Product Team, Finance')).toEqual([]);
  });

  it('leaves labels, role words and acronyms alone', () => {
    for (const text of [
      'Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,',
      'Dear Hiring Manager,\n\nplease find attached my CV',
      'Note: the server is down.\nSubject: outage',
      'Paris: la réunion est reportée.',
    ])
      expect(persons(text), text).toEqual([]);
    expect(persons('Send the PDF to Julia CEO of ACME.')).toEqual(['Julia']);
  });
});

describe('findPersons: form labels, initials and signatures', () => {
  it.each([
    ['APPLICATION FORM\nSurname: Mante\nFirst name(s): Trevor', ['Mante', 'Trevor']],
    ['BEWERBUNGSBOGEN\nNachname: Wanner\nVorname: Joshua', ['Wanner', 'Joshua']],
    ['Versicherungsnehmer/in: Saeraa Sounaener\nSchadenort: Zürich', ['Saeraa Sounaener']],
    ['Prescriber: Dr. L. Monahan', ['L. Monahan']],
    ['curl https://api.example.com/v1/me fails\nAny idea? /Rador', ['Rador']],
    ['¿Alguna idea? Orura', ['Orura']],
    ['Thanks for the help,\nMarlene', ['Marlene']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('does not take role words before a colon or the last word of an ordinary message', () => {
    expect(persons('Kunde: Stephan Sidler, 18.10.2003')).toEqual(['Stephan Sidler']);
    expect(persons('Name, Vorname: ROSSBERG, Abdullah')).toEqual(['ROSSBERG, Abdullah']);
    for (const text of [
      'See you next week in Paris',
      'The meeting is moved to Friday.\nThanks!\nSupport',
      'Release notes for version 2\nWindows',
      'We moved to Berlin!\nGermany',
    ])
      expect(persons(text), text).toEqual([]);
  });
});

describe('findPersons: time-stamped speakers and "Family, Given" records', () => {
  it.each([
    ['[09:41] Glemassa: hi, my order never arrived', ['Glemassa']],
    ['Employee record Langosh, Eudora L. updated: new home address', ['Langosh, Eudora L.']],
    ['Asegurado: Santillán, Ana María, DNI 15213946K', ['Santillán, Ana María']],
    ['Versicherungsnehmer: Ruth, Nelli, Geburtsdatum 13.11.1994', ['Ruth, Nelli']],
    ['Der Geschädigte Waumemar Zilahoff (geb. 3.10.1992)', ['Waumemar Zilahoff']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('leaves system speakers and firms of surnames alone', () => {
    expect(persons('[09:41] System: restarted\n[10:00] Bot: hello')).toEqual([]);
    expect(persons('Notes: Althea Ankunding from Kulas, Windler and Skiles agreed.')).toEqual([
      'Althea Ankunding',
    ]);
  });
});

describe('findPersons: brands and places named after people', () => {
  it.each([
    'Hugo Boss und Siemens eröffnen ein Werk.',
    'Dr. Oetker und Kärcher eröffnen ein Werk.',
    'Una planta cerca de Santiago de Compostela.',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still takes the people those words also name', () => {
    expect(persons('Patient: Hugo Martin, geb. 1961')).toEqual(['Hugo Martin']);
    expect(persons('Dear Santiago,')).toEqual(['Santiago']);
  });
});

describe('findPersons: particles after a title', () => {
  it.each([
    ['Frau von Weizsäcker und Herr van der Berg', ['von Weizsäcker', 'van der Berg']],
    ['Sr. de la Fuente llamó ayer.', ['de la Fuente']],
    ['Dear Mr. van Dyke,', ['van Dyke']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('leaves particles alone when no title comes before them', () => {
    expect(persons('Herr Müller von der Bank ruft an.')).not.toContain('von der Bank');
  });
});

describe('findPersons: international name shapes', () => {
  it.each([
    ['Zhang Wei will join the call.', 'Zhang Wei'],
    ["Siobhán O'Sullivan will join the call.", "Siobhán O'Sullivan"],
    ['Please forward this to Fatima Zahra El Amrani.', 'Fatima Zahra El Amrani'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('keeps a capital article that starts a place or an organisation out', () => {
    expect(persons('We stayed at El Greco Hotel.')).toEqual([]);
  });
});

describe('findPersons: awards, wharves and field labels', () => {
  it.each([
    'Grace Hopper Award nominations close in April.',
    'Take the Jubilee Line to Canary Wharf.',
    'Customer: John Price\nPrice: 12 EUR',
  ])('%s', (text) => {
    expect(persons(text).filter((n) => n !== 'John Price')).toEqual([]);
  });

  it('keeps the people with those surnames', () => {
    expect(persons('Vincent Price called about the invoice.')).toEqual(['Vincent Price']);
  });
});

describe('findPersons: particles join names, not nouns and names', () => {
  it.each([
    ['Der Vertrag von Anna-Maria Schulze-Wehninck läuft aus.', ['Anna-Maria Schulze-Wehninck']],
    ['Hallo Jonas, hier ist Mia von der Buchhaltung.', ['Jonas', 'Mia']],
    ['Die Sinfonie von Ludwig van Beethoven.', ['Ludwig van Beethoven']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});

describe('findPersons: names joined by "and", particles after salutations', () => {
  it.each([
    [
      'Meeting notes: Tami and Oral Hermiston-Parisian agreed.',
      ['Tami', 'Oral Hermiston-Parisian'],
    ],
    ['Madame de Roy demande le remboursement.', ['de Roy']],
    ['Señora de la Vega llamó ayer.', ['de la Vega']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('joins only known given names to a found name', () => {
    expect(persons('Salt and Pepper Smith')).toEqual([]);
    expect(persons('Rock and Roll Hall of Fame')).toEqual([]);
  });
});

describe('findPersons: two people joined by a conjunction', () => {
  it('splits at a given name after "y", keeps a double surname whole', () => {
    expect(persons('Reunión con José María Aznar y Ana Botella.')).toEqual([
      'José María Aznar',
      'Ana Botella',
    ]);
    expect(persons('El filósofo José Ortega y Gasset escribió mucho.')).toEqual([
      'José Ortega y Gasset',
    ]);
  });
});

describe('findPersons: names in capitals after transfer and shipping labels', () => {
  it.each([
    ['Bénéficiaire : ZIRIC ORYSIER\nIBAN : CH08', ['ZIRIC ORYSIER']],
    ['Ordonnance – Patient(e) : DURICIEAU Zoumir, née le 3 mai', ['DURICIEAU Zoumir']],
    ['Beneficiario: ALORA NYSELAEEDA ALISANO\nIBAN: IT56', ['ALORA NYSELAEEDA ALISANO']],
    ['SHIP TO:\nZAXAU JOXARIDGE\n4064 Eleanora Road', ['ZAXAU JOXARIDGE']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('keeps firms after those labels out', () => {
    for (const text of ['Bénéficiaire : ACME SARL\nIBAN : FR76', 'Empfänger: MÜLLER GMBH'])
      expect(persons(text), text).toEqual([]);
  });
});

describe('findPersons: lists of people', () => {
  it('takes every name-shaped item after a word for a group of people and a colon', () => {
    expect(
      persons('RSVPs so far for the June reunion: Goneeo, Zuulf and Dreeo Corgaoza. Thanks!'),
    ).toEqual(['Goneeo', 'Zuulf', 'Dreeo Corgaoza']);
    expect(persons('Confirmados para la cena de abril: Berta, Esteban y Marisol.')).toEqual([
      'Berta',
      'Esteban',
      'Marisol',
    ]);
    expect(persons('Present: Arraric Elmihurst (chair), L. Leannon, Q. du Flemaani')).toEqual([
      'Arraric Elmihurst',
      'L. Leannon',
      'Q. du Flemaani',
    ]);
  });

  it('takes a mid-line list only when every item is shaped like a name', () => {
    expect(persons('We confirmed: Monday, Tuesday and Friday.')).toEqual([]);
    expect(persons('Sponsors confirmed: Acme Labs, Globex and Initech.')).toEqual([]);
  });

  it('completes an enumeration that already holds two found names', () => {
    expect(persons('Merci à Jean Martin, Colin Riviere, Céline Brunet et Dreild.')).toContain(
      'Dreild',
    );
    // Commas alone also join a name and its fields.
    expect(persons('Versicherungsnehmer: Rath, Evelyn, Geburtsdatum 22.01.83')).not.toContain(
      'Geburtsdatum',
    );
  });

  it('splits two given names joined by "y"', () => {
    expect(persons('ayer llamaron Esteban y Marisol.')).toEqual(['Esteban', 'Marisol']);
  });

  it('reads a chat speaker on the line after a number', () => {
    expect(persons('#störung-567\nIsmael: Im Kanal steht der Token')).toEqual(['Ismael']);
  });
});

describe('findPersons: more ways text introduces a person', () => {
  it.each([
    ['Constantin (07:51): Hallo, die Heizung tropft', 'Constantin'],
    ["Missed class — dentist. Abraham's project will be handed in late", 'Abraham'],
    ['fallecido en 1958, casado con Julio Araña Ibarra (nacida en 1881).', 'Julio Araña Ibarra'],
    ['Your return is ready.\n— Orine Vaugaez, CPA', 'Orine Vaugaez'],
    ['Agent verbalisateur : brigadier Leroy', 'Leroy'],
    ['Colis livré, 44000 Nantes. Livreur : Quiéta, +33972996766.', 'Quiéta'],
    ['Nael Feeney, née le 26/04/1906. Enfant : Marylou.', 'Marylou'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('keeps a month that is no given name before a place out', () => {
    expect(persons('El 5 de Julio Madrid celebra la fiesta.')).toEqual([]);
  });
});

describe('findPersons: what is not a person near names', () => {
  it('reads an institution named after a person as no person', () => {
    expect(
      persons("FICHE D'INSCRIPTION — École élémentaire Jules Ferry\nÉlève : CLEMENT Barry"),
    ).toEqual(['CLEMENT Barry']);
  });

  it('reads a question opener and a contraction as no name', () => {
    expect(persons("Hi, I'm Alexzander from the fraud team. Can you confirm the card?")).toEqual([
      'Alexzander',
    ]);
  });

  it('reads unlisted words opening a line before a colon and an amount as a label', () => {
    expect(persons('Zeuge: Paka Anaek, +49 171 2981359\nGeschätzter Schaden: € 185,73')).toEqual([
      'Paka Anaek',
    ]);
    expect(persons('Anna: 0171 2345678')).toEqual(['Anna']);
  });

  it('takes buyers and sellers of a deed', () => {
    expect(persons('Acquéreur : GABAELLI Hervuen, né(e) le 28-08-1993')).toEqual([
      'GABAELLI Hervuen',
    ]);
  });
});

describe('findPersons: chats typed in lower case', () => {
  it('takes the speakers of a transcript', () => {
    expect(
      persons(
        'deeptimoy: who paid the airbnb?\nprisca: me, $3,158.00 for four nights\ndeeptimoy: ok i will send you my half',
      ),
    ).toEqual(['deeptimoy', 'prisca', 'deeptimoy']);
    expect(persons('Please confirm the card number.\n[09:15] candice: 6597086112437228')).toEqual([
      'candice',
    ]);
  });

  it('leaves configuration and schema keys alone', () => {
    expect(persons('server:\n  host: db.internal\n  port: 5432\n  user: app')).toEqual([]);
    expect(
      persons(
        'description: the response body\nresponse: a list of items with ids\ndescription: the request body sent',
      ),
    ).toEqual([]);
  });
});

describe('findPersons: birthday lists and JSON keys', () => {
  it('takes a name before a dash and a birth', () => {
    expect(persons('Team birthdays:\n• Quibel – born 1974-09-22')).toEqual(['Quibel']);
    expect(persons('Release – born from a hackathon')).toEqual([]);
  });

  it('reads camelCase name keys in JSON as context', () => {
    expect(persons('{\n  "firstName": "Abraham",\n  "lastName": "Fontaine"\n}')).toEqual([
      'Abraham',
      'Fontaine',
    ]);
  });
});
