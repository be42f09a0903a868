/*
 * The context patterns of the PERSON recogniser (person-recognizer.ts): words around a run of
 * capitalised words that introduce a person (cues before and after, chat speakers, prepositions)
 * or make it something else (firms, institutions, places, streets, products, rooms, courses).
 */
import { NOT_NAME_WORDS } from './name-lists.js';

export const ORG_SUFFIX_RE =
  /^\s*(?:[IVX]{1,4}\s+)?(?:&|Inc\b|Ltd\b|LLC\b|GmbH\b|AG\b|KG\b|UG\b|OHG\b|GbR\b|KGaA\b|S\.?A\.?\b|SAS\b|SARL\b|SEM\b|SCOP\b|S\.?L\.?\b|S\.?p\.?A\.?\b|B\.?V\.?\b|N\.?V\.?\b|PLC\b|Corp\b|Co\b|Group\b|e Hijos\b|y Asociados\b|and Sons\b|und Söhne\b|et Fils\b|Bank\b|University\b|Hospital\b|School\b|College\b|Academy\b|Institute\b|Infirmary\b|Clinic\b|Library\b|Museum\b|Stadium\b|Memorial\b|Schule\b|Gymnasium\b|Klinik\b|Klinikum\b|Street\b|Road\b|Avenue\b|Lane\b|Drive\b|Straße\b|Strasse\b|team\b|office\b|offsite\b|branch\b|store\b|campus\b|Gate\b|Porte\b|Puerta\b|Flugsteig\b|Terminal\b|Airport\b|Aéroport\b|Aeropuerto\b|International\b|Ballroom\b|Suite\b|Lounge\b|Saal\b)/;

