// Places that no data package names the way the press does: continents and world regions,
// sub-national regions outside France and the US, seas, rivers and mountains, states that no
// longer exist (archives span decades), and the French/English short forms of countries and US
// states (the ISO lists give "États-Unis d'Amérique", newspapers write "États-Unis").
//
// Read by scripts/build-gazetteers.mjs only (baked into data/places.json, where an entry whose
// id already exists, e.g. a country, just gains the extra names). Unit tests check that every
// name here is found at run time, so an edit without `npm run gazetteers` fails loudly.
//
// Sources: general knowledge of French and English toponymy, cross-checked with Wikipedia's
// « Liste d'exonymes en français » and the French government's list of State names.
// Deliberately absent: "Hollande" (in French news, the former president), "Amérique" for the US
// (also the continent), "Tigre" (tigre), the river "Jordan" and the river "Mississippi"
// (the country and the state are far more frequent), "Amazon" (the company).

import { entryOfKind, type CuratedEntry } from './entry';

export type CuratedPlaceKind =
  | 'country'
  | 'former-country'
  | 'continent'
  | 'region'
  | 'us-state'
  | 'water'
  | 'landform'
  | 'landmark';

/** A curated place; its id is shared with the generated place of the same slug and kind. */
export type CuratedPlace = CuratedEntry<CuratedPlaceKind>;

const country = entryOfKind<CuratedPlaceKind>('country');
const former = entryOfKind<CuratedPlaceKind>('former-country');
const continent = entryOfKind<CuratedPlaceKind>('continent');
const region = entryOfKind<CuratedPlaceKind>('region');
const state = entryOfKind<CuratedPlaceKind>('us-state');
const water = entryOfKind<CuratedPlaceKind>('water');
const landform = entryOfKind<CuratedPlaceKind>('landform');
const landmark = entryOfKind<CuratedPlaceKind>('landmark');

/**
 * Ids of countries, by ISO code, where the English name the ISO list puts first is not the one
 * the press uses (the id is the slug of the name given here).
 */
export const COUNTRY_ID_NAMES: Readonly<Record<string, string>> = {
  CD: 'DR Congo', // both Congos are "Congo" in the ISO list: the ids must differ
  CG: 'Republic of the Congo',
  TR: 'Turkey', // "Türkiye" since 2022; most of the archive says Turkey
  VA: 'Vatican',
  LA: 'Laos',
  SY: 'Syria',
  BN: 'Brunei',
  MD: 'Moldova',
  FM: 'Micronesia',
};

