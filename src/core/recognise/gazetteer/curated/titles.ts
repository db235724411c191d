// Titles, honorifics and roles that introduce a person's name in French and English news
// ("le président Emmanuel Macron", "Prime Minister Keir Starmer", "Mme Dupont", "Sen. Warren").
// A recogniser that sees one of these just before capitalised words can read them as a PER.
//
// Why curated: these are closed, slowly changing word classes of each language's press style,
// not data. Feminine forms are listed beside masculine ones; French ministerial portfolios are
// expanded ("ministre de l'Intérieur") so the whole phrase is consumed and the name after it
// is not mistaken for part of the title.

/**
 * Callings rather than offices: the arts, the Church, medicine and the players of a team, that a
 * profile or a match report names someone by ("le comédien X", "striker Tom Reid") and then calls
 * them by again ("s'amuse le comédien", "the striker said"). Unlike an office ("le ministre"),
 * such a word alone after its article points back to the person last spoken of.
 */
export const CALLING_TITLES: readonly string[] = [
  // French: the arts, the Church, medicine.
  'comédien', 'comédienne', 'auteur', 'auteure', 'autrice', 'romancier', 'romancière', 'poète',
  'poétesse', 'dramaturge', 'metteur en scène', 'metteuse en scène', 'cinéaste', 'peintre',
  'sculpteur', 'sculptrice', 'photographe', 'architecte', 'musicien', 'musicienne', 'pianiste',
  'violoniste', 'compositeur', 'compositrice', 'danseur', 'danseuse', 'chorégraphe', 'prêtre',
  'curé', 'vicaire', 'médecin', 'chirurgien', 'chirurgienne', 'infirmier', 'infirmière',
  // French: players by their place on the field ("l'attaquant Paul Brecht").
  'attaquant', 'attaquante', 'défenseur', 'défenseure', 'gardien', 'gardienne', 'ailier', 'ailière',
  'buteur', 'buteuse', 'joueur', 'joueuse', 'milieu de terrain', 'arrière', 'pilier', 'talonneur',
  'demi de mêlée', "demi d'ouverture", 'troisième ligne', 'deuxième ligne',
  // English: the arts, the Church, medicine.
  'actor', 'actress', 'playwright', 'poet', 'painter', 'sculptor', 'photographer', 'architect',
  'composer', 'pianist', 'violinist', 'conductor', 'choreographer', 'dancer', 'priest', 'vicar',
  'curate', 'surgeon',
  // English: players by their place on the field (not "player": "Player Development Manager").
  'striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'skipper',
  'full-back', 'fly-half', 'scrum-half', 'prop', 'hooker', 'centre-half', 'centre-forward',
];

