/**
 * Street-type vocabularies for the address recogniser: the USPS street suffixes (Publication 28,
 * appendix C1) and British road names, German street words, the French "types de voie" and the
 * Spanish "tipos de vía" (INE). "Core" words name a street on their own ("12 Oak Street"); the
 * others are also common nouns ("3 Green Apples", "Platz 3", "Colegio San José") and only count
 * with more evidence: a postal code, a unit, or an address word nearby.
 */

/** Entries separated by "|" or line ends (an entry may hold spaces: "Auf der", "de la"). */
function words(list: string): readonly string[] {
  return list
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/** US/UK suffixes that name a street even without a city or postal code after them. */
export const EN_CORE_SUFFIXES: readonly string[] = words(`
Street | St | Streets | Avenue | Ave | Av | Road | Rd | Roads | Lane | Ln | Lanes | Drive
Dr | Drives | Boulevard | Blvd | Court | Ct | Courts | Way | Place | Pl | Terrace | Ter
Circle | Cir | Parkway | Pkwy | Parkways | Highway | Hwy | Square | Sq | Trail | Trl | Loop
Close | Crescent | Cres | Gardens | Grove | Mews | Row | Walk | Hill | Hills | Alley | Aly
Causeway | Cswy | Crossing | Xing | Crossroad | Crossroads | Expressway | Expy | Freeway
Fwy | Motorway | Turnpike | Tpke | Throughway | Trafficway | Viaduct | Stravenue | Skyway
Bypass | Byp | Heights | Hts | Knoll | Knolls | Ridge | Rdg | Ridges | Glen | Glens
Meadows | Mdws | Estates | Manor | Manors | Pike | Rise | Chase | Garth | Wynd | Embankment
Esplanade | Promenade | Parade | Pde | Broadway | Underpass | Overpass | Hwy | Cct | Circuit
`);

/** USPS suffixes and British road names that are also ordinary words. */
export const EN_WEAK_SUFFIXES: readonly string[] = words(`
Anex | Annex | Arcade | Bayou | Beach | Bend | Bluff | Bluffs | Bottom | Branch | Bridge
Brook | Brooks | Burg | Burgs | Camp | Canyon | Cape | Center | Centre | Centers | Circles
Cliff | Cliffs | Club | Common | Commons | Corner | Corners | Course | Cove | Coves | Creek
Crest | Curve | Dale | Dam | Divide | Estate | Extension | Extensions | Ext | Fall | Falls
Ferry | Field | Fields | Flat | Flats | Ford | Fords | Forest | Forge | Forges | Fork
Forks | Fort | Garden | Gateway | Green | Greens | Groves | Harbor | Harbour | Harbors
Haven | Hollow | Inlet | Island | Islands | Isle | Junction | Junctions | Jct | Key | Keys
Lake | Lakes | Land | Landing | Light | Lights | Loaf | Lock | Locks | Lodge | Mall | Meadow
Mill | Mills | Mission | Mount | Mountain | Mountains | Mtn | Neck | Orchard | Oval | Park
Parks | Pass | Passage | Path | Pine | Pines | Plain | Plains | Plaza | Plz | Point | Points
Port | Ports | Prairie | Radial | Ramp | Ranch | Rapid | Rapids | Rest | River | Route | Rue
Run | Shoal | Shoals | Shore | Shores | Spring | Springs | Spur | Spurs | Squares | Station
Stream | Summit | Trace | Track | Trailer | Tunnel | Union | Unions | Valley | Valleys | Via
View | Views | Village | Villages | Ville | Vista | Walks | Wall | Ways | Well | Wells
Approach | Bank | Brow | Circus | Coppice | Copse | Croft | Dene | Drove | End | Fold | Gate
Grange | Hey | Lea | Leys | Nook | Paddock | Paddocks | Pastures | Quay | Ride | Side
Spinney | Vale | Wharf | Wood | Woods | Yard | Glade | Holt | Hurst | Wold
`);

/** Secondary unit designators (USPS C2) and their British counterparts. */
export const EN_UNITS: readonly string[] = words(`
Apartment | Apt | Suite | Ste | Unit | Floor | Fl | Room | Rm | Building | Bldg | Department
Dept | Lot | Flat | Space | Spc | Trailer | Trlr | Penthouse | PH | Pier | Slip | Stop
Hangar | Box
`);

/** US states, DC and territories (USPS two-letter codes). */
export const US_STATES: readonly string[] = words(`
AL | AK | AZ | AR | CA | CO | CT | DE | DC | FL | GA | HI | ID | IL | IN | IA | KS | KY | LA
ME | MD | MA | MI | MN | MS | MO | MT | NE | NV | NH | NJ | NM | NY | NC | ND | OH | OK | OR
PA | RI | SC | SD | TN | TX | UT | VT | VA | WA | WV | WI | WY | PR | GU | VI | AS | MP
`);

/** US state names, for "Salem, Oregon 97301". */
export const US_STATE_NAMES: readonly string[] = words(`
Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware
Florida | Georgia | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky
Louisiana | Maine | Maryland | Massachusetts | Michigan | Minnesota | Mississippi | Missouri
Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico | New York
North Carolina | North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode Island
South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | Washington
West Virginia | Wisconsin | Wyoming | District of Columbia | Puerto Rico | Guam
`);

/** German street words written at the end of a compound: "Lindenallee", "Mauspfad". */
export const DE_CORE_SUFFIXES: readonly string[] = words(`
straße | strasse | str. | weg | gasse | gässchen | gäßchen | platz | allee | ring | damm
ufer | chaussee | pfad | stieg | kamp | graben | wall | markt | twiete | redder | zeile
promenade | passage | gärten | höfe | stiege | trift | koppel | kai
`);

/** Endings of German street names that are also endings of ordinary nouns ("Bahnhof 3"). */
export const DE_WEAK_SUFFIXES: readonly string[] = words(`
steig | hof | berg | feld | brücke | tor | garten | park | höhe | grund | winkel | anger
aue | bogen | busch | hain | heide | leite | reihe | rain | siedlung | tal | wiese | wende
acker | bruch | hang | holz | horst | weide | bach | brink | esch | forst | hecke | hagen
kuhle | moor | rode | steg | wald | blick | kreuz | mühle | graben | felder | wiesen | äcker
kamp | delle | dreieck | eck | hütte | see | teich | deich | hafen | kanal | burg | born
brunnen | schlag | stein | loh | mark | ort | gang
`);

/** German street words written as a word of their own: "Berliner Platz", "Krummer Weg". */
export const DE_TYPE_WORDS: readonly string[] = words(`
Straße | Strasse | Str. | Weg | Gasse | Gässchen | Gäßchen | Platz | Allee | Ring | Damm
Ufer | Steig | Stieg | Pfad | Chaussee | Markt | Hof | Berg | Feld | Graben | Kamp | Wall
Brücke | Tor | Garten | Park | Höhe | Grund | Winkel | Anger | Aue | Bogen | Kai | Koppel
Weide | Wiese | Promenade | Passage | Zeile | Reihe | Twiete | Redder | Trift | Siedlung
Heide | Busch | Tal | Hang | Bach | Stiege | Landstraße
`);

/** Nouns that make "Am/An der/Zum …" a street on their own: "Am Markt 3", "An der Kirche 2". */
export const DE_PLACE_NOUNS: readonly string[] = [
  ...DE_TYPE_WORDS,
  ...words(`
Kirche | Rathaus | Bahnhof | Schloss | Schloß | Mühle | Brunnen | Teich | Weiher | Deich
Hafen | Kanal | Friedhof | Sportplatz | Schule | Turm | Burg | Wald | See | Acker | Rain
Holz | Bruch | Hain | Dorfplatz | Kirchplatz | Marktplatz | Stadtpark | Stadtgraben
Stadtmauer | Wasserturm | Mühlenbach | Kapelle | Linde | Linden | Eichen | Buchen | Birken
Sonnenhang | Steinbruch | Ziegelei | Bleiche | Wiesen | Gärten | Höfen
`),
];

/** Types de voie (FANTOIR / La Poste), with their usual abbreviations. */
export const FR_CORE_TYPES: readonly string[] = words(`
rue | avenue | av. | ave | boulevard | boul. | bd | bld | bvd | place | pl. | passage | voie | allée
allee | impasse | imp. | quai | chemin | ch. | route | rte | square | chaussée | esplanade
promenade | rond-point | sentier | faubourg | fg | parvis | montée | ruelle | sente
venelle | corniche | chemin vicinal | grande rue | grand rue | petite rue | vieux chemin
`);

/** Types de voie that are also ordinary words ("3 mail merges", "2 zones", "le port"). */
export const FR_WEAK_TYPES: readonly string[] = words(`
villa | cité | hameau | galerie | lieu-dit | résidence | lotissement | clos | cour | mail
domaine | carrefour | côte | quartier | levée | digue | berge | pont | port | porte | parc
jardin | zone | za | zi | zac | rampe | traverse | cours
`);

/** Tipos de vía (INE), Catalan and Galician forms, and usual abbreviations. */
export const ES_CORE_TYPES: readonly string[] = words(`
Calle | C/ | Cl. | Avenida | Avda. | Avda | Av. | Paseo | Pº | Pso. | Plaza | Pza. | Pza
Plazuela | Plazoleta | Camino | Cmno. | Carretera | Ctra. | Ctra | Ronda | Rda. | Travesía
Travesia | Trav. | Rambla | Rbla. | Glorieta | Gta. | Vía | Via | Vía Pública | Gran Vía
Pasaje | Pje. | Callejón | Calleja | Callejuela | Cuesta | Urbanización | Urbanizacion
Urb. | Polígono | Poligono | Pol. | Alameda | Carrera | Carrer | Passeig | Plaça | Avinguda
Travessera | Rúa | Rua | Subida | Bajada | Costanilla | Bulevar | Cañada | Carril | Pasadizo
Prolongación | Senda | Sendero | Escalinata | Explanada | Extramuros | Extrarradio | Riera
Rampa | Rinconada | Autovía | Autopista | Circunvalación | Vereda | Ramal | Barriada
Ladera | Masía | Caserío | Caserio | Poblado | Arrabal | Transversal
Calzada | Calz. | Blvd. | Blvd | Circuito | Cto. | Cerrada | Cda. | Privada | Priv. | Periférico
`);

/** Tipos de vía that are also ordinary words or names ("Colegio San José", "Sector 3"). */
export const ES_WEAK_TYPES: readonly string[] = words(`
Acceso | Aldea | Apartamento | Arroyo | Barranco | Barrio | Bloque | Chalet | Colegio
Colonia | Conjunto | Edificio | Entrada | Ferrocarril | Grupo | Huerta | Jardines | Lado
Lugar | Manzana | Mercado | Mirador | Monte | Muelle | Municipio | Parcela | Parque
Partida | Puente | Quinta | Residencial | Rincón | Salida | Sector | Sección | Solar
Puerta | Portal | Terrenos | Torrente | Zona | Vial | Finca | Paraje | Pasarela | Camí
`);

/**
 * A regex alternation matching exactly `words`, factored by common prefixes so the engine tests
 * one branch per character instead of every word at every position.
 */
export function alternation(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const esc = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const render = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => esc(ch) + render(child));
    if (branches.length === 0) return '';
    // Longer continuations first; the empty one last (the caller's look-ahead decides).
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && (branches[0] ?? '').length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return render(root);
}