export const CURATED_PLACES: readonly CuratedPlace[] = [
  // ---- Country short forms, abbreviations and former names (en = the country's id name) ------
  country('United States', 'États-Unis', 'Etats-Unis', 'E.-U.', 'America'),
  country('United Kingdom', 'Grande-Bretagne', 'Britain', 'U.K.'),
  country('Russia', 'Fédération de Russie'),
  country('China', 'République populaire de Chine', 'PRC', 'Chine populaire'),
  country('North Korea', 'RPDC', 'DPRK'),
  country('DR Congo', 'RDC', 'RD Congo', 'DRC', 'Congo-Kinshasa', 'Zaïre', 'Zaire'),
  country('Republic of the Congo', 'Congo-Brazzaville'),
  country('Czechia', 'République tchèque', 'Tchéquie'),
  country('Tanzania', 'Tanzanie'),
  country('Eswatini', 'Swaziland'),
  country('Vatican', 'Saint-Siège', 'Holy See', 'Cité du Vatican', 'Vatican City'),
  country('United Arab Emirates', 'Émirats arabes unis', 'EAU', 'Emirates'),
  country('Myanmar', 'Birmanie', 'Burma'),
  country('Netherlands', 'Holland'),
  country("Cote d'Ivoire", "Côte d'Ivoire"),
  country('Central African Republic', 'Centrafrique'),
  country('Bosnia and Herzegovina', 'Bosnie', 'Bosnia'),
  country('North Macedonia', 'Macédoine', 'Macedonia'),
  country('Palestine', 'Territoires palestiniens', 'Palestinian territories', 'État de Palestine'),
  country('Laos', 'Lao'),
  country('Vietnam', 'Viêt Nam', 'Viet Nam'),
  country('Moldova', 'Moldavie'),
  country('Belarus', 'Bélarus', 'Biélorussie', 'Byelorussia'),
  country('Timor-Leste', 'Timor oriental', 'East Timor'),
  country('Cape Verde', 'Cabo Verde'),
  country('Sri Lanka', 'Ceylan', 'Ceylon'),
  country('Thailand', 'Siam'),
  country('Benin', 'Dahomey'),
  country('Burkina Faso', 'Burkina', 'Haute-Volta', 'Upper Volta'),
  country('Taiwan', 'Formose', 'Formosa'),
  country('Syria', 'République arabe syrienne'),
  country('Brunei', 'Brunei'),
  country('Iran', 'République islamique d\'Iran'),
  country('Saudi Arabia', 'Royaume saoudien'),
  country('Dominica', 'la Dominique'),
  country('Mauritius', 'île Maurice', 'Île Maurice'),

  // ---- States that no longer exist ----------------------------------------------------------
  former('Soviet Union', 'Union soviétique', 'URSS', 'USSR', 'U.R.S.S.', 'U.S.S.R.'),
  former('Yugoslavia', 'Yougoslavie'),
  former('Czechoslovakia', 'Tchécoslovaquie'),
  former('East Germany', 'Allemagne de l\'Est', 'RDA', 'GDR'),
  former('West Germany', 'Allemagne de l\'Ouest', 'RFA', 'FRG'),
  former('Ottoman Empire', 'Empire ottoman'),
  former('Austria-Hungary', 'Autriche-Hongrie'),
  former('Prussia', 'Prusse'),
  former('Rhodesia', 'Rhodésie'),
  former('Roman Empire', 'Empire romain'),
  former('Byzantine Empire', 'Empire byzantin'),
  former('Holy Roman Empire', 'Saint-Empire romain germanique', 'Saint-Empire'),
  former('Third Reich', 'IIIe Reich', 'Troisième Reich'),
  former('Indochina', 'Indochine'),
  // Colonies and federations of the 20th century press.
  former('Netherlands Antilles', 'Antilles néerlandaises'),
  former('Belgian Congo', 'Congo belge'),
  former('French West Africa', 'Afrique-Occidentale française'),
  former('French Equatorial Africa', 'Afrique-Équatoriale française'),
  former('Dutch East Indies', 'Indes néerlandaises'),
  // The colonies, protectorates and provinces of the archives, before today's states took their
  // ground ("le Tonkin, l'Annam et la Cochinchine", "the Transvaal", "Basutoland").
  former('Tonkin'),
  former('Annam'),
  former('Cochinchina', 'Cochinchine'),
  former('Transvaal'),
  former('Orange Free State', 'État libre d\'Orange'),
  former('Bechuanaland'),
  former('Basutoland'),
  former('Nyasaland'),
  former('Tanganyika'),
  former('Gold Coast'),
  former('Abyssinia', 'Abyssinie'),
  former('Persia', 'Perse'),
  former('Mesopotamia', 'Mésopotamie'),
  former('Manchuria', 'Mandchourie'),
  former('Bessarabia', 'Bessarabie'),
  former('Ubangi-Shari', 'Oubangui-Chari'),
  former('French Sudan', 'Soudan français'),
  former('Straits Settlements'),

  // ---- Continents ---------------------------------------------------------------------------------
  continent('Europe'),
  continent('Asia', 'Asie'),
  continent('Africa', 'Afrique'),
  continent('Americas', 'Amériques', 'Amérique'),
  continent('North America', 'Amérique du Nord'),
  continent('South America', 'Amérique du Sud'),
  continent('Oceania', 'Océanie'),
  continent('Antarctica', 'Antarctique'),
  continent('Eurasia', 'Eurasie'),

  // ---- World regions ------------------------------------------------------------------------------
  region('Latin America', 'Amérique latine'),
  region('Central America', 'Amérique centrale'),
  region('Caribbean', 'Caraïbes', 'Antilles'),
  region('West Indies', 'Indes occidentales'),
  region('East Indies', 'Indes orientales'),
  region('Middle East', 'Moyen-Orient', 'Mideast'),
  region('Near East', 'Proche-Orient'),
  region('Far East', 'Extrême-Orient'),
  region('Balkans'),
  region('Sahel'),
  region('Maghreb'),
  region('Levant'),
  region('Caucasus', 'Caucase'),
  region('Scandinavia', 'Scandinavie'),
  region('Baltic states', 'États baltes', 'Pays baltes', 'Baltics'),
  region('Benelux'),
  region('Central Asia', 'Asie centrale'),
  region('Southeast Asia', 'Asie du Sud-Est'),
  region('South Asia', 'Asie du Sud'),
  region('East Asia', "Asie de l'Est"),
  region('North Africa', 'Afrique du Nord'),
  region('West Africa', "Afrique de l'Ouest"),
  region('East Africa', "Afrique de l'Est"),
  region('Central Africa', 'Afrique centrale'),
  region('Southern Africa', 'Afrique australe'),
  region('Sub-Saharan Africa', 'Afrique subsaharienne'),
  region('Horn of Africa', "Corne de l'Afrique"),
  region('Western Europe', "Europe de l'Ouest", 'Europe occidentale'),
  region('Eastern Europe', "Europe de l'Est", 'Europe orientale'),
  region('Central Europe', 'Europe centrale'),
  region('Indo-Pacific', 'Indo-Pacifique'),
  region('Arctic', 'Arctique'),
  region('Siberia', 'Sibérie'),
  region('Patagonia', 'Patagonie'),
  region('Amazonia', 'Amazonie', 'Amazon rainforest'),
  region('Mesopotamia', 'Mésopotamie'),
  region('Kurdistan'),
  region('Tibet'),
  region('Xinjiang'),
  region('Kashmir', 'Cachemire'),
  region('Darfur', 'Darfour'),
  region('Tigray', 'Tigré'),
  region('Donbas', 'Donbass'),
  region('Crimea', 'Crimée'),
  region('West Bank', 'Cisjordanie'),
  region('Gaza Strip', 'bande de Gaza', 'Bande de Gaza'),
  region('Golan Heights', 'plateau du Golan', 'Golan'),
  region('Sinai', 'Sinaï'),
  region('Nagorno-Karabakh', 'Haut-Karabakh', 'Karabakh'),
  region('Chechnya', 'Tchétchénie'),
  region('Transnistria', 'Transnistrie'),
  region('Abkhazia', 'Abkhazie'),
  region('South Ossetia', 'Ossétie du Sud'),
  region('Silicon Valley', 'Silicon Valley'),
  region('New England', 'Nouvelle-Angleterre'),
  region('Midwest'),
  // Sub-national regions of other countries, the most reported ones.
  region('England', 'Angleterre'),
  region('Scotland', 'Écosse'),
  region('Wales', 'pays de Galles', 'Pays de Galles'),
  region('Northern Ireland', 'Irlande du Nord'),
  region('Catalonia', 'Catalogne', 'Catalunya'),
  region('Basque Country', 'Pays basque'),
  region('Andalusia', 'Andalousie'),
  region('Bavaria', 'Bavière'),
  region('Flanders', 'Flandre', 'Flandres'),
  region('Wallonia', 'Wallonie'),
  region('Sicily', 'Sicile'),
  region('Sardinia', 'Sardaigne'),
  region('Lombardy', 'Lombardie'),
  region('Tuscany', 'Toscane'),
  region('Quebec', 'Québec', 'province de Québec'),
  region('Ontario'),
  region('British Columbia', 'Colombie-Britannique'),
  region('Alberta'),
  region('Manitoba'),
  region('Saskatchewan'),
  region('Nova Scotia', 'Nouvelle-Écosse', 'Nouvelle-Ecosse'),
  region('New Brunswick', 'Nouveau-Brunswick'),
  region('Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador', 'Terre-Neuve'),
  region('Prince Edward Island', 'Île-du-Prince-Édouard', 'Ile-du-Prince-Edouard'),
  region('Northwest Territories', 'Territoires du Nord-Ouest'),
  region('Yukon'),
  region('Nunavut'),
  region('Maritimes', 'Provinces maritimes'),
  // Australian states and territories ("Victoria" is left out: a first name, and a city in the data).
  region('New South Wales', 'Nouvelle-Galles du Sud'),
  region('Queensland'),
  region('South Australia', 'Australie-Méridionale'),
  region('Western Australia', 'Australie-Occidentale'),
  region('Tasmania', 'Tasmanie'),
  region('Northern Territory', 'Territoire du Nord'),
  // German Länder beside Bavaria, under their French names too.
  region('Baden-Württemberg', 'Bade-Wurtemberg'),
  region('Lower Saxony', 'Basse-Saxe'),
  region('North Rhine-Westphalia', 'Rhénanie-du-Nord-Westphalie'),
  region('Rhineland-Palatinate', 'Rhénanie-Palatinat'),
  region('Saxony', 'Saxe'),
  region('Thuringia', 'Thuringe'),
  region('Saarland', 'Sarre'),
  region('Schleswig-Holstein'),
  region('Mecklenburg-Vorpommern', 'Mecklembourg-Poméranie-Occidentale'),
  // Swiss cantons that are no city's name, in French, German and English.
  region('Valais', 'Wallis'),
  region('Vaud', 'canton de Vaud'),
  region('Graubünden', 'Grisons'),
  region('Ticino', 'Tessin'),
  region('Aargau', 'Argovie'),
  region('Thurgau', 'Thurgovie'),
  region('Glarus', 'Glaris'),
  region('Obwalden', 'Obwald'),
  region('Nidwalden', 'Nidwald'),
  region('Basel-Landschaft', 'Bâle-Campagne'),
  // Belgian provinces that are no city's name.
  region('Hainaut'),
  region('Brabant'),
  region('Walloon Brabant', 'Brabant wallon'),
  region('Flemish Brabant', 'Brabant flamand'),
  region('West Flanders', 'Flandre-Occidentale'),
  region('East Flanders', 'Flandre-Orientale'),
  // Italian and Spanish regions beside those above.
  region('Piedmont', 'Piémont'),
  region('Veneto', 'Vénétie'),
  region('Liguria', 'Ligurie'),
  region('Emilia-Romagna', 'Émilie-Romagne', 'Emilie-Romagne'),
  region('Umbria', 'Ombrie'),
  region('Lazio', 'Latium'),
  region('Campania', 'Campanie'),
  region('Apulia', 'Pouilles', 'Puglia'),
  region('Calabria', 'Calabre'),
  region('Abruzzo', 'Abruzzes'),
  region('Friuli', 'Frioul'),
  region('Aosta Valley', "Val d'Aoste", "vallée d'Aoste"),
  region('Galicia', 'Galice'),
  region('Asturias', 'Asturies'),
  region('Extremadura', 'Estrémadure'),
  region('Cantabria', 'Cantabrie'),
  region('Canary Islands', 'Canaries', 'îles Canaries'),
  // French historic and wine countries the press still names.
  region('Périgord'),
  region('Sologne'),
  region('Médoc'),
  region('Minervois'),
  region('Corbières'),
  // African regions in the news.
  region('North Kivu', 'Nord-Kivu'),
  region('South Kivu', 'Sud-Kivu'),
  region('Kivu'),
  region('Katanga'),
  region('Kasai', 'Kasaï'),
  region('Kabylia', 'Kabylie'),
  region('Casamance'),
  region('Ogaden'),
  // Indian states, as the ISO 3166-2 list writes them without diacritics.
  region('Maharashtra'),
  region('Gujarat'),
  region('Rajasthan'),
  region('Uttar Pradesh'),
  region('Madhya Pradesh'),
  region('Andhra Pradesh'),
  region('Himachal Pradesh'),
  region('Arunachal Pradesh'),
  region('Bihar'),
  region('West Bengal', 'Bengale-Occidental'),
  region('Tamil Nadu'),
  region('Kerala'),
  region('Karnataka'),
  region('Telangana'),
  region('Odisha', 'Orissa'),
  region('Assam'),
  region('Jharkhand'),
  region('Chhattisgarh'),
  region('Haryana'),
  region('Uttarakhand'),
  // English regions and counties the national press names most.
  region('Cornwall', 'Cornouailles'),
  region('Yorkshire'),
  region('Lancashire'),
  // The other counties of the United Kingdom and Ireland, ceremonial, historic and of 1974–96, as
  // the local press names them (Ordnance Survey, ONS and Ordnance Survey Ireland lists). Not those
  // that are also a more frequent town or word ("Durham", "Essex", "Norfolk", "Surrey", "Cork",
  // "Down", "Avon", "Cleveland"), nor given and family names as frequent ("Kerry", "Clare",
  // "Sutherland", "Monaghan"). ("Devon" and "Kent", given names too, are far more often counties.)
  ...[
    'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cumbria', 'Cumberland', 'Derbyshire',
    'Devon', 'Dorset', 'East Sussex', 'West Sussex', 'Sussex', 'Gloucestershire', 'Hampshire', 'Herefordshire',
    'Hertfordshire', 'Isle of Wight', 'Kent', 'Leicestershire', 'Lincolnshire', 'Merseyside', 'Middlesex',
    'Northamptonshire', 'Northumberland', 'North Yorkshire', 'South Yorkshire', 'West Yorkshire', 'East Riding of Yorkshire',
    'Nottinghamshire', 'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset', 'Staffordshire', 'Suffolk', 'Tyne and Wear',
    'Warwickshire', 'Wiltshire', 'Worcestershire', 'Greater Manchester', 'Greater London', 'Humberside', 'Westmorland',
    'Huntingdonshire', 'Glamorgan', 'Mid Glamorgan', 'South Glamorgan', 'West Glamorgan', 'Gwent', 'Dyfed', 'Powys',
    'Gwynedd', 'Clwyd', 'Ceredigion', 'Pembrokeshire', 'Carmarthenshire', 'Monmouthshire', 'Anglesey', 'Denbighshire',
    'Flintshire', 'Fife', 'Lothian', 'Strathclyde', 'Grampian', 'Tayside', 'Argyll', 'Aberdeenshire', 'Perthshire',
    'Ayrshire', 'Lanarkshire', 'Dumfriesshire', 'Inverness-shire', 'Caithness', 'Orkney', 'Shetland', 'Antrim', 'Armagh',
    'Tyrone', 'Fermanagh', 'Donegal', 'Mayo', 'Tipperary', 'Wexford', 'Wicklow', 'Kildare', 'Meath', 'Westmeath',
    'Louth', 'Offaly', 'Laois', 'Longford', 'Roscommon', 'Sligo', 'Leitrim', 'Cavan', 'Carlow', 'Kilkenny',
  ].map((county) => region(county)),
  // The conurbations of British rivers, named as regions ("visit Tyneside", "a Clydeside firm").
  // (Not "Deeside", a Welsh town too.)
  ...['Tyneside', 'Wearside', 'Teesside', 'Clydeside'].map((area) => region(area)),
  region('Punjab', 'Pendjab'),
  // French provinces and the regions merged in 2016, still used by the press and archives.
  region('Alsace'),
  region('Lorraine'),
  region('Champagne'),
  region('Picardy', 'Picardie'),
  region('Aquitaine'),
  region('Limousin'),
  region('Auvergne'),
  region('Burgundy', 'Bourgogne'),
  region('Franche-Comte', 'Franche-Comté'),
  region('Languedoc'),
  region('Provence'),
  region('Dauphine', 'Dauphiné'),
  region('Gascony', 'Gascogne'),
  region('Bearn', 'Béarn'),
  region('Poitou'),
  region('Touraine'),
  region('Anjou'),
  region('Camargue'),
  region('French Riviera', "Côte d'Azur"),
  region('Midi-Pyrenees', 'Midi-Pyrénées'),
  region('Rhone-Alpes', 'Rhône-Alpes'),
  region('Nord-Pas-de-Calais'),
  region('Languedoc-Roussillon'),
  region('Poitou-Charentes'),
  region('Champagne-Ardenne'),
  region('Lower Normandy', 'Basse-Normandie'),
  region('Upper Normandy', 'Haute-Normandie'),

  // ---- US states: French names and disambiguated forms ---------------------------------------
  state('California', 'Californie'),
  state('Florida', 'Floride'),
  state('North Carolina', 'Caroline du Nord'),
  state('South Carolina', 'Caroline du Sud'),
  state('North Dakota', 'Dakota du Nord'),
  state('South Dakota', 'Dakota du Sud'),
  state('Louisiana', 'Louisiane'),
  state('Pennsylvania', 'Pennsylvanie'),
  state('Virginia', 'Virginie'),
  state('West Virginia', 'Virginie-Occidentale'),
  state('New Mexico', 'Nouveau-Mexique'),
  state('Hawaii', 'Hawaï'),
  state('Washington', 'Washington State', 'État de Washington'),
  state('New York', 'New York State', 'État de New York'),
  state('Georgia', 'Georgia State'),

  // ---- Seas, straits, rivers, lakes ---------------------------------------------------------
  water('Mediterranean Sea', 'Méditerranée', 'mer Méditerranée', 'Mediterranean'),
  water('Atlantic Ocean', 'Atlantique', 'océan Atlantique', 'Atlantic'),
  water('Pacific Ocean', 'Pacifique', 'océan Pacifique', 'Pacific'),
  water('Indian Ocean', 'océan Indien'),
  water('Arctic Ocean', 'océan Arctique'),
  water('Black Sea', 'mer Noire'),
  water('Red Sea', 'mer Rouge'),
  water('Baltic Sea', 'mer Baltique', 'Baltique'),
  water('North Sea', 'mer du Nord'),
  water('English Channel', 'Manche', 'la Manche'),
  water('Caspian Sea', 'mer Caspienne', 'Caspienne'),
  water('South China Sea', 'mer de Chine méridionale'),
  water('Persian Gulf', 'golfe Persique', 'Golfe persique'),
  water('Gulf of Mexico', 'golfe du Mexique', 'Gulf of America'),
  water('Aegean Sea', 'mer Égée'),
  water('Adriatic Sea', 'Adriatique', 'mer Adriatique'),
  water('Sea of Azov', "mer d'Azov"),
  water('Strait of Hormuz', "détroit d'Ormuz"),
  water('Bosphorus', 'Bosphore'),
  water('Suez Canal', 'canal de Suez'),
  water('Panama Canal', 'canal de Panama'),
  water('Taiwan Strait', 'détroit de Taïwan'),
  water('Seine'),
  water('Rhine', 'Rhin'),
  water('Danube'),
  water('Nile', 'Nil'),
  water('Thames', 'Tamise'),
  water('Dnieper', 'Dniepr', 'Dnipro River'),
  water('Volga'),
  water('Euphrates', 'Euphrate'),
  water('Yangtze', 'Yangtsé'),
  water('Mekong', 'Mékong'),
  water('Ganges', 'Gange'),
  water('Rio Grande'),
  water('Garonne'),
  // More of the rivers the press names without "river" (not those that are given names or common
  // words: Lot, Ob, Lena, Trent, Clyde, Shannon; nor "Saint-Laurent", a dozen French towns).
  water('Saint Lawrence River', 'St. Lawrence', 'St Lawrence', 'Saint Lawrence', 'fleuve Saint-Laurent'),
  water('Loire'), water('Durance'), water('Saône'), water('Meuse'),
  water('Elbe'), water('Oder'), water('Vistula', 'Vistule'), water('Tiber', 'Tibre'), water('Ebro', 'Èbre'),
  water('Tagus', 'Tage'), water('Douro'), water('Severn'), water('Tyne'), water('Mersey'),
  water('Indus'), water('Tigris'), water('Zambezi', 'Zambèze'), water('Limpopo'), water('Orinoco', 'Orénoque'),
  water('Potomac'), water('Hudson River'), water('Irrawaddy'), water('Yenisei', 'Ienisseï'),
  water('Lake Geneva', 'lac Léman', 'Léman'),
  water('Adour'), water('Scheldt', 'Escaut'), water('Yser'), water('Sambre'), water('Vilaine'), water('Tarn'),

  // ---- Mountains, deserts, plateaus ------------------------------------------------------------
  landform('Alps', 'Alpes'),
  landform('Pyrenees', 'Pyrénées'),
  landform('Himalayas', 'Himalaya'),
  landform('Urals', 'Oural'),
  landform('Andes'),
  landform('Rocky Mountains', 'Rocheuses', 'Rockies'),
  landform('Massif Central'),
  landform('Mont Blanc', 'mont Blanc'),
  landform('Mount Everest', 'Everest', 'mont Everest'),
  landform('Sahara'),
  landform('Gobi'),
  // Summits the press names bare, in each language's own form.
  landform('Matterhorn', 'Cervin'),
  landform('Jungfrau'),
  landform('Eiger'),
  landform('Kilimanjaro'),
  landform('Mont Ventoux', 'Ventoux'),
  landform('Mount Etna', 'Etna'),
  landform('Mount Vesuvius', 'Vesuvius', 'Vésuve'),
  landform('Mount Fuji', 'mont Fuji'),

  // ---- Landmarks the press names whole, whose last word alone is another entity ----------------
  // ("the Houses of Parliament" is the building, not Parliament; "the Tower of London" is no
  // London; "l'Arc de triomphe" no "Arc"). World-famous buildings and grounds only.
  landmark('Houses of Parliament', 'Palace of Westminster', 'palais de Westminster'),
  landmark('Tower of London', 'tour de Londres'),
  // The financial district by its own name, whose "City of" is no council's (see findCityCorporations).
  landmark('City of London', 'Cité de Londres'),
  landmark('Arc de Triomphe', 'arc de Triomphe', 'Arc de triomphe'),
  landmark('Champ de Mars', 'Champ-de-Mars'),
  landmark('Valley of the Kings', 'Vallée des Rois', 'vallée des Rois'),
  landmark('Statue of Liberty', 'statue de la Liberté'),
];

