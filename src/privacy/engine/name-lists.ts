/**
 * Compact name lists, written for this engine (not taken from any dataset): common given names
 * and family names across English, German, French, Spanish, Italian, Dutch, Nordic, Slavic,
 * Arabic, Indian and East Asian use. Lists alone never make a PERSON: the recogniser combines
 * them with shape (First Last), titles and context words, and keeps hard negatives out.
 */

const GIVEN = `
Adrien Agathe Albane Alexis Alix Amélie Anatole Apolline Arnaud Aurore Axel Bastien Bérénice
Blanche Capucine Cédric Céleste Charles Clarisse Colette Corentin Damien Delphine Denis Diane
Edouard Édouard Eloïse Élise Elise Emma Estelle Étienne Etienne Eugénie Fabien Fanny Flavie Gaspard
Gauthier Geneviève Georges Gérard Gerard Grégoire Gregoire Guillemette Hélène Henri Hortense Isaure
Jacqueline Jeanne Joséphine Josephine Josselin Justine Laetitia Léon Léonie Lionel Lise Lou Louise
Lucas Lucien Lucile Madeleine Marcel Margot Marius Martial Maxence Mélanie Melanie Micheline Morgane
Nadège Noé Noémie Octave Odile Pascale Perrine Raphaëlle Régis Roland Rose Sacha Sandrine Serge
Séverine Simone Solange Sylvain Tanguy Thérèse Timothée Tristan Valentin Victoire Virginie Yann
Achim Andrea Anton Arne Benedikt Bettina Björn Carsten Christoph Constanze Dagmar Detlef Doris
Edith Elke Emil Erik Ernst Eva Franz Friedrich Fritz Gerda Gertrud Gudrun Hartmut Heidi Heiko
Helga Henning Hildegard Holger Ilse Irmgard Jakob Janina Jochen Jonas Josef Karl-Heinz Katharina
Konrad Kurt Lothar Ludwig Lutz Magdalena Maik Marlene Martina Mathias Nadine Norbert Olaf Oskar
Otto Rolf Rüdiger Ruediger Sigrid Silke Sönke Tanja Theo Ulrich Ulrike Ute Vanessa Waltraud Wilhelm
Yvonne Agustín Agustin Alfonso Alicia Amparo Andrés Asunción Aurora Begoña Borja Carmen Cayetana
Celia Concepción Diego Eduardo Elena Encarnación Esteban Eva Felipe Fernando Gloria Gregorio Hugo
Inés Iñaki Inigo Íñigo Jaime Jimena Jordi Josefa Julián Julian Leire Lola Lorenzo Luisa Macarena
Marina Marisol Mercè Miren Montserrat Nerea Olga Pau Paloma Pilar Ramiro Remedios Ricardo Rosalía
Salvador Sergi Soledad Susana Tomás Tomas Valentina Xavier Ximena Yolanda Zoe Aarón Adriana
Alessio Beatrice Bianca Carlo Cristiano Daniele Dario Enrico Fabrizio Gianluca Gianni Ilaria
Leonardo Marta Mattia Nicola Pietro Raffaele Rebecca Sofia Tommaso Umberto Veronica Vittoria
Abigail Alan Albert Alfie Archie Arthur Ben Bethany Callum Cameron Carl Chelsea Connor Craig Dale
Darren Dean Derek Eleanor Ellen Erin Ethan Evan Freddie Gavin Gemma Georgia Glen Graham Hayley
Holly Ian Imogen Isaac Jake Jamie Jasmine Joel Jodie Kieran Leah Leon Lewis Luke Matilda Megan
Mollie Nathaniel Neil Oscar Owen Phoebe Reece Rhys Rory Ross Ryan Scarlett Seb Shane Stuart
Tara Toby Tom Trevor Victor Wendy Zachary Zara Ahmed Farah Hamza Ibrahim Imran Jamal Layla Malik
Nadia Omar Rashid Reza Said Sami Tarek Yasmin Youssef Zaid Zeynep Emre Mehmet Murat Elif Ayşe
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan
Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald
Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan
Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip
Louis Harry Oliver Liam Lucas Leo Oscar Theo Max Felix Hugo Arthur Emil Luca Finn Paul Jonas
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan
Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa
Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Chloe Mia Ava Ella Lily Zoe Grace
Sophie Lucy Ellie Amelia Isla Freya Poppy Ruby Evie Jessie Jenny Kate Claire Fiona Rose
Hans Klaus Jürgen Juergen Dieter Wolfgang Uwe Günter Guenter Horst Helmut Gerhard Manfred Werner
Heinz Karl Walter Frank Stefan Andreas Thomas Michael Markus Matthias Sebastian Tobias Florian
Maximilian Moritz Lukas Jan Tim Niklas Philipp Fabian Julian Simon Johannes Felix Leon Elias
Ben Paul Henrik Mats Lars Sven Jens Ole Finn Torsten Dirk Ralf Rainer Bernd Jörg Joerg Volker
Ursula Monika Petra Sabine Andrea Claudia Susanne Birgit Gabriele Renate Karin Brigitte Ingrid
Heike Stefanie Katrin Julia Anja Nicole Melanie Sandra Kerstin Christina Jana Lena Lea Laura
Hanna Mia Emilia Leonie Lina Marie Johanna Clara Greta Frieda Ida Mathilda Charlotte Paula
Jean Pierre Michel André Andre Philippe Alain Bernard Jacques François Francois Daniel Patrick
Nicolas Christophe Stéphane Stephane Sébastien Sebastien Julien Laurent Frédéric Frederic
Olivier Thierry Éric Eric Pascal Vincent Guillaume Antoine Mathieu Maxime Romain Alexandre
Thibault Baptiste Clément Clement Quentin Benoît Benoit Yves Gilles Didier Hervé Herve Rémi
Remi Louis Gabriel Raphaël Raphael Jules Adam Arthur Hugo Théo Theo Nathan Enzo Mathis Tom
Marie Nathalie Isabelle Sylvie Catherine Françoise Francoise Valérie Valerie Sandrine Christine
Sophie Céline Celine Véronique Veronique Aurélie Aurelie Camille Julie Émilie Emilie Manon
Léa Lea Chloé Chloe Inès Ines Sarah Pauline Mathilde Élodie Elodie Amandine Margaux Juliette
Hélène Helene Monique Brigitte Chantal Martine Nicole Dominique Florence Agnès Agnes Anaïs
José Jose Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Jesus Alejandro Miguel
Rafael Pedro Pablo Ángel Angel Sergio Fernando Jorge Luis Alberto Álvaro Alvaro Diego Adrián
Adrian Raúl Raul Enrique Ramón Ramon Vicente Ignacio Andrés Andres Rubén Ruben Óscar Mario
Santiago Mateo Hugo Martín Martin Lucas Leo Marcos Gonzalo Iker Unai Aitor Joaquín Joaquin
María Maria Carmen Ana Isabel Laura Dolores Pilar Teresa Rosa Cristina Marta Lucía Lucia
Mercedes Elena Paula Raquel Sara Manuela Beatriz Nuria Silvia Julia Irene Patricia Rocío Rocio
Alba Andrea Sofía Sofia Valeria Martina Daniela Carla Claudia Natalia Noelia Lorena Inés Inmaculada
Marco Giuseppe Giovanni Francesco Alessandro Andrea Matteo Lorenzo Luca Stefano Roberto Paolo
Giorgio Federico Riccardo Davide Simone Emanuele Fabio Massimo Salvatore Antonio Vincenzo
Giulia Francesca Chiara Federica Sara Martina Valentina Alessia Silvia Elisa Giorgia Elena
Daan Sem Bram Lars Thijs Ruben Jeroen Sander Pieter Joost Bas Koen Wouter Maarten Niels Sanne
Femke Anouk Lotte Fleur Eva Lieke Iris Noor Saskia Marieke Ingrid Astrid Sigrid Erik Olaf Nils
Magnus Anders Johan Mikael Henrik Karin Kristin Annika Freja Elin Linnea Maja Ebba Helga Bjorn
Björn Piotr Krzysztof Tomasz Paweł Pawel Marcin Michał Michal Katarzyna Agnieszka Anna Magdalena
Ivan Dmitri Dmitry Sergei Sergey Alexei Alexey Vladimir Nikolai Olga Natalia Tatiana Irina
Svetlana Elena Yulia Ekaterina Oksana Andrei Andriy Bogdan Milan Petr Jakub Tereza Lucie
Mohammed Mohamed Muhammad Ahmed Ahmad Ali Omar Hassan Hussein Youssef Yusuf Ibrahim Khalid
Karim Mustafa Mahmoud Tariq Amir Samir Nabil Rami Fatima Aisha Leila Layla Yasmin Yasmine Nour
Mariam Zainab Amina Salma Hana Rania Samira Amara Chidi Emeka Kwame Kofi Ama Abena Ngozi Adebayo
Oluwaseun Tunde Thabo Sipho Zanele Wanjiru Raj Rahul Amit Arjun Vikram Sanjay Suresh Ramesh
Anil Sunil Ravi Rohan Aditya Vivek Deepak Manoj Arun Karthik Priya Ananya Divya Pooja Neha Anjali
Sunita Kavita Lakshmi Meera Aarav Ishaan Wei Li Ming Jun Hui Yan Lei Jing Fang Xin Hao Yu Chen
Mei Ling Xiao Hiroshi Takashi Kenji Yuki Haruto Sota Daiki Akira Satoshi Yuto Sakura Aiko
Yui Hina Naoko Keiko Yoko Emi Min Seo Ji Hyun Jisoo Minho Joon Soo Thi Minh Anh Linh Nguyen
Duc Huong Victor Víctor Esperanza Consuelo Guadalupe Rosario Siobhan Aoife Niamh Ciara Declan
Conor Seán Eoin Oisín Cormac Ruairí Bríd Gráinne Isidro Leandro Gustavo Rodrigo Emilio Ernesto
Aurélien Gaëlle Solène Maëlle Loïc Yannick Gwen Soizic Jürgen Gisela Hannelore Wiebke Anke
Carlos Luiz Joao João Tiago Rafaela Beatriz Gabriela Larissa Camila Fernanda Bruna
`;

