// Named events that French and English articles cite without any cue: wars, revolutions,
// recurring sports and cultural events, historical turning points. Archives span decades, so the
// list reaches back to the events that still anchor today's reporting.
//
// Why curated: no licensed package lists event names with their French and English forms.
// General knowledge of both languages' usage; the slug of the English name is the id.
//
// French typography writes some of these entirely in lowercase ("la guerre froide", "mai 68" in
// some papers). A name written here in lowercase declares that lowercase form a name, which the
// lookup otherwise refuses for all-lowercase text (see index.ts).

import { entryOfKind, type CuratedEntry } from './entry';

export type EventKind = 'war' | 'revolution' | 'historical' | 'sport' | 'culture' | 'political';

export type CuratedEvent = CuratedEntry<EventKind>;

const event = entryOfKind<EventKind>;
const war = event('war');
const revolution = event('revolution');
const historical = event('historical');
const sport = event('sport');
const culture = event('culture');
const political = event('political');

export const EVENTS: readonly CuratedEvent[] = [
  war('World War I', 'First World War', 'Première Guerre mondiale', 'Grande Guerre', 'Great War', 'WWI', 'WW1', 'guerre de 14-18', 'Guerre de 14-18', 'guerre de 1914-1918'),
  war('World War II', 'Second World War', 'Seconde Guerre mondiale', 'Deuxième Guerre mondiale', 'WWII', 'WW2', 'guerre de 39-45', 'Guerre de 39-45'),
  war('Cold War', 'Guerre froide', 'guerre froide'),
  war('Vietnam War', 'guerre du Vietnam', 'guerre du Viêt Nam'),
  war('Korean War', 'guerre de Corée'),
  war('Algerian War', "guerre d'Algérie"),
  war('First Indochina War', "guerre d'Indochine"),
  war('Gulf War', 'guerre du Golfe', 'Gulf War'),
  war('Iraq War', "guerre d'Irak"),
  war('War in Afghanistan', "guerre d'Afghanistan"),
  war('Six-Day War', 'guerre des Six Jours', 'guerre des Six-Jours'),
  war('Yom Kippur War', 'guerre du Kippour'),
  war('Spanish Civil War', "guerre d'Espagne", "guerre civile espagnole"),
  war('American Civil War', 'guerre de Sécession'),
  war('Franco-Prussian War', 'guerre de 1870', 'guerre franco-prussienne'),
  war('Hundred Years War', "Hundred Years' War", 'guerre de Cent Ans'),
  war('Napoleonic Wars', 'guerres napoléoniennes'),
  war('Falklands War', 'guerre des Malouines'),
  war('Crimean War', 'guerre de Crimée'),
  war('Russo-Ukrainian War', 'guerre en Ukraine', 'war in Ukraine'),
  war('Crusades', 'croisades', 'Croisades'),
  revolution('French Revolution', 'Révolution française', 'Révolution de 1789'),
  revolution('American Revolution', 'Révolution américaine', 'guerre d\'indépendance américaine', 'American War of Independence'),
  revolution('Russian Revolution', 'Révolution russe', 'révolution russe'),
  revolution('October Revolution', "Révolution d'Octobre", "révolution d'Octobre"),
  revolution('Industrial Revolution', 'Révolution industrielle', 'révolution industrielle'),
  revolution('Arab Spring', 'Printemps arabe', 'printemps arabe', 'printemps arabes'),
  revolution('Prague Spring', 'Printemps de Prague'),
  revolution('Euromaidan', 'Maïdan', 'révolution de Maïdan', 'Maidan'),
  revolution('Iranian Revolution', 'révolution islamique', 'Révolution islamique'),
  revolution('Cultural Revolution', 'Révolution culturelle'),
  revolution('Paris Commune', 'Commune de Paris'),
  political('May 68', 'Mai 68', 'mai 68', 'Mai 1968', 'mai 1968', 'May 1968'),
  political('Brexit'),
  political('Watergate'),
  // The Church's councils are events (the gold's convention), not bodies.
  historical('Second Vatican Council', 'Vatican II', 'concile Vatican II', 'deuxième concile du Vatican', 'second concile du Vatican'),
  historical('First Vatican Council', 'Vatican I', 'concile Vatican I', 'premier concile du Vatican'),
  historical('Council of Trent', 'concile de Trente'),
  political('Dreyfus affair', 'affaire Dreyfus'),
  political('September 11 attacks', '9/11', '11-Septembre', '11 Septembre', 'attentats du 11 septembre', 'attentats du 11-Septembre'),
  political('Fall of the Berlin Wall', 'chute du mur de Berlin', 'chute du Mur'),
  political('Tiananmen Square protests', 'massacre de Tiananmen', 'Tiananmen massacre'),
  // (Not "gilets jaunes", "yellow vests" in lowercase: as often the protesters as their movement.)
  political('Yellow vests movement', 'Gilets jaunes', 'mouvement des gilets jaunes'),
  historical('Holocaust', 'Shoah'),
  historical('Kristallnacht', 'Nuit de Cristal'),
  historical('Anschluss'),
  historical('D-Day', 'Débarquement', 'débarquement de Normandie', 'Normandy landings'),
  historical('VE Day', 'V-E Day', 'Victory in Europe Day'),
  historical('VJ Day', 'V-J Day', 'Victory over Japan Day'),
  historical('Great Depression', 'Grande Dépression', 'crise de 1929'),
  // (The British general strike of May 1926; "General Strike" with capitals names no other.)
  historical('General Strike', 'grève générale de 1926'),
  // (The bombing of British cities in 1940–41; "blitz" in lowercase is any such raid.)
  historical('Blitz'),
  historical('Renaissance period', 'Renaissance italienne'),
  historical('Reformation', 'Réforme protestante'),
  historical('Armistice of 11 November 1918', 'armistice de 1918', 'Armistice de 1918'),
  // (England–Australia cricket; "ashes" in lowercase are a fire's.)
  sport('Ashes'),
  sport('Olympic Games', 'Jeux olympiques', 'Jeux Olympiques', 'JO', 'Olympics', 'Olympic Games'),
  sport('Paralympic Games', 'Jeux paralympiques', 'Paralympiques', 'Paralympics'),
  sport('Winter Olympics', "Jeux olympiques d'hiver"),
  sport('FIFA World Cup', 'Coupe du monde', 'Coupe du monde de football', 'World Cup', 'Mondial'),
  sport('Rugby World Cup', 'Coupe du monde de rugby'),
  sport('UEFA European Championship', "Championnat d'Europe de football", 'Euro de football'),
  sport('UEFA Champions League', 'Ligue des champions', 'Champions League'),
  sport('Tour de France'),
  sport('Roland Garros', 'Roland-Garros', 'French Open'),
  sport('Wimbledon'),
  sport('US Open'),
  sport('Super Bowl'),
  sport('Six Nations Championship', 'Tournoi des Six Nations', 'Six Nations'),
  sport('Dakar Rally', 'Rallye Dakar', 'Paris-Dakar'),
  culture('Cannes Film Festival', 'Festival de Cannes'),
  culture('Academy Awards', 'Oscars'),
  culture('Cesar Awards', 'Césars', 'cérémonie des César'), // not bare "César": a first name
  culture('Eurovision', 'Eurovision Song Contest', 'Concours Eurovision de la chanson'),
  culture('Venice Film Festival', 'Mostra de Venise'),
  culture('Avignon Festival', "Festival d'Avignon"),
  culture('Nobel Prize', 'prix Nobel', 'Prix Nobel'),
  political('COP21', 'COP 21'),
  political('Davos Forum', 'Davos Summit'),
];
