// Words that the first-name data lists (faker's locales collect given names from many cultures,
// some of them ordinary words) but that, capitalised in a news text, are far more often something
// else. A recogniser reads "Firstname Capitalised" as a person, so each of these would turn a
// sentence start or a headline into a false PER: "Will Trump sign…", "May Congress…", "Elle a
// dit…", "Paris Match", "France Télévisions", "Ford Motor".
//
// Not listed on purpose:
// - Names that are also places but are common given names in the news ("Jordan" Bardella,
//   "Florence" Parly, "Israel" Katz, "Georgia", "Virginia"): isFirstName stays true and the
//   recogniser weighs it against lookupName with the next word.
// - Titles ("King", "Judge", "Prince", "Sir") and organisation or place head words ("Inc"): the
//   lookup rejects every title and head word itself, so they need no entry here.
// - "Mark", "Bill", "Don", "Guy", "Rose", "Pierre", "Hope", "Lance", "Roman": common words too, but
//   the given name is what a capitalised occurrence followed by another name usually is.
// Stored as written; compared accent-folded and lowercased.
export const NOT_FIRST_NAMES: readonly string[] = [
  // Months and days (capitalised in English, and at the start of French sentences).
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin',
  'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi',
  'Vendredi', 'Samedi', 'Dimanche',
  // English function words, modals and verbs that open sentences and questions.
  'Will', 'Can', 'Else', 'Even', 'Aren', 'Said', 'Till', 'Alone',
  // English nouns that open headlines.
  'Baby', 'Beat', 'Brain', 'Buddy', 'Floor', 'Gun', 'Haven', 'Honor', 'Idea', 'Jail', 'Job',
  'Kick', 'Line', 'Lot', 'Mine', 'Name', 'Nine', 'Promise', 'Sister', 'Summer', 'Chance', 'Art',
  'Fine', 'Sky', 'River', 'Storm', 'Dawn', 'Autumn', 'Angel', 'Faith', 'Justice',
  // Surnames and colours far more common than the given name ("Brown University", "Green Party").
  'Green', 'Brown', 'Price', 'Ward',
  // French pronouns, adjectives and nouns that open sentences.
  'Elle', 'Lui', 'Bon', 'Juste', 'Ami', 'Amour', 'Belle', 'Beau', 'Vive', 'Douce', 'Su', 'Blanche',
  'Lois', 'Victoire', 'Fortune', 'Prudence', 'Destinée', 'Porter', 'Royal', 'Marques', 'Marge',
  'Avis', 'Signe', 'Unique', 'Santé', 'Ville', 'Monde', 'Cas', 'Bas', 'Aura', 'Franc', 'Vin',
  'Rares', 'Vit', 'Conception', 'Lien', 'Aime', 'Mille', 'Demi', 'Mari', 'Monte', 'Parfait',
  'Lion', 'Trace', 'Bébé',
  // Brands, particles and places that start multi-word names of other kinds.
  'Mercedes', 'Ford', 'Van', 'France', 'Paris', 'America', 'Asia',
];