const FAMILY = `
Abernathy Adler Alvarado Arias Arroyo Bailly Barre Barthe Baudin Benoit Berger Bertin Besson
Blanchet Bouchard Boucher Boulanger Bourdon Bousquet Brunel Carré Chauvin Chevallier Collet
Cordier Cousin Delmas Deschamps Devaux Drouet Dumont Dupré Duvernois Étienne Fleury Forestier
Fournier Gaillard Garnier Gilbert Godard Guillaume Hamon Hubert Jacquet Joubert Julien Laine
Lambert Langlois Laurent Lebon Lebrun Leclerc Lecomte Lefort Legros Lemaire Lemoine Leroux Lévêque
Maillard Marchal Marechal Martel Mathieu Menard Millet Moulin Navarro Olivier Paris Pelletier
Perret Petit Pichon Poirier Poulain Prévost Raynaud Rey Richard Rivière Riviere Rolland Roussel
Royer Sauvage Schneider Texier Thibault Tessier Vasseur Vidal Weber Albers Arnold Bach Barth Bär
Baur Beyer Bock Brand Brenner Brinkmann Buchholz Dietz Ebert Eckert Engel Fiedler Fink Fischer
Forster Frey Friedrich Gärtner Geiger Gerlach Götz Graf Grimm Gruber Haas Hagen Hahn Hauser Heinz
Hempel Hermann Hesse Hoffmann Hofmann Horn Huber Jäger Kaiser Keller Kessler Kirchner Klein Knoll
Koch Köhler Kolb König Kraft Krämer Krause Kuhn Lang Lehmann Lindemann Link Lorenz Lutz Maurer Mayer
Menzel Metzger Möller Müller Nagel Neumann Ott Pfeiffer Popp Quast Reuter Richter Ritter Roth Sander
Sauer Schäfer Scherer Schilling Schmid Schmitz Schneider Scholz Schreiber Schubert Schuster Schulte
Schulz Schumacher Schwarz Seidel Seifert Sommer Stark Stein Steiner Thiel Vogel Voigt Wagner Walter
Weber Wendt Werner Winkler Wolf Wolff Zimmermann Abad Acosta Aguirre Alba Aranda Arenas Ávila Avila
Barrios Bermúdez Bravo Bustos Cabello Calderón Camacho Cárdenas Carmona Carrillo Castaño Cisneros
Contreras Córdoba Crespo Cuesta Delgado Espinosa Esteban Estévez Fajardo Figueroa Franco Galán
Gallardo Gálvez Gil Guerra Heredia Ibáñez Jiménez Lara León Lozano Luna Macías Maldonado Manzano
Márquez Mata Mejía Miranda Mora Moya Murillo Nieto Ochoa Orozco Pacheco Padilla Palacios Pardo
Parra Paredes Pastor Peña Plaza Ponce Quintero Quiroga Rivas Robles Rojas Roldán Rosales Rosario
Salas Salinas Sanz Sepúlveda Solís Soria Suárez Tapia Toledo Trujillo Valdés Valencia Valle Vargas
Vega Velasco Vera Vicente Villa Zamora Zapata Amato Barone Basile Bellini Benedetti Bernardi Bianco
Cattaneo Colonna Coppola Costa D'Amico De Angelis Donati Fabbri Farina Fiore Gatti Grasso Guerra
Longo Lupo Mancuso Marchetti Mazza Messina Monti Morelli Orlando Palumbo Parisi Pellegrini Rizzi
Rossetti Ruggiero Sala Sanna Santini Silvestri Testa Valentini Villa Vitali Abbott Atkinson Barker
Bates Bishop Blake Booth Bowen Bradshaw Briggs Brooks Burke Burton Carr Chambers Chapman Clarke
Cole Cross Dawson Day Dean Dixon Doyle Duffy Elliott Fleming Fletcher Foster Francis Frost Gibbs
Goodwin Gough Hale Hammond Hardy Harper Hawkins Hayward Higgins Hodgson Holland Holt Hopkins Horton
Howell Hughes Hurst Jarvis Jennings Kemp Kerr Lamb Lawson Lloyd Lowe Lucas Mann Marsh Matthews
McAllister McKenzie Mellor Moss Newman Nicholson Norris North Norton Osborne Page Parsons Pearce
Pearson Potter Quinn Read Rees Reid Rhodes Robson Rowe Sharp Shepherd Slater Steele Stevenson
Summers Sutton Swift Talbot Thornton Tucker Turner Wade Walsh Walters Watts Webster Wheeler
Whitehead Wilkinson Winter Wolfe Woodward Wyatt Fernandes Oliveira Okonkwo Okafor Adeyemi Banda
Mbeki Nkosi Osei Acheampong Kiplagat Haile Tesfaye Abebe
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders
Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter
Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce
Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane
Riley Andrews Ray Berry Perkins Hoffman Johnston Matthews Pena Richards Willis Carpenter Lawrence
Sandoval OBrien O'Brien O'Connor O'Neill O'Sullivan MacDonald McCarthy McLaughlin Murphy Kelly
Byrne Doyle Walsh Quinn Brennan Gallagher Fitzgerald Kennedy Lynch Evans Hughes Davies Jones
Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
Schaefer Koch Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz Zimmermann Braun
Krüger Krueger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze
Maier Köhler Koehler Herrmann König Koenig Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Moeller Weiß Weiss Jung Hahn Schubert Vogel Friedrich Keller Günther Guenther Frank Berger
Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Boehm Winter Kraus
Martin Schumacher Krämer Kraemer Vogt Stein Jäger Jaeger Otto Sommer Groß Gross Seidel Heinrich
Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas
Bernard Dubois Durand Lefebvre Leroy Moreau Simon Laurent Michel Garcia David Bertrand Roux
Vincent Fournier Morel Girard André Andre Lefèvre Lefevre Mercier Dupont Lambert Bonnet François
Francois Martinez Legrand Garnier Faure Rousseau Blanc Guerin Guérin Muller Henry Roussel
Nicolas Perrin Morin Mathieu Clement Clément Gauthier Dumont Lopez Fontaine Chevalier Robin
Masson Sanchez Gerard Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel
Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet
Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal
Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier
García Garcia Rodríguez Rodriguez González Gonzalez Fernández Fernandez López Lopez Martínez
Martinez Sánchez Sanchez Pérez Perez Gómez Gomez Martín Martin Jiménez Jimenez Ruiz Hernández
Hernandez Díaz Diaz Moreno Muñoz Munoz Álvarez Alvarez Romero Alonso Gutiérrez Gutierrez
Navarro Torres Domínguez Dominguez Vázquez Vazquez Ramos Gil Ramírez Ramirez Serrano Blanco
Molina Morales Suárez Suarez Ortega Delgado Castro Ortiz Rubio Marín Marin Sanz Núñez Nunez
Iglesias Medina Garrido Cortés Cortes Castillo Santos Lozano Guerrero Cano Prieto Méndez Mendez
Cruz Calvo Gallego Vidal León Leon Márquez Marquez Herrera Peña Pena Flores Cabrera Campos
Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo
Hidalgo Montero Ibáñez Ibanez Giménez Gimenez Ferrer Durán Duran Santiago Benítez Benitez
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
DeLuca De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra
de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer Mulder
de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits de Graaf
van der Meer van der Linden Kok Jacobs de Haan Vermeulen van den Heuvel van der Veen van Beek
Berg Van der Berg Van den Berg Vandenberg Vanderberg Lindqvist Lindberg Lindgren Andersson
Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Christensen
Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski
Lewandowski Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski
Ivanov Ivanova Smirnov Smirnova Kuznetsov Kuznetsova Popov Popova Petrov Petrova Sokolov
Volkov Novak Novakova Horvat Kovacs Kovač Nagy Toth Szabo Horvath Popescu Ionescu Dimitrov
Haddad Khan Ahmed Ali Hassan Hussain Rahman Abdullah Mansour Nasser Saleh Khalil Aziz Karimi
Hosseini Mohammadi Rahimi Yilmaz Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydin
Okafor Okonkwo Adeyemi Mensah Owusu Boateng Diallo Traore Traoré Ndiaye Diop Kamara Mwangi
Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Menon Das Bose Banerjee Chatterjee Mukherjee Joshi
Mehta Shah Desai Verma Mishra Agarwal Pillai Chopra Kapoor Malhotra Bhat
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Sato Saito Park Choi Jung Kang Cho Yoon Jang
Lim Han Shin Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Santos Oliveira Souza Lima
Pereira Ferreira Alves Ribeiro Carvalho Gomes Martins Araujo Araújo Rocha Dias Barbosa Cardoso
`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}