/**
 * The dropped cities named like people "far more reported than the city" ("Regina", "Jackson",
 * "Kimberley"): out of the places, but kept in the towns' list (towns.json), which types a name
 * only where a cue of place leads to it ("arrived from Regina", "the train for Jackson").
 */
export const PERSON_NAMED_CITIES: readonly string[] = [
  'Anand', 'Antony', 'Brandon', 'Brent', 'Carolina', 'Cary', 'Chandler', 'Clovis', 'Darwin',
  'Divo', 'Edison', 'Elizabeth', 'Eugene', 'Everett', 'Franca', 'Garland', 'Gilbert',
  'Hami', 'Hassan', 'Henderson', 'Irving', 'Jackson', 'Kara', 'Kent', 'Kimberley', 'Lafayette',
  'Lincoln', 'Lowell', 'Marino', 'Mary', 'Milton', 'Minna', 'Morena', 'Nigel', 'Norman', 'Pilar',
  'Regina', 'Sakura', 'Sanya', 'Savannah', 'Shashi', 'Soledad', 'Timon', 'Torrance',
  'Tyler', 'Vernon', 'Vladimir', 'Warren',
];

/**
 * Names from the data packages that are left out because, capitalised in a news text, they far
 * more often mean something else: a common word at the start of a sentence or headline
 * ("Mobile", "Reading", "Split", "Réunion" = meeting, "Male"), a company ("Orange", "Toyota"), a
 * fictional character ("Batman"), or a person whose first name or surname it is ("Antony"
 * Blinken, "Vladimir" Putin, "Dominique" de Villepin, "Maurice", "Lincoln", "Darwin"), while the
 * place itself is seldom reported under that bare name. The place stays reachable by its other
 * names ("La Réunion", "île Maurice"); the Maldives' capital does not, since accent folding makes
 * "Malé" the English word "Male" opening a sentence. Found by crossing the generated names with the
 * first names and with the 8,000 most frequent English and French words (SUBTLEX-US,
 * OpenSubtitles frequency lists), then reading the result by hand. Curated names are never
 * dropped: they were chosen deliberately.
 */
export const DROPPED_PLACE_NAMES: readonly string[] = [
  // Country and capital names of the ISO and GeoNames lists
  'Dominique', 'Maurice', 'Réunion', 'Male', 'Stanley', 'Douglas',
  // Common words
  'Ans', 'Assis', 'Bender', 'Bo', 'Delta', 'Enterprise', 'Hail', 'Independence', 'Latina', 'Man',
  'Manage', 'Metro', 'Mobile', 'Morón', 'Oral', 'Paradise', 'Plaisir', 'Reading', 'Sale', 'Sari',
  'Sens', 'Split', 'Springs', 'Surprise', 'Van', 'Vista', 'Aurora',
  // Brands and characters
  'Batman', 'Orange', 'Toyota',
  // First names or surnames of people far more reported than the city
  ...PERSON_NAMED_CITIES,
];