/** Full-word titles and roles: matched in any case ("Président" opening a sentence too). */
export const TITLES: readonly string[] = [
  // French: heads of state and government
  'président', 'présidente', 'vice-président', 'vice-présidente', 'président de la République',
  'présidente de la République', 'chef de l\'État', 'cheffe de l\'État', 'chef du gouvernement',
  'cheffe du gouvernement', 'chef de la diplomatie', 'cheffe de la diplomatie', 'premier ministre',
  'première ministre', 'Premier ministre', 'Première ministre', 'ministre', 'ministre délégué',
  'ministre déléguée', 'secrétaire d\'État', 'secrétaire général', 'secrétaire générale',
  // "le secrétaire américain à la Défense", "la secrétaire de la section CGT": a role by itself.
  'secrétaire', 'négociateur', 'négociatrice', 'délégué', 'déléguée', 'représentant',
  'représentante', 'responsable', 'président-directeur général', 'administrateur',
  'administratrice', 'analyste', 'expert', 'experte', 'analyst', 'negotiator', 'official',
  'porte-parole', 'chancelier', 'chancelière', 'garde des Sceaux', 'haut-commissaire',
  'haute-commissaire', 'commissaire européen', 'commissaire européenne', 'commissaire',
  // French: elected officials and representatives
  'maire', 'mairesse', 'député', 'députée', 'eurodéputé', 'eurodéputée', 'sénateur', 'sénatrice',
  'conseiller', 'conseillère', 'gouverneur', 'gouverneure', 'préfet', 'préfète', 'ambassadeur',
  'ambassadrice', 'consul', 'consule', 'élu', 'élue', 'candidat', 'candidate',
  // Belgian and Swiss local and cantonal offices.
  'bourgmestre', 'échevin', 'échevine', 'syndic', 'syndique', "conseiller d'État", "conseillère d'État",
  'conseiller fédéral', 'conseillère fédérale',
  // French: justice, army, police
  'juge', 'procureur', 'procureure', 'procureur général', 'avocat', 'avocate', 'général',
  'générale', 'amiral', 'colonel', 'colonelle', 'commandant', 'capitaine', 'lieutenant',
  'sergent', 'maréchal', 'commissaire de police',
  // French: religion, monarchy, nobility
  'pape', 'cardinal', 'archevêque', 'évêque', 'abbé', 'imam', 'rabbin', 'pasteur', 'ayatollah',
  // ("Alhadji Ousmanou Bello": the pilgrim's style before a name in Cameroon, Niger, Nigeria;
  // Senegal's "El Hadji" opens the name itself, see opensPilgrimName.)
  'alhadji', 'alhaji', 'alhadja', 'alhaja',
  'cheikh', 'émir', 'roi', 'reine', 'prince', 'princesse', 'prince héritier', 'duc', 'duchesse',
  'comte', 'comtesse', 'baron', 'baronne', 'empereur', 'impératrice', 'tsar', 'sultan', 'souverain', 'souveraine', 'monarque',
  // French: business, academia, professions that the press puts before a name
  'PDG', 'patron', 'patronne', 'directeur', 'directrice', 'directeur général', 'directrice générale',
  'fondateur', 'fondatrice', 'dirigeant', 'dirigeante', 'chef', 'cheffe', 'leader', 'opposant',
  'opposante', 'militant', 'militante', 'professeur', 'professeure', 'docteur', 'docteure',
  'journaliste', 'écrivain', 'écrivaine', 'chercheur', 'chercheuse', 'économiste', 'historien',
  'historienne', 'sociologue', 'politologue', 'philosophe', 'chanteur', 'chanteuse', 'acteur',
  'actrice', 'réalisateur', 'réalisatrice', 'entraîneur', 'entraîneuse', 'sélectionneur',
  'monsieur', 'madame', 'mademoiselle', 'maître',
  // English: heads of state and government
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister',
  'Minister', 'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General',
  'Secretary of Defense', 'Secretary of the Treasury', 'Secretary of Homeland Security',
  'Chancellor', 'Premier', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary',
  // The head of a state's or province's government in India, Pakistan, Malaysia and Australia's
  // territories, and India's district officers ("District Collector S. Harikumar"; not "Collector"
  // alone: "Collector Street", "Mr Collector"), and the collectors of taxes and customs.
  'Chief Minister', 'Deputy Chief Minister', 'Chief Secretary', 'District Collector', 'Tax Collector', 'Customs Collector',
  'national security adviser', 'adviser', 'advisor', 'envoy', 'ambassador', 'commissioner',
  // English: elected officials
  'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Lieutenant Governor',
  'Mayor', 'lawmaker', 'House Speaker', 'Speaker', 'Majority Leader', 'Minority Leader',
  'Senate Majority Leader', 'opposition leader', 'MP', 'MEP', 'candidate', 'Chief Whip',
  // English: justice, army, police
  'Judge', 'Justice', 'Chief Justice', 'Attorney General', 'attorney', 'prosecutor', 'General',
  'Admiral', 'Colonel', 'Lieutenant', 'Captain', 'Sergeant', 'Major', 'Commander', 'Marshal',
  'Field Marshal', 'Sheriff', 'Inspector', 'Detective', 'Detective Inspector', 'Detective Sergeant',
  'Detective Constable', 'Detective Chief Inspector', 'Chief Inspector', 'Superintendent',
  'Detective Superintendent', 'Chief Superintendent', 'Constable', 'Chief Constable', 'Commissioner',
  'Ambassador', 'Administrator', 'Councillor', 'Councilman', 'Councilwoman', 'Alderman',
  'District Attorney', "State's Attorney", 'County Attorney', 'Solicitor General', 'Police Chief',
  'Fire Chief', 'Chief of Police', 'Coroner', 'Medical Examiner', 'Magistrate', 'Circuit Judge',
  'District Justice', 'District Commissioner', 'Resident District Commissioner', 'District Officer',
  'District Magistrate', 'Resident Magistrate', 'Borough Mayor', 'Lord Mayor', 'Provost', 'Lord Provost', 'Warden', 'Chief Warden', 'County Executive', 'Comptroller', 'Treasurer', 'Auditor General', 'Battalion Chief', 'Fire Marshal',
  'District Inspector', 'Divisional Inspector', 'Sub-Inspector', 'Head Constable', 'Police Constable',
  'Police Sergeant', 'Police Inspector', 'Police Lieutenant', 'Police Captain', 'Police Superintendent',
  'Postmaster', 'Postmistress', 'Postmaster General', 'Stationmaster', 'Harbourmaster', 'Harbor Master', 'Harbour Master',
  // English: the ranks of the army, the navy and the air force below and beside the officers above
  // ("Corporal John Whitlock", "Able Seaman Thomas Wren", "Squadron Leader Peter Quill"): the rank
  // is no part of the name. ("Private" only before a given name: lexicon.ts TITLES_BEFORE_GIVEN_NAMES.)
  'Lance Corporal', 'Lance-Corporal', 'Corporal', 'Bombardier', 'Lance-Bombardier', 'Trooper',
  'Gunner', 'Sapper', 'Rifleman', 'Guardsman', 'Fusilier', 'Drummer', 'Staff Sergeant', 'Colour Sergeant',
  'Sergeant Major', 'Sergeant-Major', 'Warrant Officer', 'Brigadier', 'Brigadier General', 'Major General',
  'Lieutenant General', 'Lieutenant Colonel', 'Lieutenant Commander', 'Rear Admiral', 'Vice Admiral', 'Commodore',
  'Seaman', 'Able Seaman', 'Leading Seaman', 'Ordinary Seaman', 'Petty Officer', 'Chief Petty Officer',
  'Midshipman', 'Ensign', 'Airman', 'Aircraftman', 'Pilot Officer', 'Flying Officer', 'Flight Lieutenant',
  'Squadron Leader', 'Wing Commander', 'Group Captain', 'Air Commodore', 'Air Marshal',
  'Flight Sergeant', 'Chief Technician', 'Master Sergeant', 'Sergeant First Class',
  // English: the ranks of a fire brigade ("Chief Fire Officer Jim Kerr", "Station Officer Ann Lee")
  // and the officers of a merchant ship ("Chief Officer Tom Hale", "Second Engineer Jan Berg").
  'Chief Fire Officer', 'Deputy Chief Fire Officer', 'Assistant Chief Fire Officer', 'Fire Officer',
  'Divisional Officer', 'Assistant Divisional Officer', 'Station Officer', 'Sub-Officer', 'Leading Firefighter',
  'Leading Fireman', 'Firefighter', 'Fireman', 'Chief Officer', 'First Officer', 'Second Officer',
  'Third Officer', 'Chief Engineer', 'Second Engineer', 'Third Engineer',
  // English: religion, monarchy, nobility
  'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rabbi', 'Imam', 'Reverend', 'Sheikh', 'Emir', 'Alhaji', 'Alhaja',
  'Canon', 'Monsignor', 'Father', 'Mother Superior', 'Pastor', 'Deacon', 'Chaplain',
  'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Duke', 'Duchess', 'Lord', 'Lady',
  'Sir', 'Dame', 'Earl', 'Baron', 'Baroness', 'Emperor', 'Empress', 'Sultan', 'Tsar', 'Ayatollah',
  // English: business, academia, professions
  'CEO', 'chief executive', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'director',
  'executive', 'Professor', 'Doctor', 'economist', 'historian', 'author', 'novelist', 'coach',
  'manager', 'Mister', 'Miss', 'Madam',
  // Both languages: callings (see CALLING_TITLES).
  ...CALLING_TITLES,
  // Foreign honorifics the English press keeps before a name ("Senor Ricardo Etcheverry", "Herr Vogel",
  // "Dottoressa Lucia Boni").
  'Señor', 'Senor', 'Señora', 'Senora', 'Señorita', 'Senorita', 'Signor', 'Signora', 'Herr', 'Frau',
  'Fräulein', 'Fraulein', 'Dottore', 'Dottoressa', 'Dottor', 'Professore', 'Professoressa', 'Avvocato',
  // Continental nobility ("Count Axel von Rosenstjerna", "the Marquess of Bath").
  // (Not "Marquis", a given name as often: "Marquis Johnson".)
  'Count', 'Countess', 'Marquess', 'Marchioness', 'Viscount', 'Viscountess',
  // English: West African honorifics the press writes before names ("Alhaji Musa Bello",
  // "Comrade Ayo Lawal" for a unionist). Not "Chief": "Chief Whip", "Chief Operating Officer".
  'Alhaji', 'Alhaja', 'Comrade', 'Honourable',
  // Honorifics and rulers' titles of Nigeria and southern Africa ("Mallam Sani Bello" for a
  // learned man, "Hajia" for a woman back from Mecca, "Kgosi" a Tswana chief, "Igwe" an Igbo
  // king, "Inkosi" a Zulu chief). (Not "Obi" nor "Nkosi": family names as often; nor "Oba" and
  // "Ooni", given names too, nor "Kabaka", the name of a party, "Kabaka Yekka".)
  'Mallam', 'Malam', 'Hajia', 'Kgosi', 'Igwe', 'Inkosi',
  // South Asian honorifics and British India's titles ("Pandit Nehru", "Rai Bahadur X", "Babu
  // Y"). Not "Raja", "Begum" or "Sri": names and places too ("Raja Casablanca", "Rokeya Begum",
  // "Sri Lanka"). ("El Hadji" is written as part of the name, unlike "Alhaji".)
  'Pandit', 'Babu', 'Maulvi', 'Maulana', 'Sardar', 'Shri', 'Shrimati', 'Nawab', 'Swami',
  'Rai Bahadur', 'Khan Bahadur', 'Rao Bahadur', 'Diwan Bahadur',
  // Chiefs' titles of Ghana and Togo ("Nana X", "Togbe Y"), the Filipino "Kuya" and "Ate" for an
  // elder brother or sister. (Not the Vietnamese "Ông" and "Bà": folded, they are the names Ong
  // and Ba, and "ONG" is French for NGO; nor the Burmese "Daw": "Daw Street".)
  'Nana', 'Togbe', 'Kuya', 'Ate',
  // Malaya's and the Straits' honorifics: "Towkay" for a Chinese merchant or mine owner,
  // "Dato'", "Tun", "Tan Sri" for the Malay orders. (Not "Tuan", a Vietnamese given name too,
  // nor "Encik" or "Cik", names in Malay as much as titles.)
  'Towkay', 'Dato', 'Datuk', 'Tun', 'Tan Sri',
  // Ceylon's headmen and officials ("Mudaliyar W. P. Samarasekera").
  'Mudaliyar', 'Maha Mudaliyar',
];