export const GIVEN_NAMES: ReadonlySet<string> = toSet(GIVEN);
export const FAMILY_NAMES: ReadonlySet<string> = toSet(FAMILY);

/** Lower-case particles inside family names ("van der Berg", "de la Cruz", "von Weber"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'la',
  'le',
  'von',
  'zu',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'ter',
  'ten',
  'y',
  'bin',
  'ibn',
  'al',
  'el',
  'Van',
  'Von',
  'De',
  'Del',
  'Di',
  'Da',
  'Du',
  'La',
  'Le',
  'Der',
  'Den',
  'Al',
  'El',
]);

/**
 * Given names that are also ordinary words, places or virtues in one of our languages ("Prudence :
 * conservez …", "Clara y directa", "Oficinas de Soledad"); alone they need context to count.
 */
export const AMBIGUOUS_GIVEN: ReadonlySet<string> = toSet(`
May June April August Grace Will Mark Rose Hope Joy Max Ray Jean Long Young Frank Bill Jack Art
Guy Dawn Iris Summer Paris Georgia Jordan Chelsea Madison Sydney Austin Lincoln Eugene Rhodes
Victoria Florence Lane West Hill Stone King Cook Bell Do Ho Le Ma He Li Han Min Ji Yu Lim Ali Juan
Angel Marie Christian Pierre Olivier Roger Ben Tom Leo Noor Ana Emi Thi
Faith Patience Charity Prudence Constance Mercy Honor Sunny Penny Ivy Holly Heather Daisy Lily
Amber Crystal Autumn River Hunter Chase Claire Aurore Blanche Céleste Fleur Violette Modeste
Félicité Clémence Victoire Espérance Marine Olive Clara Soledad Dolores Rosario Pilar Concepción
Consuelo Amparo Esperanza Luz Paz Salud Remedios Milagros Socorro Caridad Gracia Trinidad Nieves
Estrella Paloma Flor Luna Sol Rocío Alba Blanca Rosa Asunción Encarnación Inmaculada Natividad
Reyes Ernst Heide
`);

