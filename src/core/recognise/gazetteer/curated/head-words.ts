// Head words and legal suffixes that mark a capitalised phrase as an organisation or a place:
// "Ministère des Armées", "Université de Lyon", "Banque de France", "Apple Inc.", "Golfe de
// Guinée", "Lake Chad", "rue de Rivoli". A recogniser checks the first word (French puts the head
// first) or the last word (English puts it last, and legal suffixes close a company name).
//
// Why curated: a closed class of each language's vocabulary. Stored as written; head words are
// compared accent-folded and lowercased, legal forms case-sensitively; a final period is ignored
// ("Inc." and "Inc" are one word).

export const ORG_HEAD_WORDS: readonly string[] = [
  // French institutions
  'Ministère', 'Agence', 'Université', 'Banque', 'Compagnie', 'Fondation', 'Institut', 'Parti',
  'Commission', 'Conseil', 'Cour', 'Tribunal', 'Comité', 'Association', 'Fédération', 'Union',
  'Assemblée', 'Société', 'Groupe', 'Organisation', 'Ligue', 'Syndicat', 'Confédération',
  'Alliance', 'Front', 'Mouvement', 'Rassemblement', 'École', 'Lycée', 'Collège', 'Académie',
  'Hôpital', 'Clinique', 'Laboratoire', 'Observatoire', 'Préfecture', 'Mairie', 'Gendarmerie',
  'Police', 'Armée', 'Brigade', 'Régiment', 'Bureau', 'Cabinet', 'Autorité', 'Administration',
  'Secrétariat', 'Fonds', 'Réseau', 'Office', 'Direction', 'Centre', 'Club', 'Orchestre',
  'Théâtre', 'Musée', 'Bibliothèque', 'Haut-Commissariat', 'Commissariat', 'Délégation', 'Parquet', 'Sénat', 'Parlement',
  'Chambre', 'Caisse', 'Mutuelle', 'Coopérative', 'Entreprise', 'Holding', 'Journal', 'Radio',
  'Télévision', 'Éditions', 'Collectif', 'Bourse', 'Entente', 'Institution', 'Confrérie',
  'Amicale', 'Chorale', 'Fanfare', 'Consortium', 'Unité', 'Municipalité', 'Groupement', 'Faculté', 'Régie',
  // French firms named in the plural ("Laboratoires Cutter", "Chantiers de l'Atlantique").
  'Laboratoires', 'Établissements', 'Chantiers', 'Ateliers', 'Forges', 'Houillères', 'Brasseries',
  'Aciéries', 'Assurances', 'Messageries', 'Papeteries', 'Filatures', 'Charbonnages',
  // English institutions
  'Ministry', 'Department', 'Agency', 'University', 'Bank', 'Company', 'Foundation', 'Institute',
  'Party', 'Council', 'Court', 'Committee', 'Federation', 'Assembly', 'Corporation', 'Group',
  'Organization', 'Organisation', 'League', 'Alliance', 'Movement', 'School', 'College', 'Academy',
  'Hospital', 'Laboratory', 'Laboratories', 'Labs', 'Authority', 'Administration', 'Fund', 'Trust',
  'Network', 'Society', 'Association', 'Commission', 'Board', 'Service', 'Office', 'Army', 'Navy',
  'Syndicate', 'Consortium', 'Guild', 'Brotherhood', 'Cooperative', 'Co-operative',
  'Force', 'Forces', 'Guard', 'Police', 'Parliament', 'Senate', 'Congress', 'Cabinet',
  'Secretariat', 'Museum', 'Orchestra', 'Theatre', 'Theater', 'Club', 'Press', 'Times', 'Post',
  'News', 'Media', 'Studios', 'Records', 'Airlines', 'Airways', 'Motors', 'Industries',
  'Holdings', 'Partners', 'Capital', 'Ventures', 'Technologies', 'Systems', 'Pharmaceuticals',
  'Union', 'Front', 'Centre', 'Center', 'Railway', 'Railways', 'Railroad', 'Infirmary', 'Institution',
  'Municipality', 'Chamber', 'Constabulary', 'Legion', 'Regiment', 'Battalion', 'Embassy', 'Consulate',
  'Services', 'Survey', 'Gallery', 'Galleries', 'Ballet', 'Philharmonic', 'Treasury', 'Legislature',
  // Teams, the old county courts and the regiments ("City of Glasgow Swim Team", "the Middlesex
  // Sessions", "the Royal Artillery", "the Lancashire Fusiliers").
  'Team', 'Sessions', 'Assizes', 'Artillery', 'Fusiliers', 'Rifles', 'Dragoons', 'Hussars', 'Lancers', 'Grenadiers',
  'Marines', 'Corps', 'Guards',
  // Missions that run relief, schools and hospitals: "the Ramakrishna Mission", "the Australian Inland Mission".
  'Mission',
];