// More capitalised names, then a firm word: "Saucedo Paredes, Prieto Rocha y Sevilla Asociados".
export const FIRM_TAIL_RE =
  /^(?:,? (?:(?:y|e|and|und|et|&) )?\p{Lu}[\p{L}'’-]+){1,6},? (?:S\.?A\.?|S\.?L\.?|SAS|SARL|GmbH|AG|KG|LLC|Inc|Ltd|PLC|Asociados|Hermanos|Hnos\.?|e Hijos|y Asociados|and Sons|und Söhne|et Fils|& Co|Group|Gruppe|Groupe|Grupo|Partners|Partner)\b/u;
export const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Julio',
  'June',
  'April',
  'May',
  'August',
  'Avril',
]);
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Okt Dez Mär Janv Févr Avr Juil Déc Ene Abr Ago Dic'.split(
    ' ',
  ),
);
// An organisation word, a name and a conjunction right before: "société Martin et …".
export const ORG_PAIR_BEFORE_RE =
  /(?:^|[^\p{L}])(?:société|societe|entreprise|firme|maison|cabinet|groupe|agence|company|firm|agency|firma|kanzlei|gruppe|empresa|compañía|sociedad|grupo|bufete|agencia|team|équipe|equipe|equipo)\s+\p{Lu}[\p{L}'’-]+\s+(?:et|and|und|y|e|&)\s+$/iu;
// Words right before a name that introduce an organisation: "la société Bernard", "Firma Koch".
export const ORG_BEFORE_RE =
  /(?:^|[^\p{L}])(?:sold by|shipped by|sponsored by|powered by|provided by|presented by|fulfilled by|vendu par|expédié par|offert par|sponsorisé par|vendido por|enviado por|patrocinado por|verkauft von|versandt von|gesponsert von|präsentiert von|société|societe|entreprise|firme|maison|cabinet|groupe|agence|company|firm|agency|corporation|firma|unternehmen|kanzlei|gruppe|empresa|compañía|compania|sociedad|grupo|bufete|agencia|team|équipe|equipe|equipo)[ \t]+$/iu;
// Institutions named after people: "École élémentaire Jules Ferry", "Hospital Gregorio Marañón".
export const NAMED_INSTITUTION_BEFORE_RE =
  /(?:^|[^\p{L}])(?:ies|ceip|cp|athénée|athenee|athénée royal|lycée|école|ecole|collège|schule|grundschule|gymnasium|realschule|colegio|escuela|instituto|liceo|school|academy|hospital|hôpital|krankenhaus|klinikum|stade|estadio|stadion|aéroport|airport|flughafen|aeropuerto|gare|bahnhof|estación|fondation|stiftung|fundación|foundation|prix|preis|premio|award|médiathèque|bibliothèque|biblioteca|auditorio|auditorium|teatro|théâtre|theater|theatre|museo|musée|museum|palacio|palais|polideportivo|pabellón|universidad|université|universität|university)(?:[ \t]+\p{Ll}[\p{Ll}-]{2,20}){0,2}(?:[ \t]+(?:dr|prof|sor|fray|san|santa|sir|dame|don|doña|pr)\.?)?[ \t]+$/iu;
// After a name, the institution, prize or road named after the person: "Thomas Jefferson
// Elementary", "Martin Luther King Jr. Boulevard", "the Jane Smith Memorial Lecture".
export const NAMED_INSTITUTION_AFTER_RE =
  /^(?: (?:Jr|Sr)\.?)? (?:Elementary|Middle School|High School|Primary School|Grammar School|School|College|University|Hospital|Medical Center|Medical Centre|Stadium|Arena|International Airport|Airport|Library|Memorial|Institute|Boulevard|Museum|Gallery|Theatre|Theater|Academy|Auditorium|Foundation|Prize|Award|Medal|Fellowship|Scholarship|Lecture|Center|Centre|Bridge|Tunnel|Expressway|Freeway|Highway|Parkway)(?![\p{L}])/u;
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'Elementary',
  'School',
  'College',
  'University',
  'Hospital',
  'Stadium',
  'Arena',
  'Airport',
  'Library',
  'Memorial',
  'Institute',
  'Boulevard',
  'Museum',
  'Gallery',
  'Theatre',
  'Theater',
  'Academy',
  'Auditorium',
  'Foundation',
  'Prize',
  'Award',
  'Medal',
  'Expressway',
  'Freeway',
  'Parkway',
]);
// A law, feast, disease or theorem named after a person: "Martha's Rule", "Murphy's law",
// "Valentine's Day", "Dodd-Frank Act", "the Bayes theorem".
export const EPONYM_AFTER_RE =
  /^(?:['’]s (?:Law|law|Rule|rule|Day|Eve|[Dd]isease|[Ss]yndrome|[Tt]heorem|[Pp]rinciple|[Pp]aradox|[Rr]azor|[Cc]onstant|[Ee]quation|[Tt]riangle|[Ll]emma|[Cc]onjecture|Act)| (?:Act|Law|Rule|[Ee]ffect|[Tt]heorem|[Ss]yndrome|[Dd]isease|[Pp]rinciple|[Pp]aradox|[Cc]onstant|[Ee]quation|[Cc]onjecture|[Ll]emma|[Dd]istribution|[Aa]lgorithm)|-(?:Syndrom|Krankheit|Effekt|Prinzip|Gesetz|Gleichung|Konstante|Verteilung|Algorithmus))(?![\p{L}])/u;
// The same in French, Spanish and German, the noun first: "triangle de Pascal", "enfermedad de
// Chagas", "Satz des Pythagoras", "Morbus Crohn".
export const EPONYM_BEFORE_RE =
  /(?:^|[^\p{L}])(?:loi|maladie|syndrome|théorème|triangle|principe|paradoxe|constante|équation|conjecture|lemme|ley|enfermedad|síndrome|teorema|triángulo|principio|paradoja|ecuación|conjetura|lema|morbus|satz|gesetz|prinzip|paradoxon|gleichung|vermutung)\s+(?:de\s+|d['’]\s*|del\s+|des\s+|von\s+)?$/iu;
// A named storm: "Storm Ciarán", "Hurricane Helene", "Sturmtief Zeynep", "la borrasca Aitor".
export const STORM_BEFORE_RE =
  /(?:^|[^\p{L}])(?:[Ss]torm|[Hh]urricane|[Tt]yphoon|[Cc]yclone|Sturm|Sturmtief|Orkan|Orkantief|Tief|Hoch|[Tt]empête|[Oo]uragan|[Tt]yphon|[Bb]orrasca|[Hh]uracán|[Tt]ormenta|[Tt]ifón|[Cc]iclón)\s+(?:(?:named|called|nommée?|baptisée?|llamad[ao]|bautizad[ao] como|namens)\s+)?$/u;
// A book being read: "this month we are reading David Copperfield", "leemos Don Quijote".
export const READING_BEFORE_RE =
  /(?:^|[^\p{L}])(?:reading|we read|leemos|leeremos|lisons|lirons|lesen wir|wir lesen)\s+(?:(?:Don|Madame|Monsieur|Mr\.?|Mrs\.?|Sir|Lady|Doña|Frau|Herr|Le Comte de|Le|La|El|Der|Die)\s+)?$/u;
// "Kulas, Windler and Skiles", "Koch, Weber & Partner", "Schinner - Douglas": names joined
// as one firm.
export const ORG_LIST_RE =
  /\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+,? (?:and|und|et|y|e|&) \p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’]+ [-–] \p{Lu}[\p{L}'’]+/gu;
// A street type right before: "avenue Victor Hugo", "Calle Pablo Neruda" name a street.
export const STREET_BEFORE_RE =
  /(?:^|[^\p{L}])(?:avenue|rue|boulevard|bd|place|quai|allée|allee|impasse|chemin|street|avenue|road|square|calle|avenida|paseo|plaza|camino|carrer|straße|strasse|platz|allee|weg)\s+$/iu;

// Words right before a name that introduce a person, in four languages.
export const CUE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:kontakt|ansprechpartner|ansprechpartnerin|inhaber|inhaberin|kontoinhaber|kontoinhaberin|begünstigter|begünstigte|titulaire|bénéficiaire|titular|beneficiario|beneficiaria|ordenante|account holder|cardholder|card holder|beneficiary|holder|owner|contacto|atención de|attention de|dear|hi|hello|hey|thanks|thank you|patient|visitor|visiteur|visiteuse|besucher|besucherin|visitante|on-call handover|handover|übergabe an|passation d’astreinte|passation d'astreinte|traspaso de guardia|applicant|candidate|employee|contact|attn|name is|named|name|heißt|heisst|se llama|s'appelle|s’appelle|is called|signed|surname|last name|family name|first name|given name|nachname|familienname|vorname|prénom|prenom|nom de famille|apellido|apellidos|nombre de pila|coucou|servus|moin|buenas|oye|hiya|heya|allo|allô|hallöchen|holi|élève|eleve|student|schüler|schülerin|alumno|alumna|étudiant|étudiante|conducteur|conductrice|driver|fahrer|fahrerin|conductor|conductora|nurse|enfermera|enfermero|infirmière|infirmier|krankenschwester|pfleger|pflegerin|waiter|waitress|camarero|camarera|kellner|kellnerin|serveur|serveuse|receptionist|recepcionista|réceptionniste|cashier|cajera|cajero|caissière|caissier|kassiererin|kassierer|hairdresser|peluquera|peluquero|coiffeuse|coiffeur|friseurin|friseur|mechanic|mecánico|mécanicien|mechaniker|installer|instalador|installateur|monteur|teacher|lehrerin|lehrer|profesora|maestra|maestro|institutrice|instituteur|maîtresse|babysitter|nanny|niñera|nounou|tagesmutter|witness|témoin|temoin|zeuge|zeugin|testigo|ship to|liebe|lieber|hallo|herr|frau|kunde|kundin|patientin|mitarbeiter|mitarbeiterin|bewerber|bewerberin|kandidat|kandidatin|bonjour|cher|chère|salut|merci|monsieur|madame|mme|patiente|candidat|candidate|hola|estimado|estimada|querido|querida|señor|señora|sr|sra|paciente|cliente|empleado|empleada|candidato|candidata|nom|nombre|name|sister|brother|wife|husband|mother|father|mum|mom|dad|mother of|father of|mutter|vater|mutter von|vater von|mère|père|mère de|père de|madre|padre|madre de|padre de|friend|colleague|daughter|son|tochter|sohn|fille|fils|hija|hijo|schwester|bruder|kollege|kollegin|freundin|sœur|soeur|frère|frere|collègue|hermana|hermano|compañera|compañero|amiga|amigo|complainant|victim|victime|geschädigte|geschädigter|denunciante|asegurado|asegurada|versicherungsnehmer|versicherungsnehmerin|assuré|assurée|richter|richterin|vorsitzende|vorsitzender|judge|justice|juge|président|présidente|magistrat|magistrate|magistrada|magistrado|juez|jueza|inspector|inspectora|inspektor|inspektorin|inspecteur|inspectrice|kommissar|kommissarin|commissaire|detective|sergeant|sgt|constable|pc|agente|officer|technician|techniker|technikerin|technicien|technicienne|técnico|técnica|brigadier|gendarme|lieutenant|capitaine|commandant|adjudant|sargento|teniente|capitán|comisario|comisaria|polizist|polizistin|wachtmeister|captain|lieutenant|married|heiratete|verheiratet mit|épouse|épousé|marié à|mariée à|casado con|casada con|schrieb|wrote|a écrit|escribió|hier ist|hier spricht|this is|c'est|c’est|me llamo|je m'appelle|je m’appelle|ich heiße|ich heisse|habla|mi nombre es|mein name ist|zuständig|zuständige|zuständiger|responsable|owner|assignee|assigned to|asignado a|asignada a|zugewiesen an|bearbeitet von|encargado|encargada|référent|référente|betreuer|betreuerin|livreur|livreuse|repartidor|repartidora|courier|zusteller|zustellerin|avalista|arrendatario|arrendataria|arrendador|arrendadora|inquilino|inquilina|propietario|propietaria|mieter|mieterin|vermieter|vermieterin|locataire|bailleur|bailleresse|tenant|landlord|landlady|guarantor|bürge|bürgin|garant|garante|prepared by|erstellt von|préparé par|preparado por|issued by|emitido por|ausgestellt von|émis par|le atiende|te atiende|les atiende|vous parle|am apparat|speaking with|c\/o|z\. ?hd\.?|zu händen|klingel(?:n)? bei|sonner chez|timbre de)(?:\/in|\/innen|\(in\)|\(e\)|\(a\)|\/a|\/e)?\s*[:,]?\s*$/iu;
// German compound roles ending the text before a name: "Kriminalhauptkommissar", "Pressesprecherin",
// "Obmann". Apart from CUE_BEFORE_RE: a letter run before the role word would slow every test.
export const ROLE_COMPOUND_BEFORE_RE =
  /(?:kommissar|bürgermeister|sprecher|präsident|vorsitzende|vorsitzender|obmann|obfrau|pfarrer|trainer|richter|anwalt|anwältin)(?:in)?\s*[:,]?\s*$/iu;
// Sign-offs, thanks, prepositions and roles: they introduce a person, but also a team, a firm, a
// product or a drug ("danke an Vodafone", "Cheers, Devops", "together with Tylenol", "the Windows
// agent", "Customer Care"), so one capitalised word after them needs a name list as well.
export const WEAK_CUE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:ask for|asked for|gracias|muchas gracias|danke|vielen dank|in the name of|au nom de|en nombre de|a nombre de|auf den namen|im namen von|frag mal|fragen sie mal|ask|ping|fragt nach|fragen sie nach|frag|frage|demandez|demander|demande à|pregunta por|preguntad por|pregunten por|pregunta a|pregúntale a|pídele acceso a|pídele a|i'm|i’m|i am|je suis|soy|ich bin|fyi|regards|grüße|grüßen|cordialement|saludo|saludos|atentamente|sincerely|cheers|merci à|danke an|gracias a|shoutout to|to|with|from|by|cc|call|customer|client|user|agent|agente|engineer|manager|conseiller|conseillère|asesor|asesora|berater|beraterin|operator|operador|operadora|support)\s*[:,]?\s*$/iu;
// What follows a name: a possessive noun or a verb of communication.
export const CUE_AFTER_RE =
  /^(?:['’]s\s+(?:profile|account|email|e-mail|phone|number|address|card|order|record|file|manager|birthday|wife|husband|son|daughter|mother|father)|\s+(?:emailed|called|wrote|said|asked|replied|scored|equalised|equalized|levelled|leveled|empató|marcó|anotó|a égalisé|a marqué|glich|traf|erzielte|commented|kommentierte|a commenté|comentó|approved|genehmigte|a approuvé|aprobó|opened|eröffnete|a ouvert|abrió|wants to merge|möchte|souhaite fusionner|quiere fusionar|signed|joined|lives|was born|reported|paid|ordered|requested|booked|cancelled|canceled|complained|confirmed|works|schrieb|rief|wohnt|bestellte|zahlte|arbeitet|unterschrieb|wurde geboren|a écrit|a appelé|habite|a payé|a commandé|a signé|travaille|est né|est née|escribió|llamó|vive|pagó|compró|firmó|trabaja|nació)(?![\p{L}])|\s*\((?:DOB|born|né|née|geb)(?![\p{L}])|\s*\((?:the|our|la|le|el|die|der|notre|nuestra|nuestro|unser|unsere|unserer)\s+\p{Ll}|,\s+(?:CPA|MD|M\.D\.|PhD|Ph\.D\.|Esq\.|RN|DDS|DVM|MBA|LL\.M\.)(?![\p{L}])|,\s+(?:your|you|votre|vous|ton|ta|tes|tu|su|sus|dein|deine|ihr|ihre)\s)/iu;
// What only a person (or a pet) does, after one word: "Janna got sunburnt", "Zoéva fête ses 60
// ans", "Ana cumple 7 años". Firms confirm, pay and write too; they are not allergic and do not
// turn sixty, so these count after a name known only to the wide gazetteer.
export const ANIMATE_AFTER_RE =
  /^ (?:got (?:sunburnt|sunburned|sick|lost|married|engaged|hurt|stung|bitten)|is (?:allergic|sick|ill|asleep|teething|poorly|pregnant)|was (?:allergic|sick|ill|asleep)|loves|loved|hates|misses|missed|feels|felt|slept|sleeps|cried|cries|laughed|smiled|turns \d|turned \d|is turning \d|passed away|was (?:amazing|awesome|fantastic|brilliant|wonderful|lovely|so (?:kind|helpful|nice|friendly|patient|rude)|super (?:nice|helpful|friendly)|very (?:kind|helpful|friendly|patient|rude))|war (?:super|toll|spitze|sehr (?:nett|freundlich|hilfsbereit|geduldig)|total (?:nett|unfreundlich)|unfreundlich)|était (?:super|géniale?|adorable|formidable|très (?:gentille?|aimable|patiente?|sympa))|a été (?:super|géniale?|adorable|très (?:gentille?|aimable|patiente?))|fue (?:muy (?:amable|simpátic[oa]|atent[oa]|pacient[oa])|un amor|genial)|es (?:un amor|muy (?:amable|simpátic[oa]|atent[oa]))|ist (?:allergisch|krank|schwanger|eingeschlafen|verstorben|gestorben)|hat (?:Geburtstag|Fieber|Schnupfen)|wird \d|feiert (?:seinen|ihren)|freut sich|vermisst|schläft|schlief|weint|weinte|lacht|lachte|fête (?:ses|son)|a \d{1,3} ans|aura \d{1,3} ans|est (?:allergique|malade|enceinte|décédée?)|s['’]est (?:endormie?|blessée?|mariée?)|nous manque|dort|pleure|cumple|cumplió|tiene \d{1,3} años|es alérgic[oa]|está (?:enferm[oa]|embarazada)|falleció|echa de menos|duerme|llora|lloró|se ha dormido)(?![\p{L}])/u;

// Prefixes only surnames have: O'Sullivan, McCarthy, MacLeod, D'Angelo, FitzGerald.
export const SURNAME_PREFIX_RE = /^(?:O['’]|Mc|Mac(?=\p{Lu})|D['’]|Fitz)\p{Lu}/u;
export const SURNAME_SUFFIX_RE =
  /(?:sson|son|sen|ez|es|ski|ska|sky|ova|eva|ov|ev|ini|elli|etti|ucci|mann|berg|stein|ier|eau|ault|akis|opoulos|ian|yan|enko|uk|wicz|vić|vic|ić|ing|ton|ley|ford|wood|well|field)$/;

// "Saint-Denis", "Port Elizabeth", "Santa Monica", "Bad Homburg": a place, even with a name in it.
export const PLACE_PREFIX_RE =
  /^(?:Saint|Sainte|St|Ste|Sankt|San|Santa|Santo|São|Sao|Port|Fort|Mount|Mont|Bad|Puerto|Porto|Cape|Cap|Villeneuve|Lake|Lac|Lago)(?:-|$)/u;
// A preposition of place right before a lone capitalised word.
export const PLACE_PREPOSITION_BEFORE_RE = /(?:^|\s)(?:in|nach|en|near)\s$/iu;
// "St. Moritz", "Ste. Marie", "Sta. Lucía": an abbreviated saint names a place.
export const SAINT_BEFORE_RE = /(?:^|[^\p{L}])(?:St|Ste|Sta|Sto|Sn)\.\s?$/u;
// Travel words before a lone name ("arrivée à Lourdes", "Abfahrt Florenz", "change in Charlotte").
export const TRAVEL_BEFORE_RE =
  /(?:^|[^\p{L}])(?:greetings from|grüße aus|grüsse aus|saludos desde|bons baisers de|livraison|livraison prévue|delivery|deliver|delivered|entrega|lieferung|zustellung|shipped|shipping|envoi|envío|versand|trip|journey|voyage|viaje|reise|vacation|holiday|holidays|vacaciones|vacances|urlaub|visit|visite|visita|besuch|moved|mudanza|déménagement|umzug|arriv\p{L}*|départ|depart\p{L}*|correspondance|escale|abfahrt|ankunft|umstieg|umsteigen|halt|salida|llegada|escala|transbordo|change|stopover|layover|flight|vol|flug|vuelo|train|zug|tren)\s+(?:(?:à|a|de|d'|in|en|at|to|from|nach|von|ab|über|via|por)\s+)?$/iu;
export const QUESTION_AFTER_RE = /^ (?:you|we|i|I|they|he|she|it)\b/;
// "Will the car park stay open?", "May this": a modal opening a question, though listed as a name.
export const MODAL_NAMES: ReadonlySet<string> = new Set(['Will', 'May', 'Can', 'Shall', 'Bill']);
export const MODAL_QUESTION_AFTER_RE =
  /^ (?:the|a|an|this|that|there|these|those|my|your|our|his|her|their|it|we|you|i|they|he|she|me|us|do|be|all|every|each|any|some|no|not)\b/;
// "Ruby → 13.6", "Julia 1.9", "Ruby pipeline", "Jasmine tests": software named like a person.
export const SOFTWARE_AFTER_RE =
  /^(?: ?(?:→|->) ?v?\d| v?\d+\.\d|-\d+(?:\.\d+)?[BbMmKk](?![\p{L}\d])| \d{1,2}(?:\.\d{1,2})?(?: \d+(?:\.\d+)?[BbMm](?![\p{L}\d])| (?:Haiku|Sonnet|Opus|Pro|Ultra|Turbo|Mini|Nano|Flash|Instruct|Chat|Large|Medium|Small|Plus|Max|Lite)\b)| (?:cost|costs|pricing|subscription|licen[cs]e|plan|tier)\b| (?:pipeline|pipelines|plugin|plugins|gem|gems|runtime|sdk|image|images|cluster|job|jobs|build|builds|server|client|library|package|module|webhook|integration|connector|instance|container|node|version|release|upgrade|agent|worker|api|app|service|tests|test|suite|runner|driver|bindings|binding|wrapper|script|scripts|workflow|repo|repository|branch|deploy|deployment|dashboard|exporter|operator|chart|config|cli|daemon|stack|engine)\b)/u;
// "Updated Hudson → v7", "Mise à jour de Grafana", "Aktualisiert: Kafka": software being updated.
export const SOFTWARE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:kostet|kosten|coûte|coûtent|cuesta|cuestan|price of|pricing of|prix de|precio de|preis von|preise für|subscribe to|s'abonner à|suscribirse a|runs on|running on|tourne sur|läuft auf|funciona con|basismodell:?|base model:?|modèle de base ?:?|modelo base:?|updated|upgraded|bumped|installed|uninstalled|deprecated|mise à jour de|mis à jour|actualizado|actualizada|aktualisiert:?|migrated to|switched to|replaced by|powered by|built with)\s+$/iu;
// "Dean of Students", "Head of Sales": a role, not a name.
export const ROLE_OF_AFTER_RE = /^ of (?:the )?\p{Lu}/u;
// "ein Heinz", "une Clio": an indefinite article before one word makes a thing.
// German nouns take their article too: "Der Schneider hat das erledigt" (the tailor).
export const ARTICLE_BEFORE_RE =
  /(?:^|[^\p{L}])(?<!(?:van|von|Van|Von|ter|zu|vom|de) )(?:ein|eine|einen|einem|un|une|una|[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s(?:\p{Ll}+(?:e|en|er|es|em)\s)?$/u;
// "Mercedes y Rosario": beside a place or brand, a name-shaped word is one too.
export const COORDINATION_GAP_RE = /^ (?:y|and|und|et|e|&) $/u;
export const QUANTITY_BEFORE_RE =
  /(?:^|[^\p{L}\d])\d{1,4} ?[×x] ?(?:(?:Mr|Mrs|Dr|Don|Uncle|Monsieur)\.? )?$/u;
// Rooms and buildings named after people: Room "Marie Curie", Raum „Ada Lovelace", salle Curie.
export const ROOM_BEFORE_RE =
  /(?:^|[^\p{L}])(?:room|raum|saal|salle|sala|salon|suite|ballroom|lounge|hall|building|gebäude|bâtiment|edificio|auditorium|hörsaal|amphi|aula|estación de|gare|bahnhof|aeropuerto|aéroport|flughafen|airport)\s+["„“«']?\s*$/iu;
// A course, then what it teaches: "Taller de Arduino", "Kurs zu Python", "Workshop on Ruby".
export const TOPIC_BEFORE_RE =
  /(?:^|[^\p{L}])(?:workshop|taller|atelier|kurs|curso|cours|course|class|clase|seminar|seminario|séminaire|einführung|introducción|introduction|intro|tutorial|formation|formación|schulung|training)\s+(?:de|d['’]|on|to|in|zu|sur|en|über|about|of|for)\s*$/iu;
// A capitalised name and an ampersand right before: "Smitham & ".
export const FIRM_AMPERSAND_BEFORE_RE = /\p{Lu}[\p{L}'’-]+ & $/u;
// A chat line's start or time stamp right before a name: "[10:12] Émeline : …", "Jonas: …",
// "[CRM] 2025-03-18T22:04:26Z – Nikolas: …".
export const SPEAKER_BEFORE_RE =
  /(?:(?:^|\n)[ \t]*|(?:^|\n)[^\n]{0,60}?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t]*(?:[–—-][ \t]*)?)$/;
// A chat time stamp after a speaker's name: "Constantin (07:51): Hallo".
export const TIME_AFTER_SPEAKER_RE = /^ \(\d{1,2}:\d{2}(?::\d{2})?\) ?:/;
// A chat time stamp right before a name: "[09:41] ", "14:02 ".
export const TIMESTAMP_BEFORE_RE = /(?:^|\s)\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+$/;
// A preposition right before a lone given name: "Transferencia de Ester", "merci à Chloé" (not
// "a" or "an": English articles).
export const PREPOSITION_BEFORE_RE =
  /(?:^|[\s(])(?:de|à|von|für|pour|para|avec|con|mit|par|por|chez|bei)\s$/iu;
// A dash, then a birth: "• Quibel – born 1974-09-22", "Esterina – né(e) le …", "– geb. 1984".
export const BORN_AFTER_RE =
  /^\s[–—-]\s(?:born|né|née|né\(e\)|geb\.|geboren|nacid[oa](?:\/a)?)\s/iu;
// After a name: ", ", " – ", " @ " or a blank and a phone or an e-mail address ("text Paige @
// 083-7930521", "appelez moi Elinor +33 2 …"; after a blank only a phone's shape, never a date),
// or a line break (group 1) and one, perhaps after a phone label.
export const CONTACT_AFTER_RE =
  /^(?:,[ \t]*|:[ \t]*|[ \t]*\([ \t]*|[ \t]+[–—-][ \t]+|[ \t]+@[ \t]+|[ \t]+(?=\+\d|\(?0\d{2,4}\)?[ .-]?\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3,4})|([ \t]*\n[ \t]*))(?:(?:tel|tél|teléfono|telefon|phone|mobile|mob|mobil|handy|móvil|movil|cel|fon|e-mail|email|mail|courriel|correo)\.?:?[ \t]*)?(?:\+\d{1,3}[ ().-]*\d|\(?0\d{1,4}\)?[ ./-]?\d{2}|\d{3}[ .-]\d{3}[ .-]\d{3,4}|[\w.+-]+@[\w-]+\.)/iu;
// "Left with neighbour at no. 69 (O'Connell-Emard)", "beim Nachbarn Nr. 66 abgegeben (Schäfer)",
// "the receptionist (Braeden, I think)": a neighbour's or a staff member's name in brackets.
export const NEIGHBOUR_BEFORE_RE =
  /(?:neighbou?r|nachbar\p{L}*|voisin\p{L}*|vecin[oa]s?|receptionist|rezeption\p{L}*|réceptionniste|recepcionista|recepción|waiter|waitress|kellner\p{L}*|serveur|serveuse|camarer[oa]|tour guide|reiseleiter\p{L}*|guía|driver|fahrer\p{L}*|chauffeur|conductor[a]?)[^()\n]{0,24}\($/iu;

// After a given name: the family name's initial, then a break ("Anna K. ·", "Regula V.").
export const GIVEN_INITIAL_AFTER_RE = /^ \p{Lu}\.(?=[\s,;:·)]|$)/u;
// An initial right before a capitalised word: "E. Frami" (not "U.S. Army": a space or a bracket
// before the initial).
export const INITIAL_BEFORE_RE = /(?:^|[\s(])(\p{Lu}\. ?)$/u;

// Between a title and a name: its particles ("Frau| von |Weizsäcker").
export const PARTICLES_GAP_RE =
  /^\.?\s((?:(?:van|von|de|del|della|di|da|du|le|la|der|den|ten|ter|zu|dos|das|do) ){1,3})$/u;
// A title, then name particles, right before a capitalised word.
export const TITLE_PARTICLES_BEFORE_RE =
  /(?:^|[\s(])(?:Herr|Herrn|Frau|Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Me|Sr|Sra|Srta|Dña|Don|Doña|Madame|Monsieur|Mademoiselle|Señor|Señora|Señorita|Senor|Senora)\.?\s((?:(?:van|von|de|del|della|di|da|du|le|la|der|den|ten|ter|zu|dos|das|do) ){1,3})$/u;

// A German compound of a name and a street or institution word.
export const NAMED_COMPOUND_RE =
  /-(?:Allee|Stra(?:ß|ss)e|Platz|Weg|Ufer|Ring|Gasse|Damm|Chaussee|Brücke|Markt|Kai|Steig|Schule|Gymnasium|Realschule|Grundschule|Stiftung|Institut|Haus|Halle|Stadion|Park|Center|Zentrum|Klinik|Klinikum|Krankenhaus|Spital|Hospital|Universität|Hochschule|Bibliothek|Museum|Kirche)$/u;

// German nouns of offices and things end so; surnames almost never do.
export const NOUN_SUFFIX_RE = /(?:ung|heit|keit|schaft|abteilung|amt|ion|tät|erei)$/u;

// After one word introduced as a person, particles and a family name ("heiratete Taelle| van
// Elsteard|"): the rest of the name, which the particle kept out of the sequence.
const PARTICLE_TAIL_RE =
  /^ (?:van der|van den|von der|de la|de los|de las|van|von|de|del|du|da|di|dos|zu) \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}\p{N}])/u;

/** The length of the particles and family name after `end`, or 0. */
export function particleTail(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32) return 0;
  const m = PARTICLE_TAIL_RE.exec(text.slice(end, end + 40));
  if (m === null) return 0;
  const last = m[0].slice(m[0].lastIndexOf(' ') + 1);
  return NOT_NAME_WORDS.has(last) || NOUN_SUFFIX_RE.test(last) || PLACE_PREFIX_RE.test(last)
    ? 0
    : m[0].length;
}