/**
 * Capitalised words that are not people even when next to a name-shaped word: months and days
 * in four languages, big companies and products, places, address and organisation words. The
 * PERSON recogniser drops a candidate when one of its tokens is listed here.
 */
export const NOT_NAME_WORDS_BASE: ReadonlySet<string> = toSet(`
January February March April May June July August September October November December
Januar Februar März Maerz Mai Juni Juli Oktober Dezember Janvier Février Fevrier Mars Avril
Juin Juillet Août Aout Septembre Octobre Novembre Décembre Decembre Enero Febrero Marzo Abril
Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Montag Dienstag Mittwoch Donnerstag
Freitag Samstag Sonntag Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Lunes Martes
Miércoles Miercoles Jueves Viernes Sábado Sabado Domingo
Amazon Apple Google Microsoft Meta Facebook Netflix Tesla Oracle IBM Intel Cisco Adobe Salesforce
Uber Airbnb Spotify Twitter LinkedIn GitHub Slack Stripe PayPal Visa Mastercard Samsung Sony
Siemens Bosch Volkswagen Mercedes BMW Audi Porsche Allianz SAP Renault Peugeot Airbus Michelin
Carrefour Danone Total Orange Telefonica Telefónica Santander Zara Inditex Iberia Repsol
Contoso Fabrikam Initech Umbrella Acme Globex Northwind Hooli Piedpiper
ChatGPT OpenAI Anthropic Copilot Gemini Grok Mistral Mixtral Llama Qwen DeepSeek Perplexity Bard
Cortana Siri Midjourney
Street Avenue Road Lane Drive Boulevard Court Way Place Square Park Plaza Highway Parkway
Straße Strasse Platz Weg Allee Rue Calle Avenida Paseo Plaza Main Elm Oak Pine Maple Cedar
London Paris Berlin Madrid Rome Vienna Munich München Hamburg Cologne Köln Frankfurt Lyon
Marseille Barcelona Valencia Sevilla Seville Bilbao Amsterdam Brussels Zurich Geneva Dublin
Boston Chicago Denver Seattle Dallas Houston Phoenix Portland Atlanta Miami Boise Omaha
Sacramento California Texas Florida York Jersey Europe America Germany France Spain
Deutschland Frankreich Spanien España Espagne Allemagne Italy Italia
Inc Ltd LLC GmbH AG SA SAS SARL SL Corp Corporation Company Bank Group Team Support Service
Services University Hospital Clinic Department Office Ministry Council Committee Board
Bonjour Bonsoir Salut Hola Hallo Buenos Buenas Ciao Estimado Estimada Querido Querida Cher Chère
Liebe Lieber Sehr Geehrte Geehrter Grüße Gruß Danke Merci Gracias Saludos Cordialement Atentamente
Ihre Ihr Ihrer Ihren Sie Die Der Das Den Dem Des Wir Unser Unsere Bitte Ein Eine Einen Mit Von Für
Votre Vos Nous Le La Les Un Une Des Du Au Aux Pour Avec Veuillez Madame Monsieur Mesdames
Su Sus Nuestro Nuestra El Los Las Una Unos Por Para Con Del Usted Ustedes Le Les
Dear Hello Hi Thanks Thank Regards Best Kind Sincerely Love Cheers Hugs Kisses Xoxo Bisous Bises Besos Besitos Abrazos Bussi From Patient Customer Client Employee Applicant
Mr Mrs Ms Miss Dr Prof Sir Madam Herr Frau Monsieur Madame Mademoiselle Señor Senor Señora
Senora Don Doña Dona The This That These Those Our Your Their Please Note Order Invoice Ticket
Server Account Card Payment Release Version Build Login Password Email Phone Address Name
State County City Province Region District River Lake Mountain Valley Bay Beach Island Bridge Center Centre Tower Hall Station Airport
Project Foundation Institute College School Church Museum Lab Labs Systems Solutions Technologies
Programme Programm Programa Program Treueprogramm Day Ballroom Suite Lounge Foyer Sixt Europcar
Partners Holdings Capital Ventures Industries Consulting Media Studio Studios Cloud Data
Christmas Easter Halloween Thanksgiving Boxing Ramadan Weihnachten Ostern Noël Navidad Pascua
Monday's Friday's Quarterly Annual Summary Report Project Meeting Offsite Update Upgrade
Guten Tag Morgen Abend Meine Mein Meinen Meiner Bonne Journée Buen Día Días Tardes Noches Good
Morning Afternoon Evening
Director Directora Directeur Directrice Responsable Leiter Leiterin Leitung Teamleitung Jefe Jefa
Gerente Head Chief Senior Junior Operations Operaciones Opérations Ventas Vertrieb Einkauf
Marketing Finance Finanzas Recursos Humanos Commercial Comercial Logistics Logistik Logística
Falls Springs Heights Atención Cliente Clientes Servicio Kundendienst Kundenservice
Kollegin Kollege Kolleginnen Kollegen Colleague Colleagues Confrère Consœur Manager Hiring
Recruiter Recruiting Care Staff Personnel
Kunde Kundin Kunden Mitarbeiter Mitarbeiterin Berater Beraterin Conseiller Conseillère Agent Agente
Asesor Asesora Operador Operadora Vorname Nachname Familienname Apellido Apellidos Prénom Surname
System Bot Chatbot Assistant Admin Administrator Moderator Guest Host Info Warning Error Debug Alert
Status Notice
I'm I’m I'll I’ll I've I’ve I'd I’d
Award Awards Prize Preis Prix Premio Medal Fellowship Scholarship Lecture Memorial Trophy
Wharf Quay Pier Harbour Harbor Marina
Blvd Ave Rd Hwy Pkwy Ufer Gasse Chaussee Promenade
Person Personne Persona Cuisine Sales Hotline Helpdesk Reception Empfang Zentrale Accueil
Recepción Standard Büro Bureau Oficina Notruf Emergency Urgences Urgencias
Neue Neu Nummer Telefon Telefonnummer Rufnummer Durchwahl Mobil Handy Fax Nouveau Nouvelle Numéro
Portable Nuevo Nueva Número Móvil Teléfono New Number Direct Direkt Privat Private Mobile Cell
Ireland Irland Irlande Irlanda Austria Österreich Autriche Switzerland Schweiz Suisse Suiza Belgium
Belgien Belgique Bélgica Netherlands Niederlande Holland Mexico México Mexique Mexiko Canada Kanada
Canadá Australia Australien Australie Portugal Poland Polen Pologne Polonia Sweden Schweden Suède
Suecia Norway Norwegen Norvège Noruega Denmark Dänemark Danemark Dinamarca Finland Finnland Finlande
Finlandia Greece Griechenland Grèce Grecia Turkey Türkei Turquie Turquía Japan Japon Japón China
Chine Brazil Brasilien Brésil Brasil Argentina Argentinien Argentine Colombia Kolumbien Colombie
Peru Perú Pérou Luxembourg Luxemburg Luxemburgo Scotland Schottland Écosse Escocia England
Angleterre Inglaterra Britain Kingdom Königreich Royaume Reino Unido Uni Vereinigtes Francia
Alemania Italien Italie Italia Estados Unidos États-Unis Vereinigte Staaten
Royal Mail Post Poste Correos Parcel Courier Express
Je Tu Il Ils Elles On Yo Tú Él Ich Er Wir
Admisión Admissions Recepción Administración Secretaría Contabilidad Facturación Verwaltung
Buchhaltung Sekretariat Comptabilité Facturation Accounting Billing Payroll Lohnbuchhaltung Nómina
Paie Einkauf Achats Compras Procurement Legal Compliance Rechtsabteilung Juridique Jurídico
Landlord Landlady Tenant Tenants Lessor Lessee Buyer Seller Purchaser Vendor Employer Contractor
Guarantor Licensor Licensee Party Parties Nachbar Nachbarn Nachbarin Voisin Voisine Vecino Vecina
Teams Premium Product Owner Paralegal Lawyer Attorney Accountant Nurse Physician Engineer Developer
Designer Consultant Analyst Architect Teacher Technician Mechanic Electrician Plumber Cashier
Advisor Adviser Specialist Coordinator Administrator Secretary Receptionist Pharmacist Therapist
Dentist Surgeon Notary Notaire Abogado Abogada Anwalt Anwältin Rechtsanwalt Rechtsanwältin Avocat
Avocate Comptable Contador Contadora Steuerberater Steuerberaterin Ingeniero Ingeniera Ingénieur
Ingenieur Ingenieurin Entwickler Entwicklerin Développeur Développeuse Desarrollador Desarrolladora
Enfermera Enfermero Krankenschwester Infirmière Infirmier Professeur Profesor Profesora
`);