/**
 * English ranks written before a capitalised title, which make a title of it: "Assistant District
 * Attorney", "Deputy Commissioner", "Acting Mayor", "Interim Police Chief".
 */
export const ENGLISH_TITLE_PREFIXES: readonly string[] = ['Deputy', 'Assistant', 'Acting', 'Interim', 'Associate', 'Senior'];

/** The offices those ranks go before (not honorifics: no "Deputy Mister", "Senior Sir"). */
export const RANKED_ENGLISH_TITLES: readonly string[] = [
  'Attorney General', 'District Attorney', "State's Attorney", 'County Attorney', 'Solicitor General',
  'Police Chief', 'Fire Chief', 'Chief of Police', 'Battalion Chief', 'Fire Marshal', 'Commissioner',
  'Chief Constable', 'Superintendent', 'Chief Superintendent', 'Inspector', 'Chief Inspector',
  'Sheriff', 'Coroner', 'Medical Examiner', 'Secretary', 'Secretary of State', 'Minister',
  'Prime Minister', 'Mayor', 'Governor', 'Administrator', 'Director', 'Professor', 'Judge',
  'Justice', 'Chief Justice', 'Comptroller', 'Treasurer', 'Auditor General', 'Speaker',
  'Majority Leader', 'Minority Leader', 'Ambassador', 'Editor',
];