/**
 * Head words that are as often a common noun opening a sentence or a headline ("Services will be
 * held at…", "Survey Finds Half of…", "Groupement d'employeurs : …"): they make a body only in the
 * frame a body's name has (see weakHeadOutsideItsFrame in entities.ts).
 */
export const WEAK_ORG_HEAD_WORDS: readonly string[] = ['Municipalité', 'Groupement', 'Services', 'Survey', 'Sessions'];

/**
 * Legal forms that close a company name ("Apple Inc.", "Thales SA", "Siemens AG"). Matched with
 * their exact capitals, because several are everyday words in lowercase ("sa", "se", "co", "ab").
 */
export const LEGAL_FORMS: readonly string[] = [
  'Inc', 'Ltd', 'Corp', 'Co', 'Cie', 'LLC', 'LLP', 'PLC', 'Plc', 'plc', 'Pty', 'Limited', 'SA', 'SAS', 'SARL', 'SE', 'GmbH', 'AG',
  'NV', 'BV', 'SpA', 'AB', 'ASA', 'Oyj', 'KK',
];

export const PLACE_HEAD_WORDS: readonly string[] = [
  // French
  'Mont', 'Monts', 'Lac', 'Golfe', 'Mer', 'Océan', 'Rue', 'Place', 'Boulevard', 'Avenue', 'Quai',
  'Route', 'Chemin', 'Impasse', 'Allée', 'Pont', 'Île', 'Îles', 'Cap', 'Baie', 'Vallée', 'Val',
  'Plaine', 'Plateau', 'Col', 'Forêt', 'Bois', 'Parc', 'Port', 'Région', 'Province', 'Département',
  'Canton', 'Comté', 'District', 'Arrondissement', 'Quartier', 'Faubourg', 'Détroit', 'Canal',
  'Désert', 'Péninsule', 'Presqu\'île', 'Plage', 'Aéroport', 'Gare', 'Fleuve', 'Rivière', 'Massif',
  'Colline', 'Oasis', 'Delta', 'Archipel', 'Territoire', 'Oblast', 'État', 'Palais', 'Porte',
  // English
  'Mount', 'Mountains', 'Fort', 'Lake', 'Gulf', 'Sea', 'Ocean', 'River', 'Street', 'Road', 'Square',
  'Bridge', 'Island', 'Islands', 'Isle', 'Cape', 'Point', 'Bay', 'Valley', 'Plain', 'Forest', 'Park',
  'Harbor', 'Harbour', 'County', 'Region', 'Strait', 'Channel', 'Desert', 'Peninsula', 'Beach',
  'Airport', 'Station', 'Hills', 'Heights', 'Falls', 'Canyon', 'Boulevard', 'Lane', 'Drive',
  'Territory', 'Oblast', 'Province', 'District', 'State', 'Vale', 'Glen', 'Loch', 'Firth', 'Moor',
  'Downs', 'Highlands', 'Lowlands', 'Coast', 'Estuary', 'Reservoir', 'Castle', 'Abbey', 'Cathedral',
  'Palace', 'Tower', 'Stadium', 'Arena', 'Oval', 'Stand', 'Hall', 'Gardens', 'Crescent', 'Terrace',
  'Wharf', 'Quay', 'Pier', 'Docks', 'Market', 'Highway', 'Freeway', 'Expressway', 'Parkway',
  'Motorway', 'City', 'Hotel', 'Flat', 'Building', 'Interchange', 'Fairgrounds', 'Ground', 'Junction', 'Courthouse',
  'Area', 'Gate', 'Dockyard', 'Church', 'Chapel', 'Mosque', 'Synagogue', 'Basilica', 'Arch', 'Turnpike', 'Inn',
  'Memorial', 'Monument', 'Sound', 'Common', 'Green', 'Heath',
  'Creek', 'Embankment', 'Dock', 'Terminal', 'Barracks', 'Grounds', 'Pavilion',
  // Seafronts and spa towns: "Marine Parade", "the Esplanade", "Dawson Springs", "Alice Springs".
  'Parade', 'Promenade', 'Esplanade', 'Springs',
  // Works, fields and waters people are sent to or fly from: "Clark Air Base", "Boulder Dam",
  // "Lanark Racecourse", "Universal Colliery", "Sumas Prairie", "Watford Gap", "Farm Cove".
  'Base', 'Airfield', 'Aerodrome', 'Racecourse', 'Racetrack', 'Showground', 'Showgrounds', 'Dam', 'Colliery',
  'Prairie', 'Rapids', 'Gap', 'Cove', 'Quarry',
  // Works that carry a road, a railway or water: "the Holland Tunnel", "Glenfinnan Viaduct".
  'Tunnel', 'Viaduct', 'Causeway', 'Aqueduct', 'Plaza', 'Weir',
  // Rocks and reefs at sea or in a mine ("the Hurkar Rocks", "the Basal Reef"); Welsh lakes and
  // rivers by their head ("Llyn Celyn", "Afon Tryweryn").
  'Rocks', 'Reef', 'Llyn', 'Afon',
  // A building named after someone or its use, "Clarence House", "the Mansion House" (a closing
  // head only, see CLOSING_ONLY_PLACE_HEADS in entities.ts), and "the Northwest Territories".
  'House', 'Territories',
  // A road's last word, "Armada Way", "Airport Way", "the Appian Way" (closing only).
  'Way',
];