/**
 * Trade words that make a business of the capitalised words around them ("Harbourside
 * Pharmacy", "Seguros Aurora", "Ironbridge Telecom"). Not listed although they name businesses:
 * Mercado and Arena, common Spanish family names.
 */
export const TRADE_WORDS: ReadonlySet<string> = toSet(`
Pharmacy Pharmacie Farmacia Apotheke Drugstore Telecom Telekom Telecomunicaciones Stadium
Stadion Estadio Stade Market Markt Marché Supermarket Supermarkt Supermercado Mall Shop
Store Stores Bahn Railway Railways Airways Airlines Aerolíneas Motors Automotive Autohaus Energy
Energie Énergie Energía Insurance Versicherung Versicherungen Assurance Assurances Seguros
Mutuelle Bakery Bäckerei Boulangerie Panadería Dental Hotel Hôtel Hostal Café Restaurant
Restaurante Gallery Galerie Galería Theatre Theater Théâtre Teatro Cinema Kino Cinéma Realty
Immobilien Immobilier Inmobiliaria Properties Estates Logistique Transports Transportes
Spedition Stadtwerke Sparkasse Volksbank Banque Banco Crédit Credit Airport Flughafen Aéroport
Aeropuerto Library Bibliothek Bibliothèque Biblioteca Fitness Academy Akademie Académie Academia
Analytics Software Digital Networks Robotics Dynamics Interactive Games Pharma Biotech
Therapeutics Security Sicherheit Sécurité Seguridad Telecommunications Broadband
Suites Edition Outlet Classic Collection Boutique Fondation Foundation Resort Lodge Brasserie
Bistro Pizzeria Trattoria Tavern Taverne Klinik Klinikum Clinique Clínica Hôpital Krankenhaus
Praxis Kanzlei Gestoría Asesoría Notaría Notariat Stiftung Fundación Fundação Fondazione Institut
Instituto Schule Grundschule Gymnasium École Lycée Collège Escuela Colegio Liceo Universität
Université Universidad Bahnhof Gare Estación Zentrum Centro Sport Sports Living Kids Beauty
Parfums Cosmetics Fashion Jeans Denim Couture Outdoor Ferretería Papelería Librería Carnicería
Peluquería Zapatería Joyería Frutería Droguería Tintorería Lavandería Floristería Óptica Metzgerei
Friseur Schreinerei Gärtnerei Buchhandlung Werkstatt Quincaillerie Librairie Boucherie Pâtisserie
Fromagerie Pressing Coiffure Opticien Hardware Plumbing Barbers Florist Opticians Salon
`);

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...NOT_NAME_WORDS_BASE,
  ...TRADE_WORDS,
]);

/** Titles before a name; context, never part of the span. */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Sir',
  'Herr',
  'Herrn',
  'Frau',
  'M',
  'Mme',
  'Mlle',
  'Monsieur',
  'Maître',
  'Maitre',
  'Me',
  'Madame',
  'Mademoiselle',
  'Sr',
  'Sra',
  'Srta',
  'Señor',
  'Señora',
  'Don',
  'Doña',
  'Dña',
  'Dra',
  'Sgt',
  'Officer',
  'Doctor',
  'Doctora',
  'Docteur',
  'Doktor',
]);

/** Hyphenated names count when a part is listed: "Anna-Lena", "Lindemann-Schulz". */
export function listed(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || (w.includes('-') && w.split('-').some((p) => set.has(p)));
}