/**
 * French and English portfolios: combined with "ministre de/du/des…" and "Minister"/"Secretary"
 * by index.ts into whole titles ("ministre de l'Intérieur", "Foreign Minister",
 * "Secretary of Defense").
 */
export const FRENCH_PORTFOLIOS: readonly string[] = [
  "de l'Intérieur", 'des Affaires étrangères', "de l'Europe et des Affaires étrangères",
  "de l'Économie", "de l'Économie et des Finances", 'des Finances', 'des Armées', 'de la Défense',
  'de la Justice', "de l'Éducation nationale", "de l'Éducation", 'de la Santé', 'du Travail',
  "de l'Agriculture", 'de la Culture', 'du Budget', 'des Comptes publics',
  'de la Transition écologique', "de l'Écologie", "de l'Enseignement supérieur", 'des Sports',
  'du Logement', 'des Transports', "de l'Industrie", "de l'Énergie", 'des Outre-mer',
  'de la Fonction publique', 'du Commerce extérieur', 'du Numérique', "de l'Immigration",
];

export const ENGLISH_PORTFOLIOS: readonly string[] = [
  'Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Home', 'Justice', 'Health', 'Economy',
  'Trade', 'Energy', 'Education', 'Labor', 'Labour', 'Agriculture', 'Transport', 'Transportation',
  'Treasury', 'Culture', 'Environment', 'Immigration', 'Commerce', 'Homeland Security', 'State',
];