/**
 * Place head words that are given names first ("Glen Johnson", "Abbey Clancy"): unlike the other
 * head words they stay first names, so a name they open is a person's, and only a name they
 * close ("Westminster Abbey") a place.
 */
export const HEAD_WORDS_ALSO_GIVEN_NAMES: readonly string[] = ['Glen', 'Abbey'];

/**
 * English head words that no person is named after, unlike "Court", "Hall" or "Street"
 * ("Margaret Court", "John Hall", "Picabo Street"): after a first name they still make a body
 * or a place, "Albion University", "Lorne County".
 */
export const HEAD_WORDS_NEVER_FAMILY_NAMES: readonly string[] = [
  'University', 'College', 'Institute', 'Hospital', 'Council', 'Committee', 'Commission', 'Ministry',
  'Department', 'Agency', 'Corporation', 'Company', 'Foundation', 'Association', 'Federation',
  'Society', 'Academy', 'School', 'Museum', 'Orchestra', 'Gallery', 'Philharmonic', 'Airlines', 'Airways', 'Industries',
  'Holdings', 'Laboratories', 'County', 'River', 'Avenue', 'Boulevard', 'Road', 'Square', 'Island',
  'Lake', 'Bay', 'Valley', 'Peninsula', 'Province', 'District', 'Region', 'Airport', 'Station',
  'Stadium', 'Cathedral', 'Mountains', 'Ocean', 'Harbour', 'Harbor', 'Reservoir', 'Estuary',
  'Highway', 'Freeway', 'Expressway', 'Parkway', 'Motorway', 'Hotel', 'Building', 'Interchange',
  'Fairgrounds', 'Memorial', 'Monument', 'Embankment', 'Terminal', 'Barracks', 'Grounds', 'Creek', 'Point', 'Junction', 'Heights',
  'Parade', 'Promenade', 'Esplanade', 'Springs',
  'Base', 'Airfield', 'Aerodrome', 'Racecourse', 'Racetrack', 'Showground', 'Showgrounds', 'Dam', 'Colliery', 'Prairie', 'Rapids', 'Gap', 'Cove', 'Quarry',
  'Tunnel', 'Viaduct', 'Causeway', 'Aqueduct', 'Plaza', 'Territories',
  // A force is named after the place it polices, which may be a given name too ("Victoria Police", "Kent Police").
  'Police', 'Constabulary',
  // A transport undertaking likewise ("London Transport", "Glasgow Corporation Transport").
  'Transport',
];
