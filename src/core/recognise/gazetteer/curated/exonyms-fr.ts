// French exonyms (and a few English and historical forms) of foreign cities.
//
// Why curated: the GeoNames-derived packages give one name per city, usually the English or
// local one ("Moscow", "Köln", "Genève"); their alternate names carry no language tag, so
// "Moscou" cannot be told from noise such as airport codes. This list maps the forms French and
// English newsrooms write to the GeoNames record, so that "Moscou" and "Moscow" reach one id.
//
// Sources: Wikipedia, « Liste d'exonymes en français » (by country) and the French government's
// list of State names and capitals (Commission nationale de toponymie / Journal officiel,
// « Recommandation concernant les noms d'États, d'habitants, de capitales... », 2008 and its
// updates), checked against the alternate names GeoNames itself lists for each city.
// Historical names are those still met in archives and still used by the press
// ("Bombay", "Saïgon", "Leningrad").
//
// Read by scripts/build-gazetteers.mjs only (baked into data/places.json); the unit tests check
// that every form here is found at run time, so an edit without `npm run gazetteers` fails.
//
// Coverage: world capitals whose French name differs from the English one, then the most
// reported foreign cities. "Roma" is not listed: capitalised, it is the Roma people.
// Deliberately left out: forms that would steal a more frequent meaning
// in French news — "Valence" (the Drôme prefecture, not Valencia), "Mexico" (the English name of
// the country), "Québec" (the province), "Koweït" (the country), "Guatemala" (the country).

export interface CityExonyms {
  /** English name of the city; its slug is the id ("Moscow" -> "moscow"). */
  en: string;
  /** ISO 3166-1 alpha-2 code of the country, to pick the right GeoNames homonym. */
  country: string;
  /** GeoNames' own name when it differs from `en` ("Köln" for Cologne). */
  geonames?: string;
  /** French exonyms first, then other forms met in the press (historical, transliterations). */
  names: string[];
}