/**
 * Abbreviated honorifics. They match only when written with their capital ("Me Dupond-Moretti",
 * not English "me"; "M. Macron", not a lone "m"), and the period after them may be a token of
 * its own. One entry serves with and without its period ("Dr." and "Dr": keys drop periods);
 * those with one are abbreviations after which a period ends no sentence (tokenize.ts).
 */
export const ABBREVIATED_TITLES: readonly string[] = [
  'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr.', 'Pr.', 'Me', 'Mgr', 'Mr.', 'Mrs.', 'Ms.',
  'Messrs.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Adm.', 'Maj.',
  'Cmdr.', 'Rev.',
  // British police and press style, often without a period: "Det Insp Joan Marlow", "PC Lee".
  'Det.', 'Insp.', 'Supt.', 'Ch', 'PC', 'WPC', 'DC', 'DCI', 'Cllr.', 'Fr.',
  // Older papers' ranks, army and police: "Lieut. Frank Dorsey", "Sergt. Amos Hale", "Pte. Tom Wix",
  // "Police Lieut. Ed Cole". (Not "Corp.": a corporation.)
  'Lieut.', 'Sergt.', 'Pte.', 'Cpl.', 'Police Lieut.', 'Police Sergt.', 'Police Capt.',
  // Australian councillors ("Cr Jan Wills"), Nigerian and Ghanaian legislators and engineers.
  'Cr.', 'Hon.', 'Engr.',
  // The Indian press's "Smt." (Shrimati) and "Kum." (Kumari) before a woman's name ("Smt. Sainaba
  // K.P."). (Not "Sri": a given name too, and Sri Lanka.)
  'Smt.', 'Kum.',
  // Royal styles of address, before the name or the title they honour: "S.M. Mohammed V" (Sa
  // Majesté), "S.A.R. la princesse" (Son Altesse royale), "H.R.H. Prince Philip". (Not "S.E."
  // nor "H.E.": initials too, as "S.E. Hinton"; not "S.S.", a ship and the SS; not "H.M.", before
  // bodies too, "H.M. Treasury".)
  'S.M.', 'S.A.R.', 'S.A.I.', 'S.A.S.', 'H.R.H.', 'T.R.H.', 'H.I.M.',
];