export const CITY_EXONYMS: readonly CityExonyms[] = [
  // ---- Capitals -----------------------------------------------------------------------------
  { en: 'Abu Dhabi', country: 'AE', names: ['Abou Dhabi'] },
  { en: 'Kabul', country: 'AF', names: ['Kaboul'] },
  { en: 'Yerevan', country: 'AM', names: ['Erevan', 'Érevan'] },
  { en: 'Vienna', country: 'AT', names: ['Vienne', 'Wien'] },
  { en: 'Baku', country: 'AZ', names: ['Bakou'] },
  { en: 'Dhaka', country: 'BD', names: ['Dacca'] },
  { en: 'Brussels', country: 'BE', names: ['Bruxelles', 'Brussel'] },
  { en: 'Sofia', country: 'BG', names: ['Sofiya'] },
  { en: 'Brasilia', country: 'BR', geonames: 'Brasília', names: ['Brasília'] },
  { en: 'Thimphu', country: 'BT', names: ['Thimphou'] },
  { en: 'Minsk', country: 'BY', names: [] },
  { en: 'Bern', country: 'CH', names: ['Berne'] },
  { en: 'Santiago', country: 'CL', names: ['Santiago du Chili', 'Santiago de Chile'] },
  { en: 'Beijing', country: 'CN', names: ['Pékin', 'Peking', 'Beijing'] },
  { en: 'Bogota', country: 'CO', geonames: 'Bogotá', names: ['Bogotá'] },
  { en: 'Havana', country: 'CU', names: ['La Havane', 'La Habana'] },
  { en: 'Nicosia', country: 'CY', names: ['Nicosie'] },
  { en: 'Copenhagen', country: 'DK', names: ['Copenhague', 'København'] },
  { en: 'Santo Domingo', country: 'DO', names: ['Saint-Domingue'] },
  { en: 'Algiers', country: 'DZ', names: ['Alger'] },
  { en: 'Cairo', country: 'EG', names: ['Le Caire'] },
  { en: 'Addis Ababa', country: 'ET', names: ['Addis-Abeba', 'Addis Abeba'] },
  { en: 'London', country: 'GB', names: ['Londres'] },
  { en: 'Tbilisi', country: 'GE', names: ['Tbilissi'] },
  { en: 'Athens', country: 'GR', names: ['Athènes'] },
  { en: 'Guatemala City', country: 'GT', names: ['Ciudad de Guatemala'] },
  { en: 'Jakarta', country: 'ID', names: ['Djakarta'] },
  { en: 'Jerusalem', country: 'IL', names: ['Jérusalem'] },
  { en: 'New Delhi', country: 'IN', names: ['La Nouvelle-Delhi', 'Nouvelle-Delhi'] },
  { en: 'Baghdad', country: 'IQ', names: ['Bagdad'] },
  { en: 'Tehran', country: 'IR', names: ['Téhéran', 'Teheran'] },
  { en: 'Reykjavik', country: 'IS', geonames: 'Reykjavík', names: ['Reykjavík'] },
  { en: 'Rome', country: 'IT', names: [] },
  { en: 'Bishkek', country: 'KG', names: ['Bichkek'] },
  { en: 'Phnom Penh', country: 'KH', names: [] },
  { en: 'Pyongyang', country: 'KP', names: ['Pyong Yang'] },
  { en: 'Seoul', country: 'KR', names: ['Séoul'] },
  { en: 'Kuwait City', country: 'KW', names: ['Koweït City'] },
  { en: 'Astana', country: 'KZ', geonames: 'Nur-Sultan', names: ['Nour-Soultan', 'Nur-Sultan', 'Akmola'] },
  { en: 'Beirut', country: 'LB', names: ['Beyrouth'] },
  { en: 'Vilnius', country: 'LT', names: ['Vilna'] },
  { en: 'Tripoli', country: 'LY', names: [] },
  { en: 'Chisinau', country: 'MD', names: ['Chișinău', 'Kichinev'] },
  { en: 'Antananarivo', country: 'MG', names: ['Tananarive'] },
  { en: 'Naypyidaw', country: 'MM', geonames: 'Nay Pyi Taw', names: ['Naypyitaw', 'Nay Pyi Taw'] },
  { en: 'Ulaanbaatar', country: 'MN', geonames: 'Ulan Bator', names: ['Oulan-Bator', 'Ulan Bator'] },
  { en: 'Valletta', country: 'MT', names: ['La Valette'] },
  { en: 'Mexico City', country: 'MX', names: ['Ciudad de México'] },
  { en: 'The Hague', country: 'NL', names: ['La Haye', 'Den Haag'] },
  { en: 'Kathmandu', country: 'NP', names: ['Katmandou'] },
  { en: 'Muscat', country: 'OM', names: ['Mascate'] },
  { en: 'Panama City', country: 'PA', geonames: 'Panamá', names: ['Panama City'] },
  { en: 'Manila', country: 'PH', names: ['Manille'] },
  { en: 'Warsaw', country: 'PL', names: ['Varsovie', 'Warszawa'] },
  { en: 'Lisbon', country: 'PT', names: ['Lisbonne', 'Lisboa'] },
  { en: 'Asuncion', country: 'PY', geonames: 'Asunción', names: ['Asunción'] },
  { en: 'Bucharest', country: 'RO', names: ['Bucarest', 'București'] },
  { en: 'Moscow', country: 'RU', names: ['Moscou', 'Moskva'] },
  { en: 'Riyadh', country: 'SA', names: ['Riyad', 'Ryad'] },
  { en: 'Mogadishu', country: 'SO', names: ['Mogadiscio'] },
  { en: 'Damascus', country: 'SY', names: ['Damas'] },
  { en: 'Dushanbe', country: 'TJ', names: ['Douchanbé', 'Douchanbe'] },
  { en: 'Ashgabat', country: 'TM', names: ['Achgabat', 'Achkhabad'] },
  { en: 'Port of Spain', country: 'TT', names: ["Port-d'Espagne"] },
  { en: 'Taipei', country: 'TW', names: ['Taïpei', 'Taipeh'] },
  { en: 'Kyiv', country: 'UA', names: ['Kiev', 'Kyïv', 'Kiyv'] },
  { en: 'Washington', country: 'US', geonames: 'Washington, D.C.', names: ['Washington DC', 'Washington D.C.', 'Washington, D.C.'] },
  { en: 'Tashkent', country: 'UZ', names: ['Tachkent'] },
  // Vietnamese writes its cities in syllables: "Ha Noi", "Sai Gon" (the tokens of "Hanoi" and
  // "Saigon" join only names listed in several words).
  { en: 'Hanoi', country: 'VN', names: ['Hanoï', 'Ha Noi', 'Hà Nội'] },
  { en: "Sana'a", country: 'YE', geonames: 'Sanaa', names: ['Sanaa'] },
  { en: 'Cape Town', country: 'ZA', names: ['Le Cap'] },

  // ---- Europe ---------------------------------------------------------------------------------
  { en: 'Aachen', country: 'DE', names: ['Aix-la-Chapelle'] },
  { en: 'Bremen', country: 'DE', names: ['Brême'] },
  { en: 'Cologne', country: 'DE', geonames: 'Köln', names: ['Köln'] },
  { en: 'Dresden', country: 'DE', names: ['Dresde'] },
  { en: 'Frankfurt', country: 'DE', geonames: 'Frankfurt am Main', names: ['Francfort', 'Francfort-sur-le-Main', 'Frankfurt am Main'] },
  { en: 'Freiburg', country: 'DE', names: ['Fribourg-en-Brisgau'] },
  { en: 'Hamburg', country: 'DE', names: ['Hambourg'] },
  { en: 'Hanover', country: 'DE', geonames: 'Hannover', names: ['Hanovre', 'Hannover'] },
  { en: 'Mainz', country: 'DE', names: ['Mayence'] },
  { en: 'Munich', country: 'DE', names: ['München'] },
  { en: 'Nuremberg', country: 'DE', geonames: 'Nürnberg', names: ['Nürnberg'] },
  { en: 'Saarbrücken', country: 'DE', names: ['Sarrebruck'] },
  { en: 'Trier', country: 'DE', names: ['Trèves'] },
  { en: 'Bologna', country: 'IT', names: ['Bologne'] },
  { en: 'Florence', country: 'IT', names: ['Firenze'] },
  { en: 'Genoa', country: 'IT', names: ['Gênes', 'Genova'] },
  { en: 'Milan', country: 'IT', names: ['Milano'] },
  { en: 'Naples', country: 'IT', names: ['Napoli'] },
  { en: 'Padua', country: 'IT', geonames: 'Padova', names: ['Padoue', 'Padova'] },
  { en: 'Palermo', country: 'IT', names: ['Palerme'] },
  { en: 'Turin', country: 'IT', names: ['Torino'] },
  { en: 'Venice', country: 'IT', names: ['Venise', 'Venezia'] },
  // Italian cities with a French name of their own (Wikipedia, « Liste d'exonymes en français »:
  // Italie). Not "Trente" (thirty), "Plaisance" (a French town) nor "Syracuse" (New York's).
  { en: 'Messina', country: 'IT', names: ['Messine'] },
  { en: 'Reggio Calabria', country: 'IT', names: ['Reggio de Calabre'] },
  { en: 'Catania', country: 'IT', names: ['Catane'] },
  { en: 'Verona', country: 'IT', names: ['Vérone'] },
  { en: 'Siena', country: 'IT', names: ['Sienne'] },
  { en: 'Pisa', country: 'IT', names: ['Pise'] },
  { en: 'Mantua', country: 'IT', geonames: 'Mantova', names: ['Mantoue', 'Mantova'] },
  { en: 'Ravenna', country: 'IT', names: ['Ravenne'] },
  { en: 'Bergamo', country: 'IT', names: ['Bergame'] },
  { en: 'Ferrara', country: 'IT', names: ['Ferrare'] },
  { en: 'Livorno', country: 'IT', names: ['Livourne', 'Leghorn'] },
  { en: 'Taranto', country: 'IT', names: ['Tarente'] },
  { en: 'Vicenza', country: 'IT', names: ['Vicence'] },
  { en: 'Treviso', country: 'IT', names: ['Trévise'] },
  { en: 'Perugia', country: 'IT', names: ['Pérouse'] },
  { en: 'Lucca', country: 'IT', names: ['Lucques'] },
  { en: 'Modena', country: 'IT', names: ['Modène'] },
  { en: 'Ancona', country: 'IT', names: ['Ancône'] },
  { en: 'Salerno', country: 'IT', names: ['Salerne'] },
  { en: 'Barcelona', country: 'ES', names: ['Barcelone'] },
  { en: 'Cadiz', country: 'ES', names: ['Cadix', 'Cádiz'] },
  { en: 'Seville', country: 'ES', geonames: 'Sevilla', names: ['Séville', 'Sevilla'] },
  { en: 'Zaragoza', country: 'ES', names: ['Saragosse', 'Saragossa'] },
  { en: 'Geneva', country: 'CH', geonames: 'Genève', names: ['Genève', 'Genf'] },
  { en: 'Zurich', country: 'CH', geonames: 'Zürich', names: ['Zürich'] },
  { en: 'Basel', country: 'CH', names: ['Bâle'] },
  { en: 'Antwerp', country: 'BE', geonames: 'Antwerpen', names: ['Anvers', 'Antwerpen'] },
  { en: 'Ghent', country: 'BE', geonames: 'Gent', names: ['Gand', 'Gent'] },
  { en: 'Bruges', country: 'BE', geonames: 'Brugge', names: ['Brugge'] },
  { en: 'Leuven', country: 'BE', names: ['Louvain'] },
  { en: 'Mechelen', country: 'BE', names: ['Malines'] },
  { en: 'Gdansk', country: 'PL', geonames: 'Gdańsk', names: ['Gdańsk', 'Dantzig', 'Danzig'] },
  { en: 'Krakow', country: 'PL', geonames: 'Kraków', names: ['Cracovie', 'Kraków', 'Cracow'] },
  { en: 'Wroclaw', country: 'PL', geonames: 'Wrocław', names: ['Wrocław', 'Breslau'] },
  { en: 'Edinburgh', country: 'GB', names: ['Édimbourg'] },
  { en: 'Thessaloniki', country: 'GR', geonames: 'Thessaloníki', names: ['Thessalonique', 'Salonique'] },
  { en: 'Istanbul', country: 'TR', names: ['Constantinople'] },
  { en: 'Izmir', country: 'TR', geonames: 'İzmir', names: ['Smyrne'] },
  // Russia
  { en: 'Saint Petersburg', country: 'RU', names: ['Saint-Pétersbourg', 'St Petersburg', 'Leningrad', 'Léningrad', 'Petrograd'] },
  { en: 'Volgograd', country: 'RU', names: ['Stalingrad'] },
  { en: 'Yekaterinburg', country: 'RU', names: ['Iekaterinbourg', 'Ekaterinbourg', 'Sverdlovsk'] },
  { en: 'Nizhny Novgorod', country: 'RU', geonames: 'Nizhniy Novgorod', names: ['Nijni Novgorod', 'Nizhniy Novgorod'] },
  { en: 'Sochi', country: 'RU', names: ['Sotchi'] },
  // Ukraine: Ukrainian-based spellings (used since 2022) next to the older Russian-based ones.
  { en: 'Kharkiv', country: 'UA', names: ['Kharkov', 'Kharkiv'] },
  { en: 'Odesa', country: 'UA', geonames: 'Odessa', names: ['Odessa'] },
  { en: 'Lviv', country: 'UA', names: ['Lvov', 'Lwów', 'Lemberg'] },
  { en: 'Zaporizhzhia', country: 'UA', geonames: 'Zaporizhia', names: ['Zaporijia', 'Zaporizhia', 'Zaporojie'] },
  { en: 'Luhansk', country: 'UA', names: ['Louhansk', 'Lougansk', 'Lugansk'] },
  { en: 'Mykolaiv', country: 'UA', geonames: 'Mykolayiv', names: ['Mykolaïv', 'Mykolayiv', 'Nikolaïev'] },
  { en: 'Mariupol', country: 'UA', names: ['Marioupol'] },
  { en: 'Kramatorsk', country: 'UA', geonames: 'Kramators’k', names: ['Kramators’k'] },
  { en: 'Bakhmut', country: 'UA', names: ['Bakhmout', 'Artemivsk'] },
  { en: 'Sevastopol', country: 'UA', names: ['Sébastopol'] },
  { en: 'Dnipro', country: 'UA', names: ['Dnipropetrovsk'] },

  // ---- Middle East and Africa -------------------------------------------------------------------
  { en: 'Aleppo', country: 'SY', names: ['Alep'] },
  { en: 'Raqqa', country: 'SY', geonames: 'Ar Raqqah', names: ['Raqqa', 'Rakka'] },
  { en: 'Mosul', country: 'IQ', names: ['Mossoul'] },
  { en: 'Basra', country: 'IQ', geonames: 'Basrah', names: ['Bassora', 'Bassorah'] },
  { en: 'Hebron', country: 'PS', names: ['Hébron'] },
  { en: 'Rafah', country: 'PS', geonames: 'Rafaḩ', names: [] },
  { en: 'Khan Younis', country: 'PS', geonames: 'Khān Yūnis', names: ['Khan Younès', 'Khan Yunis'] },
  { en: 'Mecca', country: 'SA', names: ['La Mecque'] },
  { en: 'Medina', country: 'SA', names: ['Médine'] },
  { en: 'Jeddah', country: 'SA', names: ['Djeddah'] },
  { en: 'Dubai', country: 'AE', names: ['Dubaï'] },
  { en: 'Alexandria', country: 'EG', names: ['Alexandrie'] },
  { en: 'Misrata', country: 'LY', geonames: 'Mişrātah', names: ['Misrata', 'Misurata'] },
  { en: 'Benghazi', country: 'LY', names: ['Benghazi'] },
  { en: 'Marrakesh', country: 'MA', names: ['Marrakech'] },
  { en: 'Fez', country: 'MA', geonames: 'Fès', names: ['Fès'] },
  { en: 'Tangier', country: 'MA', names: ['Tanger'] },
  { en: 'Timbuktu', country: 'ML', names: ['Tombouctou'] },

  // ---- Asia and the Americas ------------------------------------------------------------------
  { en: 'Guangzhou', country: 'CN', names: ['Canton'] },
  { en: 'Nanjing', country: 'CN', names: ['Nankin'] },
  { en: 'Shanghai', country: 'CN', names: ['Shanghaï'] },
  { en: 'Mumbai', country: 'IN', names: ['Bombay'] },
  { en: 'Kolkata', country: 'IN', names: ['Calcutta'] },
  { en: 'Chennai', country: 'IN', names: ['Madras'] },
  { en: 'Bengaluru', country: 'IN', names: ['Bangalore'] },
  { en: 'Ho Chi Minh City', country: 'VN', names: ['Hô Chi Minh-Ville', 'Saïgon', 'Saigon', 'Sai Gon', 'Sài Gòn'] },
  { en: 'Yangon', country: 'MM', names: ['Rangoun', 'Rangoon'] },
  { en: 'New York City', country: 'US', names: ['New York', 'NYC'] },
  { en: 'New Orleans', country: 'US', names: ['La Nouvelle-Orléans', 'Nouvelle-Orléans'] },
  { en: 'Philadelphia', country: 'US', names: ['Philadelphie'] },
  { en: 'Quebec City', country: 'CA', geonames: 'Québec', names: ['Québec City', 'ville de Québec'] },
  { en: 'Montreal', country: 'CA', geonames: 'Montréal', names: ['Montréal'] },
];
