// Speaker attributions journalists write, on short texts written for these tests (none comes from
// the sample articles or the gold corpora).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognise/analyze';

function speakers(text: string, lang: 'fr' | 'en'): (string | null)[] {
  return analyze(text, { lang }).quotes.map((q) => q.speaker?.id ?? null);
}

/** Asserts that the first quote's speaker is the entity written `name` (ids are the recogniser's own). */
function assertSpokenBy(text: string, lang: 'fr' | 'en', name: string): void {
  const { entities, quotes } = analyze(text, { lang });
  assert.equal(quotes[0]?.speaker?.id ?? null, entities.find((e) => e.text === name)?.id ?? 'no such entity');
}

test('an incise inside the guillemets with an auxiliary and an honorific', () => {
  const text = 'La réaction est venue du ministère. « La Grèce, a déclaré M. Constantin Vlachos, ne retirera pas un seul soldat. »\n\nLe lendemain, rien.';
  assert.deepEqual(speakers(text, 'fr'), ['constantin-vlachos']);
});

test('"-t-on chez X": the body named after "on" speaks; a bare "-t-on" names nobody', () => {
  assert.deepEqual(speakers('Le rachat avance. « Le calendrier est serré », indique-t-on chez Vireval.', 'fr'), ['vireval']);
  assert.deepEqual(speakers('Le rachat avance. « Le calendrier est serré », indique-t-on.', 'fr'), [null]);
});

test('"avant d’ajouter :" hands the next quote to the same speaker', () => {
  const text = 'L’entraîneur René Le Meur savourait. « On a travaillé ce match », a-t-il raconté, avant d’ajouter : « Aujourd’hui, c’est tout le bourg qui est champion. »';
  assert.deepEqual(speakers(text, 'fr'), ['rene-le-meur', 'rene-le-meur']);
});

test('a possessor is not the subject: "Daniel’s mother, Sandra Pennock, told reporters"', () => {
  const text = 'The court heard the case.\n\nOutside court, Daniel’s mother, Sandra Pennock, 46, told reporters: ‘I sat by his bed for 11 days.’';
  assert.deepEqual(speakers(text, 'en'), ['sandra-pennock']);
});

function kinds(text: string, lang: 'fr' | 'en'): string[] {
  return analyze(text, { lang }).quotes.map((q) => q.kind);
}

test('a quote cut by its incise and picked up in lower case is direct, with the same speaker', () => {
  const fr = 'Odile Sarrazin a vu fermer l’atelier. « Nous avons tout essayé », a-t-elle expliqué, « et personne ne nous a écoutés. »';
  assert.deepEqual(speakers(fr, 'fr'), ['odile-sarrazin', 'odile-sarrazin']);
  assert.deepEqual(kinds(fr, 'fr'), ['direct', 'direct']);
  const en = 'Karen Holt ran the shop for years. “We did everything we could,” she said, “but nobody listened.”';
  assert.deepEqual(speakers(en, 'en'), ['karen-holt', 'karen-holt']);
  assert.deepEqual(kinds(en, 'en'), ['direct', 'direct']);
  // Two words after a full stop are not the rest of the sentence.
  assert.deepEqual(kinds('Karen Holt was blunt. “We did everything we could.” She called it “a farce”.', 'en'), ['direct', 'partial']);
});

test('the incise that cuts a quote may describe its speaker at length; the quote it picks up is still direct', () => {
  const fr = '« Mon mari est parti chercher la voiture », murmure Martine Desbiolles, une Lyonnaise de 34 ans, assise sous une couverture dans la salle des fêtes, « et je ne l’ai jamais revu. »';
  assert.deepEqual(kinds(fr, 'fr'), ['direct', 'direct']);
  const en = '“People come and look up,” says Roger Baillard, who has kept a café on the square since 1952 and knows every regular by name, “and leave without sitting down.”';
  assert.deepEqual(kinds(en, 'en'), ['direct', 'direct']);
});

test('French "on" + speech verb speaks for the body the sentence places it in', () => {
  assert.deepEqual(speakers('Le ton monte. On indiquait hier soir à l’Elysée que le président suivait la crise « avec attention ».', 'fr'), ['elysee']);
  assert.deepEqual(speakers('Le ton monte. A Bruxelles, on soulignait que « rien n’est joué ».', 'fr'), ['brussels']);
  // "on" is anybody: the person the clause names still speaks.
  assert.deepEqual(speakers('On dit que le ministre Paul Arnaud a parlé d’un « désastre ».', 'fr'), ['paul-arnaud']);
});

test('the agent of a participle and a name in apposition to it are not the subject', () => {
  const text = 'Marc Olivier comparaissait hier. Interrogé par le juge, Paul Vernier, il a admis qu’il « ne se souvenait de rien ».';
  assert.deepEqual(speakers(text, 'fr'), ['marc-olivier']);
});

test('a second head coordinated in a complement is not the subject', () => {
  const text = 'A Londres, alliée de Lisbonne et Madrid, la ministre Claire Dunmore a appelé « toutes les parties » au calme.';
  assert.deepEqual(speakers(text, 'fr'), ['claire-dunmore']);
});

test('a noun phrase before its verb is the subject even when it names nobody; the names after the verb are objects', () => {
  assert.deepEqual(speakers('Le procès s’est ouvert. La famille du cycliste Didier Lenoir attendait « plus de fermeté ».', 'fr'), [null]);
  const pronoun = 'Paul Ravel, 40 ans, était jugé hier. Le 3 mars, sa voiture avait fauché le cycliste Didier Lenoir. « J’ai eu peur », a-t-il dit.';
  assert.deepEqual(speakers(pronoun, 'fr'), ['paul-ravel']);
  // The clause's own speaker still counts: "…, que Trump a qualifiés de « … »".
  const clause = 'La rencontre prolonge le dialogue entamé en mars, que Paul Arnaud a qualifié de « très utile ».';
  assert.deepEqual(speakers(clause, 'fr'), ['paul-arnaud']);
});

test('a person set off by commas after a noun is the subject: "Le voisin de la victime, Marc Tessier, a témoigné"', () => {
  const text = 'L’audience a duré trois heures. Le voisin de la victime, Marc Tessier, a témoigné. « Il roulait beaucoup trop vite », a-t-il raconté.';
  assert.deepEqual(speakers(text, 'fr'), ['marc-tessier']);
});

test('"avant de" / "before" + verb keeps the speaker of the incise for a later quote of any kind', () => {
  const fr = 'Maître Anne Keraudren a plaidé. « Mon client regrette », a-t-elle assuré, avant de demander une peine « juste ».';
  assert.deepEqual(speakers(fr, 'fr'), ['anne-keraudren', 'anne-keraudren']);
  const en = 'Laura Finch spoke first. “We will appeal,” she said, before calling the verdict “a travesty”.';
  assert.deepEqual(speakers(en, 'en'), ['laura-finch', 'laura-finch']);
});

test('"en chef" inside a role does not stop the search for the name after it', () => {
  const text = 'Les discussions piétinent. « Rien n’est réglé », a déclaré le négociateur en chef, Wang Jianguo.';
  assert.deepEqual(speakers(text, 'fr'), ['wang-jianguo']);
});

test('a subject after the quote may have an apposition before its verb: "“…,” X, a former official, said"', () => {
  const text = 'The talks failed. “He taught us that a claim is only as good as its arithmetic,” Moira Kenneally, a former union official, said.';
  assert.deepEqual(speakers(text, 'en'), ['moira-kennealli']);
});

test('"the company said", "le groupe vise": the organisation the article names most', () => {
  const en = 'Harbel Freight Inc. cut 300 jobs. Harbel Freight blamed fuel costs. "We had no other choice," the company said in a statement.';
  assert.deepEqual(speakers(en, 'en'), ['harbel-freight-inc']);
  // One mention is not enough to tell which company "the company" is.
  assert.deepEqual(speakers('Harbel Freight Inc. cut 300 jobs. "We had no other choice," the company said.', 'en'), [null]);
});

test('a source kept anonymous gets no speaker, nor the pronoun after it; a spokeswoman still speaks for her body', () => {
  const anonymous = 'Colm Brady led the union for years. One former minister, who asked not to be named, recalled that “you never beat him in a debate”.';
  assert.deepEqual(speakers(anonymous, 'en'), [null]);
  const pronoun = 'Ruth Ellery runs the firm. One former engineer, who asked not to be named, described the mood.\n\n"We were told we had two years," she said.';
  assert.deepEqual(speakers(pronoun, 'en'), [null]);
  const spokeswoman = 'An EPA spokeswoman, who spoke on condition of anonymity, said the agency "takes this seriously".';
  assert.deepEqual(speakers(spokeswoman, 'en'), ['epa']);
});

test('relatives are people: "his daughter Aoife", "la mère de Gwenaëlle, Anne Riou"', () => {
  const en = analyze('According to his daughter Aoife, a doctor, he spent his last weeks “arguing with the radio”.', { lang: 'en' });
  assert.deepEqual(en.entities.map((e) => `${e.type} ${e.text}`), ['PER Aoife']);
  assert.equal(en.quotes[0].speaker?.id, 'aoife');
  const fr = 'Le verdict est tombé. « Dix-huit mois pour une vie », a soufflé la mère de Gwenaëlle, Anne Riou, à la sortie.';
  assert.deepEqual(speakers(fr, 'fr'), ['anne-riu']);
});

test('an impersonal "il" names nobody: "Il fait encore nuit quand Coralie …, confie-t-elle"', () => {
  const text = 'Sophie Marchal dirige le service. Il fait encore nuit, lundi, quand Coralie pousse la porte du vestiaire. « C’est la pire vague », confie-t-elle.';
  assert.deepEqual(speakers(text, 'fr'), ['coralie']);
});

test('"se souvient X": a speech verb after a reflexive pronoun', () => {
  const text = 'Les années passent. « Il disait qu’il était trop vieux pour porter des bottines », se souvient l’accordéoniste Dédé Lacombe.';
  assert.deepEqual(speakers(text, 'fr'), ['dede-lacombe']);
});

test('the period of an honorific after the verb does not end the incise: "a déclaré M. X", "said Mr. X"', () => {
  const fr = 'Le conseil a voté. « Nous ne céderons pas », a déclaré M. Aurélien Castaing, conseiller municipal.';
  assert.deepEqual(speakers(fr, 'fr'), ['aurelien-castaing']);
  const en = 'The board met on Monday. “We will not back down,” said Mr. Gordon Marsh, the chairman.';
  assert.deepEqual(speakers(en, 'en'), ['gordon-marsh']);
});

test('a name inside the complement after the verb is to whom, not who: "a déclaré au Courrier le Dr X"', () => {
  const local = 'Les lits sont tous occupés.\n\n« Nous tenons », a déclaré au Courrier le Dr Anselme Vautrin, chef du service.';
  assert.deepEqual(speakers(local, 'fr'), ['anselme-vautrin']);
});

test('"selon lui" / "according to her" resolve like the pronoun, to the last speaker first', () => {
  const fr = 'Les secours ont tenu. « Nous avons travaillé toute la nuit », a souligné le commandant Marcel Roubaud. Selon lui, plusieurs sauveteurs « ont frôlé la catastrophe ».';
  assert.deepEqual(speakers(fr, 'fr'), ['marcel-roubaud', 'marcel-roubaud']);
  const en = 'The river rose overnight. “We were overwhelmed,” said the fire chief, Linda Marsh. According to her, two crews “nearly drowned”.';
  assert.deepEqual(speakers(en, 'en'), ['linda-marsh', 'linda-marsh']);
});

test('a demonstrative after the verb points back at the person named shortly before: "raconte cette retraitée"', () => {
  const text = 'Vers minuit, Huguette Vidal voit l’eau passer sous sa porte. « En dix minutes, on en avait jusqu’aux genoux », raconte cette retraitée de 71 ans.';
  assert.deepEqual(speakers(text, 'fr'), ['huguette-vidal']);
  // A portrait: the person, a sentence of scene, then the quote.
  const portrait = 'Lucienne Marot a refait ses comptes trois fois. Depuis mars, le propriétaire lui réclame le double. « Je ne dors plus », raconte cette couturière de 52 ans.';
  assert.deepEqual(speakers(portrait, 'fr'), ['lucienne-marot']);
  // Nobody named in the last five sentences: nobody (up to four back, a man of known gender).
  const far = 'Gérard Moulin a fondé la coopérative.\n\nLa crue a tout pris.\n\nLe village se tait.\n\nLes vignes sont noyées. Le maire attend.\n\n« On repartira », confie ce viticulteur.';
  assert.deepEqual(speakers(far, 'fr'), [null]);
});

test('verbs of manner that introduce words: "sourit", "s’amuse", "smiled"', () => {
  assert.deepEqual(speakers('Le laboratoire a rouvert. « Ici, on a appris l’humilité », sourit Claudine Berthier.', 'fr'), ['claudine-berthier']);
  assert.deepEqual(speakers('The lab reopened. “We learnt humility here,” smiled Claudia Burke.', 'en'), ['claudia-burke']);
});

test('the byline names the writer, who is nobody’s antecedent', () => {
  const text = 'By Elaine Hollister\n\nThe kitchen smells of bread and wood smoke. “You can ask me anything once the bread is out,” she says.';
  assert.deepEqual(speakers(text, 'en'), [null]);
  const fr = 'Par Claire Ostrowska\n\nLe bureau déborde d’équations. « Le plus dur commence maintenant », dit-elle.';
  assert.deepEqual(speakers(fr, 'fr'), [null]);
});

test('a title only the gazetteer knew as abbreviated ("Insp.") does not cut the incise', () => {
  const text = 'The lane was closed. “Nobody was hurt,” said Insp. Joan Marlow, who led the search.';
  assert.deepEqual(speakers(text, 'en'), ['joan-marlow']);
});

test('"according to her lawyer, X": a possessive "her" leaves the source to the name', () => {
  const text = 'Maria Quint was not in court. According to her lawyer, Tom Reddin, she “never saw the letter”.';
  assert.deepEqual(speakers(text, 'en'), ['tom-reddin']);
  const fr = 'Le prévenu n’a pas parlé. Selon son avocat, Me Paul Dréan, il « n’a rien vu ».';
  assert.deepEqual(speakers(fr, 'fr'), ['paul-drean']);
});

test('a pronoun goes to the latest subject its gender does not rule out, of unknown gender too; one of the other gender is skipped', () => {
  // Name lists give no gender to many names ("Kim"), or a wrong one: the nearest subject wins.
  const unknown = 'Helen Marsh chaired the meeting. Then Kim Dalby asked about the budget.\n\n“We will find the money,” she said.';
  assert.deepEqual(speakers(unknown, 'en'), ['kim-dalbi']);
  const man = 'Helen Marsh chaired the meeting. Then Mr Kim Dalby asked about the budget.\n\n“We will find the money,” she said.';
  assert.deepEqual(speakers(man, 'en'), ['helen-marsh']);
});

test('the pronoun right after a speaker\'s verb shows a gender the name lists do not know: "Kim Dalby said she …"', () => {
  const english = 'Nuno Ferreira chaired the meeting. Kim Dalby said she would sign the lease.\n\n“We will find the money,” he said.';
  assert.deepEqual(speakers(english, 'en'), ['nuno-ferreira']);
  const alone = 'Kim Dalby said she would sign the lease.\n\n“We will find the money,” he said.';
  assert.deepEqual(speakers(alone, 'en'), [null]);
  const french = 'Nuno Ferreira présidait la séance. Kim Dalby a indiqué qu’elle signerait le bail.\n\n« Nous trouverons l’argent », a-t-il dit.';
  assert.deepEqual(speakers(french, 'fr'), ['nuno-ferreira']);
});

test('after a sentence about someone new, an incise pronoun is that person, unless its verb adds ("she added")', () => {
  const text = '“We will appeal,” said Helen Marsh.\n\nDr Kim Dalby, an economist, said prices would keep rising.\n\n“Nobody disputes that,” she VERB.';
  assert.deepEqual(speakers(text.replace('VERB', 'said'), 'en'), ['helen-marsh', 'kim-dalbi']);
  assert.deepEqual(speakers(text.replace('VERB', 'added'), 'en'), ['helen-marsh', 'helen-marsh']);
  // "Pour elle" is read through the pronoun itself: it is no new subject.
  const french = '« Nous ferons appel », explique Kim Dalby, avocate. Pour elle, le verdict est fragile : « Rien n’est joué. »\n\nMme Hélène Marsh, elle, se tait.';
  assert.deepEqual(speakers(french, 'fr'), ['kim-dalbi', 'kim-dalbi']);
});

test('in a profile, "she says" is the woman it portrays, not another woman just quoted', () => {
  const text = [
    'Ruth Calloway left the coast at seventeen and has been writing about it ever since.',
    '“You can ask me anything once the bread is out,” she says.',
    'Calloway was born in a fishing village and her novels never left it. Calloway writes every morning.',
    'Her editor, Margaret Dunne, remembers the first manuscript. “It arrived in a lobster box,” Dunne says.',
    'The novel sold four thousand copies in its first year. Two more followed. A film was talked of and never made. The farmhouse has no telephone.',
    'She laughs at that. “A tide comes in at the speed of a walking horse,” she says.',
  ].join('\n\n');
  assert.deepEqual(speakers(text, 'en'), ['ruth-calloway', 'margaret-dunne', 'ruth-calloway']);
});

test('a byline with the writer\'s job after a comma is nobody\'s antecedent', () => {
  const text = 'Drought aid row heats up\n\nBy ROSEMARY TALBOT, Rural Reporter\n\nThe shire has had no rain since Easter.\n\n“We have had sympathy and no cheque,” she said.';
  assert.deepEqual(speakers(text, 'en'), [null]);
});

test('an incise inside the guillemets with an inverted auxiliary: "« …, a-t-elle déclaré. Mais … »"', () => {
  const text = 'La syndique, Hélène Vaucher, ne cachait pas sa déception. « Le village a tranché, a-t-elle déclaré. Mais nous avons perdu dix ans. »';
  assert.deepEqual(speakers(text, 'fr'), ['helene-vaucher']);
});

test('"a expliqué l\'ancien coureur": a bare definite agent noun after the verb points back at the person just named outside quotes', () => {
  const text = 'Le directeur sportif, Marcel Brunaud, avait tout préparé la veille. « Nous n\'avions rien à perdre. Lambrecht roule seul en montagne », a expliqué l\'ancien coureur.';
  assert.deepEqual(speakers(text, 'fr'), ['marcel-brunaud']);
  // "le gérant du bar" is anchored by its complement: someone new, not Marcel Brunaud.
  const anchored = 'Marcel Brunaud avait tout préparé la veille. « Nous n\'avions rien à perdre », a expliqué le gérant du bar.';
  assert.deepEqual(speakers(anchored, 'fr'), [null]);
});

test('a sentence whose subject the article does not name ("A customer who …", "Une voisine, qui …") leaves the pronoun after it to nobody', () => {
  const en = 'Ruth Calder, 58, chaired the committee for a decade. A customer who would not give her name said the corner was dangerous. "Someone will get hurt here," she said.';
  assert.deepEqual(speakers(en, 'en'), [null]);
  const fr = 'Odile Brassac préside l\'association depuis dix ans. Une voisine, qui tient le tabac, raconte la même histoire. « On le savait tous », dit-elle.';
  assert.deepEqual(speakers(fr, 'fr'), [null]);
  // A spokesperson speaks for a body, and a named source stays named.
  const named = 'Ruth Calder, 58, chaired the committee. A resident, Ann Tilley, said the corner was dangerous. "Someone will get hurt here," she said.';
  assert.deepEqual(speakers(named, 'en'), ['ann-tilley']);
});

test('"not authorized to speak" keeps a source anonymous', () => {
  const text = 'Governor Tom Lowry toured the shelter on Sunday. One firefighter, not authorized to speak publicly, described the night. "We are trying to steer it," he said.';
  assert.deepEqual(speakers(text, 'en'), [null]);
});

test('"À la mairie, qui …" opens on a place, not on someone unnamed; "auprès du ministère de X" names the body "on" speaks for', () => {
  const text = 'Marie Dupont est arrivée hier. À la mairie, qui a fermé, on se tait. « Nous verrons », a-t-elle dit.';
  assert.deepEqual(speakers(text, 'fr'), ['marie-dupont']);
  assert.deepEqual(speakers('« Le dossier est clos », indique-t-on auprès du ministère de la Santé.', 'fr'), ['ministere-de-la-sante']);
});

test('"he says" in a profile: a name spoken inside a quotation does not make that person the profile\'s voice', () => {
  const text = [
    'Her brother, Hamish Dunmore, a ferry pilot, checks every chart she draws.',
    '“He is my hardest critic,” she says. “Hamish cares about tides. Hamish knows every rock.”',
    'Dr. Lachlan Pryde, who trained her, says she is the best of her year. “She never guesses,” he says.',
  ].join('\n\n');
  const a = analyze(text, { lang: 'en' });
  const pryde = a.entities.find((e) => e.text === 'Lachlan Pryde');
  assert.ok(pryde);
  assert.equal(a.quotes[a.quotes.length - 1].speaker?.id, pryde.id);
});

test('a person set off by a comma after a long role holds it, names in the role counting as one word', () => {
  const text = 'The chair of the committee of the Harbour Board, Ravi Pandit, said the budget was "a fair one".';
  assert.deepEqual(speakers(text, 'en'), ['ravi-pandit']);
  // Without the comma, a name that far after the role, in the same clause, is not its holder.
  const far = 'The chair of the finance committee of the old Harbour Board of the town met Ravi Pandit and called the budget "a fair one".';
  assert.deepEqual(speakers(far, 'en'), [null]);
});

test('the complement of a complement\'s noun is no subject: "Devant les portes d’Angers, une pancarte réclame « … »"', () => {
  const text = 'Devant les portes d’Angers, une pancarte réclame « Rendez-nous la gare ».';
  assert.deepEqual(speakers(text, 'fr'), [null]);
  // An elided "d’" opens a complement like "de": "on" here is anybody, not a town of the list.
  const list = 'Sur les marchés de Rennes, d’Angers et de Nantes, on parle de « l’or vert ».';
  assert.deepEqual(speakers(list, 'fr'), [null]);
  // Phrases that name a source like "selon" keep their person after an elided "d’".
  assert.deepEqual(speakers('Au dire d’Anne Morel, « rien ne change ».', 'fr'), ['anne-morel']);
  assert.deepEqual(speakers('Aux yeux de Paul Morel, « rien ne change ».', 'fr'), ['paul-morel']);
});

test('a pronoun after a speaker\'s verb that may stand for someone just named gives no gender; a last speaker known to agree gives way only to someone who speaks', () => {
  const other = 'Police questioned Anna Berg on Monday. Tobi Aralu said she had done nothing wrong. "This case is empty," he said.';
  assert.deepEqual(speakers(other, 'en'), ['tobi-aralu']);
  const acts = 'Claire Dubois, the mayor, opened the session. "We will rebuild," she said. Tobi Aralu, the fire chief, arrived later with two trucks. "The damage is severe," she said.';
  assert.deepEqual(speakers(acts, 'en'), ['claire-dubois', 'claire-dubois']);
});

test('a spokesperson the article never named speaks for the body after "for", "du": "A spokesman for Acme said"', () => {
  assert.deepEqual(speakers('A spokesman for Acme Holdings said the company had ‘no intention of quitting’.', 'en'), ['acme-holdings']);
  assert.deepEqual(speakers('Un porte-parole du ministère de la Santé a jugé la mesure « prématurée ».', 'fr'), ['ministere-de-la-sante']);
  // A spokesperson the article named keeps the quote.
  const named = 'Le porte-parole du ministère, Paul Lind, a parlé lundi. Mardi, le porte-parole du ministère a jugé la mesure « prématurée ».';
  assert.deepEqual(speakers(named, 'fr'), ['paul-lind']);
});

test('"d’après X", which the tokeniser cuts in two, names the source like "selon X"', () => {
  assert.deepEqual(speakers('D’après Paul Morel, « rien ne change ».', 'fr'), ['paul-morel']);
  assert.deepEqual(speakers('Le texte, d’après Anne Roux, est « mort-né ».', 'fr'), ['anne-roux']);
});

test('English "on" in a role is a preposition, not French "on": "the party\'s spokesman on farming, Mr X, said"', () => {
  const text = "The rain stopped. The Greens' spokeswoman on transport, Ms Odile Brack, said the plan was 'half-baked'.";
  assert.deepEqual(speakers(text, 'en'), ['odile-brack']);
});

test('a body named before its title: "“…,” the Acme general manager, Mr X, told reporters"', () => {
  const text = 'The storm passed. "We are rebuilding the whole network," the Harlow Power general manager, Mr Desmond Kealy, told reporters.';
  assertSpokenBy(text, 'en', 'Desmond Kealy');
});

test('French "celui-ci" is the person named last, the subject a later "il" goes back to', () => {
  const text = "Le leader, Marc Tiberghien, a perdu du temps dans la montée, avant de rejoindre son directeur sportif, Gaston Lemarié. Celui-ci se montrait plus inquiet. « Il a eu froid dans la descente, a-t-il reconnu. Demain, il faudra être devant. »";
  assertSpokenBy(text, 'fr', 'Gaston Lemarié');
  // The sentence before ends on a thing: "celui-ci" is the bill, nobody.
  assert.deepEqual(speakers('Paul Rouvier a présenté le projet de loi mardi. Celui-ci prévoit « une hausse massive des impôts ».', 'fr'), [null]);
});

test('a relative clause that speaks gives the words to the person it hangs on: ", who called it « … »"', () => {
  const en = 'The motion passed. Voting against were Alma Rusk, Peter Dunmore and Council President Hugh Tarrant, who called the ordinance "a tax on patience."';
  assertSpokenBy(en, 'en', 'Hugh Tarrant');
  const fr = 'Le texte est passé. Ont voté contre Alma Rusquet, Pierre Dumoret et le doyen Hugues Tarrand, qui a qualifié le texte de « taxe sur la patience ».';
  assertSpokenBy(fr, 'fr', 'Hugues Tarrand');
  // The quote after another clause is not the relative's: Tom Ladd's.
  assertSpokenBy('Tom Ladd criticised Ann Rowe, who said nothing, and called her plan "a disaster for the town".', 'en', 'Tom Ladd');
});

test('a role given in apposition with an honorific ("The Premier, Mr X,") is that person\'s, not "Mr"\'s', () => {
  const en = "The Premier, Mr Ian Caldmore, who is expected in the west, rejected the criticism. Asked whether aid came too slowly, the Premier said the State had 'spent more than ever'.";
  assertSpokenBy(en, 'en', 'Ian Caldmore');
  const fr = 'Le préfet, M. Paul Ravelin, a déclenché le plan dans la nuit. Au matin, le préfet a demandé aux habitants de « rester chez eux ».';
  assertSpokenBy(fr, 'fr', 'Paul Ravelin');
});

test('a definite agent noun after the verb reaches further back for a person of its gender only', () => {
  const scene = (doctor: string) => `La salle d’attente du docteur ${doctor}, à Bellecombe, est déjà pleine. Des hommes attendent debout. Une adolescente dort sur une chaise. « Je vois cinquante malades par jour », soupire la généraliste.`;
  assertSpokenBy(scene('Rosine Lebreton'), 'fr', 'Rosine Lebreton');
  // Three sentences back, a man is not "la généraliste".
  assert.deepEqual(speakers(scene('Paul Lebreton'), 'fr'), [null]);
});

test('Québec\'s "la mairesse" is a title: set off by commas, then named alone after the verb', () => {
  const text = 'Quand la mairesse, Claire Dubé-Tremblay, a appelé le vote, la salle a hué. « On ne gère pas une ville avec des pelles », a lancé la mairesse en ouvrant la séance.';
  assertSpokenBy(text, 'fr', 'Claire Dubé-Tremblay');
});

test('"Au siège de X, à Y, on indiquait": the body whose seat opens the sentence speaks through "on"', () => {
  assert.deepEqual(speakers('Au siège de l’UGTB, à Ouagadougou, on indiquait hier soir que la grève « continuera lundi ».', 'fr'), ['ugtb']);
  assert.deepEqual(speakers('Au ministère de la Santé, à Lomé, on assure que les stocks « suffiront ».', 'fr'), ['ministere-de-la-sante']);
});

test('a place that opens the sentence with an aside then a new noun phrase says where; with the verb after the aside, it speaks', () => {
  const shop = 'Rue des Tilleuls, dans le centre-ville, la pharmacienne Odile Marchais a affiché sur sa porte : « Plus de sirop, livraison jeudi ». Derrière le comptoir, elle soupire. « Les gens ont peur », dit-elle.';
  assert.deepEqual(speakers(shop, 'fr'), ['odile-marchais', 'odile-marchais']);
  assert.deepEqual(speakers('Rome, en revanche, a haussé le ton et dénoncé des « violences inadmissibles ».', 'fr'), ['rome']);
  assert.deepEqual(speakers('London, in a note handed over on Wednesday, called the vote “a step forward”.', 'en'), ['london']);
});

test('a list of places opening the sentence is no place and aside: the first place speaks', () => {
  assert.deepEqual(speakers('Paris, Berlin, Rome et Madrid ont jugé la décision « regrettable ».', 'fr'), ['paris']);
});

test('a person opening a clause after ", and" is the subject a later "he said" goes on with', () => {
  const en = 'The last cattle left the farm on a truck at dawn, and Owen Marsh watched from the gate until the road was empty.\n\n"We had them for sixty years," he said.';
  assert.deepEqual(speakers(en, 'en'), ['owen-marsh']);
  const fr = 'Les derniers camions sont partis avant l’aube, et Lucien Ferrat a refermé la grille de l’usine.\n\n« Trente ans ici, et plus rien », a-t-il soupiré.';
  assert.deepEqual(speakers(fr, 'fr'), ['lucien-ferrat']);
  // An adverb after the name, or a list of names, opens no clause.
  assert.deepEqual(speakers('Jean Roux a remercié l’équipe, et Paul Martin aussi.\n\n« C’était dur », a-t-il dit.', 'fr'), ['jean-roux']);
  assert.deepEqual(speakers('Tom Hale praised Mark Day, and Paul Reid especially.\n\n"It was hard," he said.', 'en'), ['tom-hale']);
  assert.deepEqual(speakers('Tom Hale wrote to the board. Ann Bell, Mark Day, and Paul Reid signed the letter.\n\n"It was hard," she said.', 'en'), ['ann-bell']);
  // A name the clause only mentions, with no verb after it, opens no clause.
  const named = 'Sarah Coles ran the shop, and the bakery of Tom Pike, Westgate.\n\n"We close in May," she said.';
  assert.deepEqual(speakers(named, 'en'), ['sarah-coles']);
});

test('a place naming the noun of a complement is not the subject: "cette institutrice du quartier X n’avait « … »"', () => {
  const text = 'Bénévole depuis 1980, cette institutrice du quartier Saint-Odilon n’avait « jamais vu ça ». Le soir, la foule est repartie.';
  assert.deepEqual(speakers(text, 'fr'), [null]);
  // In English as well, where no place head word takes the noun in ("the town Glasgow").
  assert.deepEqual(speakers('A volunteer since 1980, this retired teacher from the town Glasgow had "never seen the like".', 'en'), [null]);
  // The subject after the complement still speaks.
  assert.deepEqual(speakers('Devant la mairie de Quimperlé, Anne Keraval a lancé : « Nous restons. »', 'fr'), ['anne-keraval']);
});

test('an unnamed source after a quote that ends its sentence: neither its sentence nor the next quote is the named speaker’s', () => {
  const text = 'Professor Ann Kellaway said the cull was "the only sensible thing to do." One vet, who asked not to be named, was less certain. "We are killing the birds we can see," he said.';
  assert.deepEqual(speakers(text, 'en'), ['ann-kellaway', null]);
  // An unnamed spokesman still speaks for the body quoted before him.
  const body = '"If the line closes, the mill closes," Brisco Steel Co. said. A company spokesman, who asked not to be named, said nothing was decided. "Nobody is bluffing," he said.';
  const ids = speakers(body, 'en');
  assert.equal(ids[1], ids[0]);
  assert.notEqual(ids[0], null);
});

test('a quote opening a later sentence does not go on with the last speaker once the narrative turned to another person', () => {
  const text = '“We saw it coming,” said Ann Kellaway. Tom Breck, a farmer, lost his barn in the night. “Nothing is left.”';
  assert.deepEqual(speakers(text, 'en'), ['ann-kellaway', 'tom-breck']);
});

test('a pronoun with no sentence subject to stand for goes to the one person of its gender named in the sentence before', () => {
  const text = 'It was past one o’clock when the chief judge, Mrs. Lorna Quesnel, announced the result. ‘The Harbour Band played as one,’ she said.';
  assert.deepEqual(speakers(text, 'en'), ['lorna-quesnel']);
  // Two women named there: nobody can tell which.
  const two = 'It was past one o’clock when Mrs. Lorna Quesnel and Mrs. Ada Pike announced the result. ‘The Harbour Band played as one,’ she said.';
  assert.deepEqual(speakers(two, 'en'), [null]);
});

test('a title of several words before the name in an incise: "Battalion Chief X said", "Tallow County Fire Chief X said"', () => {
  assert.deepEqual(speakers('“It kills,” Battalion Chief Ray Okonkwo said at a briefing.', 'en'), ['ray-okonkwo']);
  assert.deepEqual(speakers('“If you are told to go, go,” Tallow County Fire Chief Ray Okonkwo said.', 'en'), ['ray-okonkwo']);
});

test('a quote alone after a sentence whose subject is a named person is that person’s; not after an unnamed subject or another paragraph', () => {
  assert.deepEqual(speakers('On the pavement, Fabian Dell, a forklift driver, rolls a cigarette. "My wife asked me if I would be home early."', 'en'), ['fabian-dell']);
  assert.deepEqual(speakers('Sur la scène, la chorégraphe de la troupe Tiare Nui, Marguerite Lenoir, pleurait. « Nous avons répété tous les soirs. »', 'fr'), ['marguerite-lenoir']);
  assert.deepEqual(speakers('A farmer looks at the flattened rows. "Thirty years of work."', 'en'), [null]);
  assert.deepEqual(speakers('Fabian Dell rolls a cigarette.\n\n"Thirty years of work."', 'en'), [null]);
  // A role names the person in apposition: "Interrogé par la présidente, Marie Roux, il a …" is still his.
  assert.deepEqual(speakers('Le prévenu Paul Brenn a parlé. Interrogé par la présidente, Marie Roux, il a reconnu qu’il « savait avoir trop bu ».', 'fr'), ['paul-brenn']);
});

test('Belgian and Swiss local offices are roles: "le syndic" is the syndic named before', () => {
  const text = 'Le syndic de Bioley-Dessus, Jean Cuendet, a voté oui. Marie Roux a voté non. « On a assez parlé d’éoliennes », a dit le syndic.';
  assert.deepEqual(speakers(text, 'fr'), ['jean-cuendet']);
});

test('a family name with its particle alone is the person named in full, and speaks after the verb: "glisse Mme de Loëz"', () => {
  const text = 'Anne-Marie de Loëz préside l’association. Thomas Brugger, lui, se tait. « Nous avons de la patience », glisse Mme de Loëz.';
  assert.deepEqual(speakers(text, 'fr'), ['annemarie-de-loez']);
});

test('"as X put it, ‘…’" names the speaker of the quote after it', () => {
  const text = 'The selector Geoff Rattlin said the boy was ready. The young man had, as Rattlin put it, ‘done everything we asked of him’, and will play.';
  assert.deepEqual(speakers(text, 'en'), ['geoff-rattlin']);
});

test('a quote after a sentence whose subject is two people joined by "et" names neither', () => {
  const text = 'Jean Dupont, maire de Lyon, et Marie Roux, son adjointe, ont parlé. « Tout va bien. »';
  assert.deepEqual(speakers(text, 'fr'), [null]);
});

test('French stance verbs of an incise: "tempête X", "râle-t-il"', () => {
  const text = 'Mme Katrien Vos a répondu. « On nous parle de reclassement depuis 2011 », tempête Marie-Claire Hougaerd. Selon elle, la décision « était prise depuis des mois ».';
  assert.deepEqual(speakers(text, 'fr'), ['marieclaire-hougaerd', 'marieclaire-hougaerd']);
});

test('English stance verbs of an incise: "fumed", "retorted", "muttered"', () => {
  assert.deepEqual(speakers('“It is a scandal,” fumed Ray Okonkwo. “Not at all,” retorted Ann Kellaway.', 'en'), ['ray-okonkwo', 'ann-kellaway']);
});

test('the person right before a speech verb and a colon speaks, however long the clause before', () => {
  const text = 'Asked by Mr. Geoffrey Tallon, Q.C., for the union, whether anyone had read the entries, Mr. Arthur Pyle replied: “Not a soul, sir.”';
  assert.deepEqual(speakers(text, 'en'), ['arthur-pile']);
});

test('an incise inside the guillemets after the one it is said to: "nous a confié", "m’a dit"', () => {
  const before = 'Le maire Paul Dumont est arrivé tôt. ';
  assert.deepEqual(speakers(`${before}« Nous avons tout perdu, nous a confié le curé de la paroisse, l'abbé Jean Morel. Ici, personne ne dort. »`, 'fr'), ['jean-morel']);
  assert.deepEqual(speakers(`${before}« Nous avons tout perdu, m'a dit Anne Vidal. Ici, personne ne dort. »`, 'fr'), ['anne-vidal']);
});

test('a quote that ended its sentence takes no incise from after a later quote the narrative led into', () => {
  const text = 'Le maire Paul Dumont est arrivé tôt. « Nous avons tout perdu. » Plus tard, « ce n’est pas juste », a lancé Marc Leroy.';
  assert.deepEqual(speakers(text, 'fr'), ['paul-dumont', 'marc-leroy']);
  // Partial quotes of one sentence still share its incise.
  const partial = 'Le ministre Paul Dumont a parlé. Les deux pays ont évoqué « des pistes » ainsi que les « garanties » de Kiev, a-t-il déclaré.';
  assert.deepEqual(speakers(partial, 'fr'), ['paul-dumont', 'paul-dumont']);
});

test('a quote that ends its sentence in the marks has no words after it: the next sentence is not its incise', () => {
  // The quote alone after a sentence whose subject is a person is that person's, whatever follows.
  const text = 'Dans sa cour, Marie Grondin ne peut plus fermer les mains. « Je suis cassée de partout. » Son mari, lui, ne se lève plus.';
  assert.deepEqual(speakers(text, 'fr'), ['marie-grondin']);
});

test('a question in guillemets before its incise keeps the incise: "« … ? », a soufflé la mère, X"', () => {
  const text = 'Le tribunal a condamné Paul Morvan. « Qu’est-ce qu’on va dire à sa sœur ? », a soufflé la mère de la victime, Anne Tanguy.';
  assert.deepEqual(speakers(text, 'fr'), ['anne-tanguy']);
});

test('the sentence after a quote may name its speaker: "L’homme qui parle ainsi s’appelle X", "The woman asking was X"', () => {
  const fr = 'Des familles attendent. « On a laissé la maison. On a gardé la clé. » L’homme qui parle ainsi, la clé à la main, s’appelle Antoine Ferrand.';
  assert.deepEqual(speakers(fr, 'fr'), ['antoine-ferrand']);
  const en = 'Paul Mercer said he would go west “if they’ll have me.”\n\n“Twenty years I stood at that table. What now?” The woman asking was Theresa Hynes, a cutter.';
  const theresa = analyze(en, { lang: 'en' }).entities.find((e) => e.text === 'Theresa Hynes')?.id;
  assert.deepEqual(speakers(en, 'en'), ['paul-mercer', theresa ?? 'no such entity']);
  // Not when the next sentence is about someone who does not speak.
  assert.deepEqual(speakers('Paul Roux est parti. « On a tout perdu. » L’homme qui conduit le camion s’appelle Jean Vidal.', 'fr'), ['paul-roux']);
});

test('an inverted incise reaches the holder of a role past a complement: "constatait avec soulagement l’architecte, M. X", "a lancé, par la voix de son interprète, l’entraîneur du club, X"', () => {
  const before = 'Le capitaine Louis Bernard a protesté. ';
  assert.deepEqual(speakers(`${before}« Pas un carreau de cassé », constatait avec soulagement l'architecte du palais, M. Prosper Vandame.`, 'fr'), ['prosper-vandame']);
  assert.deepEqual(speakers(`${before}« Ce penalty n'existe pas », a lancé, par la voix de son interprète, l'entraîneur du club, Dragan Markov.`, 'fr'), ['dragan-markov']);
});

test('the one the words were said to stands between the quote and its incise: "« … », nous a-t-il dit"', () => {
  const text = 'Le lauréat, Achille Desmet, paraissait ému. « Mon père a exposé ici avant moi », nous a-t-il dit.';
  assert.deepEqual(speakers(text, 'fr'), ['achille-desmet']);
});

test('an incise whose subject is someone unnamed gives the quote to nobody, not to the last speaker', () => {
  const fr = '« La mangrove est perdue », a prévenu Kevin Lamy. « Deux semaines ! Personne n’a bougé ! » criait une femme, un drapeau à la main.';
  const kevin = analyze(fr, { lang: 'fr' }).entities[0]?.id;
  assert.deepEqual(speakers(fr, 'fr'), [kevin, null]);
  const en = '“The mangrove is lost,” warned Kevin Lamy. “Two weeks, and nobody moved,” said a woman in the crowd. “We waited,” a miner said.';
  assert.deepEqual(speakers(en, 'en'), [kevin, null, null]);
});

test('a translation in quote marks, in brackets or after "c’est-à-dire", is the words of the quote it translates', () => {
  assert.deepEqual(speakers('Marc Lenoir a lancé : « Gent is mooi ! », c’est-à-dire « Gand est belle ! ».', 'fr'), ['marc-lenoir', 'marc-lenoir']);
  const text = 'Le Dr Harold Kinnear a salué la campagne. « We have waited long enough », a-t-il lancé en anglais (« Nous avons assez attendu »).';
  assert.deepEqual(speakers(text, 'fr'), ['harold-kinnear', 'harold-kinnear']);
});

test('the person the reporter met is whom the next pronoun stands for: "I met X. “…,” he told me"', () => {
  const en = 'Councillor Ravi Shankar spoke first. Among the refugees on the maidan I met Maulvi Abdul Rahim, a schoolmaster. “God spared us,” he told me.';
  assert.deepEqual(speakers(en, 'en'), ['abdul-rahim']);
  const fr = 'Le maire Paul Roux a parlé le premier. Sur le quai, j’ai rencontré Marc Lenoir, un docker. « On a tout perdu », m’a-t-il dit.';
  assert.deepEqual(speakers(fr, 'fr'), ['marc-lenoir']);
});

test('a sentence opening on someone unnamed described by a participle leaves the next "he" to nobody: "A Marwari merchant, standing …"', () => {
  const text = 'Maulvi Abdul Rahim spoke first. “God spared us,” he told me. A Marwari merchant, standing before the ruin of his shop, was less resigned. “Everything I had is under there,” he said.';
  assert.deepEqual(speakers(text, 'en'), ['abdul-rahim', null]);
  const fr = 'Paul Roux a parlé. « On reviendra », a-t-il dit. Un pêcheur, craignant pour son bateau, était moins confiant. « Tout est perdu », a-t-il dit.';
  assert.deepEqual(speakers(fr, 'fr'), ['paul-roux', null]);
});

test('a quote after which a new sentence started belongs to the sentence before: the next quote\'s subject is its own sentence\'s', () => {
  const text = 'Queen’s Park insists the dispute “must be settled at the table.” Wally Dubrowski, who walked his first picket line in 1970, said the law would “settle nothing.”';
  const { entities, quotes } = analyze(text, { lang: 'en' });
  assert.equal(quotes[1]?.speaker?.id, entities.find((e) => e.text === 'Wally Dubrowski')?.id);
});

test('an incise inside the guillemets whose subject is unnamed gives the quote to nobody: "« …, lâche une voisine. … »"', () => {
  const text = 'Marie Grondin, 58 ans, ne dort plus. « La démoustication, on n’y croit plus, lâche une voisine. Ici, tout le monde est malade. »';
  assert.deepEqual(speakers(text, 'fr'), [null]);
});

test('past a complement set off by commas only a person is the subject: "a déclaré, à Lyon, Pierre Morel", not "Lyon"', () => {
  assert.deepEqual(speakers('« Nous avons tout perdu », a déclaré, à Lyon, Pierre Morel.', 'fr'), ['pierre-morel']);
  assert.deepEqual(speakers('Paul Roux est venu. « Rien », a déclaré, à Lyon, le préfet.', 'fr'), [null]);
  assert.deepEqual(speakers('« Ici », lance en riant Jean Morin.', 'fr'), ['jean-morin']);
});

test('after "!" or "?" a bracket or a translation still leads to the incise: "« … ! », c’est-à-dire « … », a dit X"', () => {
  assert.deepEqual(speakers('« Gent is mooi ! », c’est-à-dire « Gand est belle ! », a dit Pieter Claes.', 'fr'), ['pieter-claes', 'pieter-claes']);
  assert.deepEqual(speakers('« Mauruuru roa ! » (« Merci beaucoup ! »), lance Teva Tehei.', 'fr'), ['teva-tehei', 'teva-tehei']);
});

test('the sentence after a quote names its speaker only right after the naming word; the reporter "meets" only by a verb of meeting', () => {
  assert.deepEqual(speakers('« On a tout laissé. » Le vieil homme qui parle a été recueilli par Jean Morin.', 'fr'), [null]);
  assert.deepEqual(speakers('« Personne n’est venu. » Celui qui parle ainsi est le frère de Jean Roux.', 'fr'), [null]);
  const waiting = 'Nous attendons Jean Roux depuis une heure. Le préfet arrive enfin. « Tout ira bien », dit-il.';
  assert.notEqual(speakers(waiting, 'fr')[0], 'jean-roux');
});

test('a pronoun that speaks goes on with the last speaker ("said Mr. X, the club secretary. He added that …"); a quote after an incise and a dash is the same speaker\'s', () => {
  const text = 'Mr. Karim Bux scored twice. ‘We were the better side,’ said Mr. Anil Bose, the club secretary. He added that his players would ‘go into the Shield with our heads up.’';
  assert.deepEqual(speakers(text, 'en'), ['anil-bose', 'anil-bose']);
  const dash = 'Minister David Roe spoke first. “We are not against science,” said Jan Vermaak. “Ons is nie teen die sterre nie,” he added with a grin — “We have nothing against the stars.”';
  const jan = analyze(dash, { lang: 'en' }).entities.find((e) => e.text === 'Jan Vermaak')?.id;
  assert.deepEqual(speakers(dash, 'en'), [jan, jan, jan]);
});

test('a sentence opening on an unnamed person qualified by a nationality ("An elderly Cantonese cook, who …") leaves the next "he" to nobody', () => {
  const text = 'Arthur Pellow, the manager, was proud. "It works," he said.\n\nAn elderly Cantonese cook, who has fed the coolies since 1896, stood watching. "It is a very big iron pig," he observed.';
  assert.deepEqual(speakers(text, 'en'), ['arthur-pellow', null]);
});

test('"one of them told", "One of the strikers, a constable, said …": one of a group speaks, unnamed; "One of the organisers, Jane Holt," is named', () => {
  const text = 'Ruth Ames spoke first. "It works," she said.\n\nOne of the organisers, Jane Holt, was angry. "It is a shame," she said.\n\nOne of the strikers, a constable of eleven years, said the men had no quarrel. "We did not walk off," he said.\n\n"We had orders," one of them told the Courier.';
  assert.deepEqual(speakers(text, 'en'), ['ruth-ames', 'jane-holt', null, null]);
});

test('a dispatch\'s town and its dash are no subject: "PARIS — Paul Garnier a dit : « … »" is his quote, "PARIS — Le gouvernement a dit : « … »" nobody\'s we can name', () => {
  assert.deepEqual(speakers('PARIS — Paul Garnier a dit : « Je ne partirai pas. »', 'fr'), ['paul-garnier']);
  assert.deepEqual(speakers('PARIS — Le gouvernement a dit : « Non. »', 'fr'), [null]);
  // The state after the town is the dateline's too, and the place outside which they stood is no speaker.
  assert.deepEqual(speakers('MERRILL, Iowa — Nearly 200 farmers chanted “No sale!”', 'en'), [null]);
  assert.deepEqual(speakers('The crowd stood outside the Varley Memorial Hospital and chanted “No sale!”', 'en'), [null]);
});

test('a headline\'s quote is spoken by whoever the article gives the same words to, where its own speaker is only a guess; a short cry or unrepeated words are not', () => {
  const en = 'Harbour town cheers the new bridge\n\n\'We have waited thirty years for this day\'\n\nKELLOW, May 3: The town turned out.\n\n\'We have waited thirty years for this day. Now the ferry can rest,\' said Mr Aled Morgan, the mayor.';
  assert.deepEqual(analyze(en, { lang: 'en' }).quotes.map((q) => `${q.speaker?.id ?? null} ${q.speaker?.via ?? ''}`), ['aled-morgan echo', 'aled-morgan incise']);
  const fr = 'Le pont enfin ouvert\n\n« Trente ans que nous attendions ce jour »\n\nLe maire, Paul Garnier, a déclaré : « Trente ans que nous attendions ce jour, et le voici. »';
  assert.deepEqual(speakers(fr, 'fr'), ['paul-garnier', 'paul-garnier']);
  // "Non !" is too short to be told from any other "non"; words nobody repeats keep no speaker.
  assert.deepEqual(speakers('Le pont fermé\n\n« Non ! »\n\nLe maire, Paul Garnier, a crié : « Non ! Jamais ! »', 'fr')[0], null);
  assert.deepEqual(speakers('Harbour town cheers\n\n\'A day we will never forget\'\n\nThe mayor, Aled Morgan, said: \'We waited long.\'', 'en')[0], null);
  // A headline's quote after a place taken for its subject; not one whose line names its speaker,
  // nor a quote of the story that a person's sentence attributes.
  const headline = 'Kellow man charged; victim\'s son: \'We still cannot believe it\'\n\nThe trial opens today.\n\n"We still cannot believe it," Tom Keane said.';
  assert.deepEqual(speakers(headline, 'en'), ['tom-keane', 'tom-keane']);
  const subtitle = 'Le port de Kervéan souffre\n\nL\'Office des pêches annonce « une saison difficile mais rentable ».\n\n« Nous entrons dans une saison difficile mais rentable », a déclaré sa directrice, Anne Quéméner.';
  assert.deepEqual(speakers(subtitle, 'fr'), ['office-des-peches', 'anne-quemener']);
  // A headline may open on its quote.
  const opening = '‘We cannot cope’ — Kellow traders groan as fuel doubles\n\nPrices rose again on Monday in the market of the town.\n\n“Everything has gone up. We cannot cope,” said Ada Eze, who sells rice.';
  assert.deepEqual(analyze(opening, { lang: 'en' }).quotes.map((q) => q.speaker?.via ?? null), ['echo', 'incise']);
  const story = 'Quéméner : « Le plus dur commence maintenant »\n\nPour Élise Morvan, la saison « commence maintenant ».';
  assert.deepEqual(speakers(story, 'fr')[1], 'elise-morvan');
});

test('"a déclaré à la tribune X": a person after a noun of where or how is the speaker; after a role or a possessive, the one spoken to', () => {
  const before = 'L’ancien maire Henri Vasseur est parti. ';
  assert.deepEqual(speakers(`${before}« Nous ne reculerons pas », a déclaré à la tribune Awa Sangaré, directrice du festival.`, 'fr'), ['awa-sangare']);
  assert.notDeepEqual(speakers(`${before}« Nous ne reculerons pas », a confié au ministre Awa Sangaré un élu.`, 'fr'), ['awa-sangare']);
  assert.notDeepEqual(speakers(`${before}« Nous ne reculerons pas », a dit à sa sœur Awa Sangaré.`, 'fr'), ['awa-sangare']);
});

test('a French demonstrative before a noun for a person points back to the person last spoken of; "a" after a noun is the auxiliary, not "à"', () => {
  assert.deepEqual(speakers('Mme Awa Sangaré verse du lait chaud. Cette institutrice a dit : « Je n’ai jamais vu ça. »', 'fr'), ['awa-sangare']);
  assert.deepEqual(speakers('M. Paul Kermarec verse du lait chaud. Ce retraité a raconté : « Je n’ai jamais vu ça. »', 'fr'), ['paul-kermarec']);
  // Not a noun for a body or a thing.
  assert.deepEqual(speakers('M. Paul Kermarec est venu. Ce gouvernement a dit : « Rien. »', 'fr'), [null]);
  // "La voisine a vu X partir : « … »": the neighbour speaks, nobody we can name, not the one she saw;
  // "à" still opens a complement ("Devant la gare, à Paul Kermarec, …" is no subject).
  assert.deepEqual(speakers('La voisine a vu Paul Kermarec partir : « Il courait. »', 'fr'), [null]);
  assert.deepEqual(speakers('Un voisin, à Paul Kermarec, a lancé : « Courez ! »', 'fr'), [null]);
});

test('"selon le maire", "according to the coroner": a role the article gives to one person, before or after the quote, is the source', () => {
  assert.deepEqual(speakers('Le maire de Kervéan, M. Yves Le Scouarnec, a coupé le ruban. « Un rêve devenu réalité », selon le maire.', 'fr'), ['yves-le-scouarnec']);
  assert.deepEqual(speakers('Le pont ouvre. — « Un rêve devenu réalité », selon le maire.\n\nKERVÉAN, 29 juillet. — Le maire, M. Yves Le Scouarnec, a coupé le ruban.', 'fr'), ['yves-le-scouarnec']);
  assert.deepEqual(speakers('The coroner, Dr Alan Pennar, opened the inquest. The death was "a tragic accident", according to the coroner.', 'en'), ['alan-pennar']);
  // A role two people hold names neither.
  assert.deepEqual(speakers('Le maire de Kervéan, M. Yves Le Scouarnec, et le maire de Plouzec, M. Jean Morvan, sont venus. « Un rêve », selon le maire.', 'fr'), [null]);
});

test('"C\'est par ces mots que X…", "With those words, X…": the sentence after the quote names who spoke it', () => {
  assert.deepEqual(speakers('KERVÉAN. - « J’ai voulu sauver la maison. » C’est par ces mots que Marcel Kerhervé, 58 ans, a ouvert sa défense.', 'fr'), ['marcel-kerherve']);
  assert.deepEqual(speakers('The court was full. “I wanted to save the firm.” With those words, Mrs. Ann Treharne began her defence.', 'en'), ['ann-treharne']);
  // Words that go on to something else name nobody.
  assert.deepEqual(speakers('Le tribunal était plein. « J’ai voulu sauver la maison. » C’est par ces mots que le procès a commencé.', 'fr'), [null]);
});

test('review guards: the one spoken to after a noun for a person; an echo at word boundaries, never of words quoted inside a quote; a heading ends on a sentence closed inside its quote mark', () => {
  assert.notDeepEqual(speakers('« Nous ne vendrons pas », a confié à l’agriculteur Jean Kerouac le préfet.', 'fr'), ['jean-kerouac']);
  assert.notDeepEqual(speakers('"We will not sell," shouted to the auctioneer Ted Varga the farmer.', 'en'), ['ted-varga']);
  const nested = '\'The war is over for us\'\n\nGen. Hal Mowbray spoke to the troops on the last morning of the campaign in the hills.\n\nHis aide, Capt. Ray Sandqvist, recalled the day: "He turned to me and said, \'The war is over for us.\' I will never forget it," Sandqvist said.';
  assert.notEqual(analyze(nested, { lang: 'en' }).quotes[0].speaker?.via, 'echo');
  const partWord = '\'We will not go back\'\n\nThe strike went on for a third week at the mill on the river.\n\n"We will not go backwards on pay," said Hal Osterberg.';
  assert.notEqual(analyze(partWord, { lang: 'en' }).quotes[0].speaker?.via, 'echo');
  const american = 'Critics in the county called the plan "a betrayal of our farmers."\n"This is a betrayal of our farmers and of the whole county," said Ken Pruden, the union leader.';
  assert.notEqual(analyze(american, { lang: 'en' }).quotes[0].speaker?.via, 'echo');
});

test('review guards: a place taken for a headline quote\'s subject yields to the echo, a person does not; a quote never echoes itself; a chant in the body keeps no speaker', () => {
  const vias = (text: string) => analyze(text, { lang: 'en' }).quotes.map((q) => q.speaker?.via ?? null);
  const washington = 'Washington: \'we will not negotiate with terrorists\'\n\nThe administration spoke on Friday after the hijacking of the airliner at Larnaca. "We will not negotiate with terrorists," said the spokesman, Lionel Markey.';
  assert.equal(vias(washington)[0], 'echo');
  assert.equal(speakers(washington, 'en')[0], 'lionel-markey');
  assert.equal(vias('Mayor Greta Voss: \'We will not pay the toll\'\n\nThe council voted on Friday against the new bridge toll in a stormy meeting. "We will not pay the toll," said councillor Ben Hart.')[0], 'subject');
  const chant = '\'We want jobs, not promises\'\n\nThe march went through the town centre on Saturday in the rain.\n\nThe crowd outside the hall was large. "We want jobs, not promises," the marchers chanted. Their leader, Ellen Shaw, said: "We want jobs, not promises, and we will be back."';
  assert.equal(vias(chant)[1], null);
});

test('a source phrase ends where a clause of its own begins: "a fait savoir par un communiqué qu\'il « … »" gives the words to the subject', () => {
  const analysis = analyze('Dans une lettre, M. Paul Tarvelle soutient que « rien ne bouge ». Le ministère de la Pêche a fait savoir par un bref communiqué qu\'il « étudie la demande avec attention », sans fixer de date.', { lang: 'fr' });
  assert.equal(analysis.quotes[1].speaker?.id, 'ministere-de-la-peche');
});

test('"selon le syndicat", "according to the union": the body the article names with that noun is the source', () => {
  const french = analyze('Le Syndicat des dockers de Tarvelle a suspendu la grève. Selon le syndicat, la direction refuse « toute discussion sérieuse ».', { lang: 'fr' });
  assert.equal(french.quotes[0].speaker?.id, french.entities.find((e) => e.text.startsWith('Syndicat'))?.id);
});

test('"selon le <nom>" names the body whose name opens on the noun only when the noun stands alone: "selon le conseil d\'administration de Tarvelle" is Tarvelle\'s', () => {
  const french = analyze('Le Conseil fédéral a siégé hier. Selon le conseil d\'administration de Tarvelle SA, « les comptes sont sains ».', { lang: 'fr' });
  assert.notEqual(french.quotes[0].speaker?.id, 'conseil-federal');
});

test('the Maghreb\'s "Si" before a name the article gives a person is an honorific between the verb and its subject', () => {
  assert.deepEqual(speakers('Le caïd s\'est montré réservé. « Le cinéma est une belle invention, a déclaré Si Mokhtar Belhadi, pourvu qu\'on y montre nos villes. »', 'fr'), ['mokhtar-belhadi']);
});

test('after a quote, a person set off by commas after a role speaks through the verb after the closing comma; not a verb that opens the next quote', () => {
  assertSpokenBy('"One crane does the work of four gangs," the union\'s general secretary, Mr. Tarun Vellaswamy, said.', 'en', 'Tarun Vellaswamy');
  assertSpokenBy('\'It\'s the parents\' responsibility, not ours,\' the headmaster, Colin Fraynor, said.', 'en', 'Colin Fraynor');
  assertSpokenBy('« C\'est grave », a dit le procureur, Paul Ferrandeau, hier.', 'fr', 'Paul Ferrandeau');
  assert.deepEqual(speakers('The poster read \'Keep out of the Hendersons\' field\', and the farmer, Jim Hendry, added: \'I mean it.\'', 'en')[0], null);
});

test('review of RECOGNISER_VERSION 304–307: a name in apposition to a relation or a clause, not to the role that speaks, takes no quote', () => {
  for (const text of ['"The bridge is safe," the wife of the mayor, Henry Coyle, said.', '"Help us," the parents of the missing girl, Emma Lane, said.',
    '"Sad day," fans of the striker, Jamie Vance, wrote.', '"We are ready," the coach, who replaced the sacked manager, Tony Pugh, said.',
    '"Thank God," the mother of the rescued boy, Tom Hill, said.']) {
    assert.deepEqual(speakers(text, 'en'), [null], text);
  }
  assertSpokenBy('"The vote was fair," the chairman of the committee, Sir Neil Hobbs, said.', 'en', 'Neil Hobbs');
  assertSpokenBy('"We mourn," the late actor\'s widow, Jill Grayling, said in a statement.', 'en', 'Jill Grayling');
});

test('the role before a person in apposition is read from its lowercase words: a place in it ending in "-ing" is no participle', () => {
  assertSpokenBy('"The air is clean," the mayor of Beijing, Wang Lihong, said.', 'en', 'Wang Lihong');
});

test('an organisation named after its article in the incise speaks: "a indiqué le Kremlin", "“…,” the Fed said", "said the Bank of Lorne"', () => {
  assertSpokenBy('Moscou a réagi mardi. « Les marchés restent sous tension », a indiqué le Kremlin dans un communiqué.', 'fr', 'Kremlin');
  assertSpokenBy('The Federal Reserve cut rates. “Markets remain under stress,” the Fed said in a statement.', 'en', 'Fed');
  assertSpokenBy('Rates were left alone. “Inflation is easing,” said the Bank of Lorne.', 'en', 'Bank of Lorne');
  // A person its role names after it still speaks for it: "the Acme chief executive, Jane Roe".
  assertSpokenBy('Sales rose. “We are pleased,” said the Quorvex chief executive, Jane Roe.', 'en', 'Jane Roe');
});

test('past a complement, a body after its article is still the incise\'s subject: "affirme dans un communiqué le Conseil régional du tourisme"', () => {
  assertSpokenBy('La ville affiche complet. « La course nous apporte des visiteurs », affirme dans un communiqué le Conseil régional du tourisme de Tiznit.', 'fr', 'Conseil régional du tourisme de Tiznit');
  // A place inside the complement is where, not who: "a déclaré, à Lyon, le préfet" names nobody known.
  assert.deepEqual(speakers('Le calme est revenu. « Tout va bien », a déclaré, à Lyon, le préfet.', 'fr'), [null]);
});

test('review of 329–342: a body before the person it names or quotes, or after "an", is no speaker; a nationality before the speaker is stepped over', () => {
  assertSpokenBy('“The Kremlin is lying,” said the BBC correspondent John Simpson.', 'en', 'John Simpson');
  assertSpokenBy('« L’affaire est close », a rapporté l’AFP, citant le procureur Jean Roux.', 'fr', 'Jean Roux');
  assert.deepEqual(speakers('“It is serious,” said an IMF economist in Washington.', 'en'), [null]);
  assertSpokenBy('“I am thrilled,” said Briton Tom Hale after the race.', 'en', 'Tom Hale');
});

test('a player named by the place on the field is a role: "selon l\'attaquant du FC Ravel, Paul Brecht," and "the Rovers goalkeeper, Ian Hart," speak', () => {
  assertSpokenBy('Le match est rejoué. Selon l’attaquant du FC Ravel, Paul Brecht, « rien n’est joué ».', 'fr', 'Paul Brecht');
  assertSpokenBy('Selon la défenseure de Quimperlé, Anne Kerbrat, « le terrain était gelé ».', 'fr', 'Anne Kerbrat');
  assertSpokenBy('According to the Rovers goalkeeper, Ian Hart, "the pitch was a disgrace".', 'en', 'Ian Hart');
});

test('a role set off after a name names its holder later: "Marc Vial, seul comédien breton de la troupe, … s\'amuse le comédien"', () => {
  assertSpokenBy('La troupe joue ce soir. Marc Vial, seul comédien breton de la distribution, incarne le propriétaire. « C’est mon oncle, c’est peut-être moi », s’amuse le comédien.', 'fr', 'Marc Vial');
  assertSpokenBy('Jane Roe left early. Tom Hale, a painter from Leeds, stayed. "I never liked it," the painter said.', 'en', 'Tom Hale');
  // Not before the name: the role is the article's word for someone not yet introduced.
  assert.deepEqual(speakers('"It was a mistake," the painter said. Tom Hale, a painter, agreed.', 'en'), [null]);
});

test('a place set off by commas after the opening complement\'s place says where in it: "A Paris, rue de Grenelle, le ministère … assure que « … »"', () => {
  assertSpokenBy('A Paris, rue de Grenelle, le ministère de l’Éducation nationale assure que la réforme « sera appliquée à la rentrée ».', 'fr', 'ministère de l’Éducation nationale');
  assertSpokenBy('In Ottawa, Sussex Drive, the Department of Finance said the plan was "on track".', 'en', 'Department of Finance');
});

test('a calling after its article points back to the person last spoken of, an office does not: "confiait le comédien marseillais", "a déclaré le ministre"', () => {
  assertSpokenBy('Le monologue, porté par un Paul Ravelli bouleversant, tient la salle. « C’est le rôle le plus difficile », confiait le comédien marseillais lundi.', 'fr', 'Paul Ravelli');
  assert.deepEqual(speakers('Le texte, défendu par Paul Ravelli, est adopté. « C’est une étape », a déclaré le ministre lundi.', 'fr'), [null]);
});

test('review of 361–374: a calling does not point back to someone the article gave another title', () => {
  assert.deepEqual(speakers('Le ministre Luc Ferry a visité l’hôpital. « Les moyens manquent », a confié le médecin.', 'fr'), [null]);
  assert.deepEqual(speakers('Le juge Marc Lefort a entendu les parties. « Je suis innocent », a dit le peintre.', 'fr'), [null]);
});

test('a title of several words written hyphenated is a title, its last word a role: "Police-constable Tom Briggs … replied the constable"', () => {
  assertSpokenBy('Police-constable Tom Briggs gave evidence. “Not commonly, sir,” replied the constable.', 'en', 'Tom Briggs');
  // A hyphenated title listed as it is names no other role: the vice-president is no president.
  assert.deepEqual(speakers('Le vice-président Jean Roux est venu. « C’est fini », a déclaré le président.', 'fr'), [null]);
});

test('a name in apposition to the role an incise\'s verb names is a person and the speaker: "said the Supervisor of Elections, Sione Fifita"', () => {
  assertSpokenBy('Turnout was high. “The people came out early,” said the Supervisor of Elections, Sione Lātū Fifita.', 'en', 'Sione Lātū Fifita');
});

test('"At the Treasury it was stated that ‘…’": the body a sentence opens on speaks through an impersonal "it was stated"', () => {
  assertSpokenBy('At the Ministry of Commerce it was stated that the Minister had been informed ‘some weeks ago’.', 'en', 'Ministry of Commerce');
  // Not a place, nor a body not opening the sentence.
  assert.deepEqual(speakers('In the morning it was said that the talks had been ‘very useful’.', 'en'), [null]);
});

test('a subject taking a stance before a quote speaks it, though the last speaker\'s gender agrees and its own is unknown: "X is less hopeful. ‘…,’ he said"', () => {
  const text = '‘The ship is sound,’ said Mr. Frederick Vane.\n\nThe harbour master, Captain R. W. Keyes, is less hopeful. ‘There has been no such weather,’ he said.';
  assert.deepEqual(speakers(text, 'en'), ['frederick-vane', analyze(text, { lang: 'en' }).entities.find((e) => e.text === 'R. W. Keyes')?.id]);
  // Acting, not taking a stance, it leaves the quote to the last speaker.
  assert.deepEqual(speakers('‘The ship is sound,’ said Mr. Frederick Vane.\n\nThe harbour master, Captain R. W. Keyes, arrived later. ‘It is fine,’ he said.', 'en'), ['frederick-vane', 'frederick-vane']);
});

test('"crie le garçon", "Le jeune homme, qui …, a lancé : « … »": a French noun for a person by sex and age points back to the person last named', () => {
  assert.deepEqual(speakers('Il est 8 h, et Ricardo Esch, six ans, lève la main. « J’ai fini ! », crie le garçon.', 'fr'), ['ricardo-esch']);
  assert.deepEqual(speakers('Le prix est allé à Marc Vial, vingt ans. Le jeune homme, qui riait, a lancé : « Merci à tous ! »', 'fr'), ['marc-vial']);
  // An agent noun alone opening a sentence is no one's ("papier" ends like "ouvrier"), nor a noun with its own name after it.
  assert.deepEqual(speakers('Marc Vial a donné l’alerte. Le papier, trop blanc, « sonnait faux ».', 'fr'), [null]);
  const named = analyze('Marc Vial a porté plainte. L’inspecteur principal Paul Roux a décrit « un matériel de théâtre ».', { lang: 'fr' });
  assert.equal(named.quotes[0].speaker?.id, named.entities.find((e) => e.text === 'Paul Roux')?.id);
});

test('"« dès l’été 2024 », confiée à l’Université": a French past participle agreeing with a noun, with no auxiliary, is no incise', () => {
  const text = 'Ricardo Esch, six ans, a levé la main. Le ministère de l’Éducation promet une évaluation « dès l’été 2024 », confiée à l’Université.';
  const analysis = analyze(text, { lang: 'fr' });
  assert.notEqual(analysis.quotes[0].speaker?.id, 'ricardo-esch');
});

test('a document of a body speaks for it: "A message from the Associated Press of India states that …", "indique un communiqué du ministère"', () => {
  assertSpokenBy('A message from the Associated Press of India states that the fort has been “reduced to a heap of bricks.”', 'en', 'Associated Press of India');
  assertSpokenBy('A statement issued by the Ministry of Health said the outbreak was “under control”.', 'en', 'Ministry of Health');
  assertSpokenBy('« Chaque marché aura son argent », indique un communiqué du ministère de l’Agriculture.', 'fr', 'ministère de l’Agriculture');
  // A document about a body, from no one named, speaks for nobody.
  assert.deepEqual(speakers('A letter to the Ministry of Health said the ward was “a disgrace”.', 'en'), [null]);
});

test('review of 393–404: a noun of sex and age is no one where two could be meant, where the one named holds a title, or where someone unnamed was introduced; the agent noun after a set-off role still finds its holder', () => {
  assert.deepEqual(speakers('Paul Mercier et Julien Roy ont été entendus. « Je n’étais pas là », a déclaré le jeune homme.', 'fr'), [null]);
  assert.deepEqual(speakers('Le ministre Jean Castel a visité l’école. « Je veux devenir pompier », a lancé le garçon.', 'fr'), [null]);
  assert.deepEqual(speakers('Le commissaire Paul Drouet a interrogé un suspect. « Je ne dirai rien », répond l’homme.', 'fr'), [null]);
  assert.deepEqual(speakers('Marie Blanc a parlé à la presse. Une vieille dame a ensuite pris la parole. « On a peur », dit la vieille dame.', 'fr'), [null]);
  // Someone unnamed of the other gender does not stand in the way.
  assert.deepEqual(speakers('Sophie Lenoir a été agressée. Un homme l’a suivie. « Il m’a frappée », raconte la jeune femme.', 'fr'), ['sophie-lenoir']);
  assert.deepEqual(speakers('Le pilote, Hugo Lemaire, a remporté le Grand Prix. « La voiture était parfaite », a déclaré le vainqueur.', 'fr'), ['hugo-lemaire']);
});

test('a clause of "où" or "where" set off by commas, whose subject is no person, has its own subject: "À Tuchan, où le Verdouble a emporté le pont, le maire, X, …"', () => {
  const text = "Le colonel Henri Sabatier dirige les secours.\n\nÀ Tuchan, où le Rhône a emporté le pont, le maire, Francis Rouquette, a passé la nuit à la mairie. « Ce que j'ai vu cette nuit, c'était pire », confiait-il hier soir.";
  const { quotes } = analyze(text, { lang: 'fr' });
  assert.equal(quotes[0].speaker?.id, 'francis-rouquette');
});

test('a place opening the sentence, then a person named after its comma: the person is the subject ("Rue de Chartres, M. Jules Lacoste, marchand de masques, …")', () => {
  const text = "Place de la Nation, M. Jules Lacoste, marchand de masques, ne se plaignait pas : « J'ai vendu plus de faux nez samedi qu'en six mois. »";
  assert.equal(analyze(text, { lang: 'fr' }).quotes[0].speaker?.id, 'jules-lacoste');
});

test('rule 440: "“…,” one driver said", "another tired woman said": someone unnamed speaks, and the speaker of the quote before is not carried on', () => {
  const text = 'County officials said in a statement that the dome had reached "capacity for safe occupancy" at about 11,000. "They told me Houston, then Dallas," one driver said. "I am going on." "We slept on the floor," another tired woman said.';
  const { quotes } = analyze(text, { lang: 'en' });
  assert.deepEqual(quotes.map((q) => q.speaker?.id ?? null), [null, null, null, null]);
  const named = 'Mayor Tom Reilly said the dome had reached "capacity for safe occupancy" at about 11,000. "They told me Houston, then Dallas," one driver said.';
  assert.deepEqual(analyze(named, { lang: 'en' }).quotes.map((q) => q.speaker?.id ?? null), ['tom-reilli', null]);
});

test('rule 461: "selon un vieil amateur de la Grand-Place, « … »", "selon un habitant de Liège": someone unnamed from a place speaks, not the place; "selon la direction de Renault" still gives the body', () => {
  const text = 'À Huy, on s’inquiète. Selon un vieil amateur de la Grand-Place, “les orages en auront perdu plus d’un”.';
  assert.deepEqual(analyze(text, { lang: 'fr' }).quotes.map((q) => q.speaker?.id ?? null), [null]);
  const town = 'Les pigeons manquent. Selon un habitant de Liège, « ils rentreront ».';
  assert.deepEqual(analyze(town, { lang: 'fr' }).quotes.map((q) => q.speaker?.id ?? null), [null]);
  const body = 'Selon la direction de Renault, « les chaînes repartiront lundi ».';
  assert.deepEqual(analyze(body, { lang: 'fr' }).quotes.map((q) => q.speaker?.id ?? null), ['renault']);
});

test('rule 513: words set off by commas after the speech verb describe the speaker, who comes after them ("nous a dit, essoufflée mais ravie, Mme Léontine Carpentier"); not the last speaker', () => {
  const text = '« Nous partirons demain », a indiqué le colonel Paul Verdier. « On ne voit rien d’en haut », nous a dit, essoufflée mais ravie, Mme Léontine Carvalhais, modiste rue du Bac.';
  assert.deepEqual(speakers(text, 'fr'), ['paul-verdier', 'leontine-carvalhais']);
});

test('rule 514: a body\'s acronym the lists know, then a person\'s full name, are two names: the body spoken to and the speaker ("a expliqué hier à l\'AFP Abdoulaye Cissé-Maïga")', () => {
  const text = 'Le pire n’a pas eu lieu. "Nous estimons que tout va bien", a expliqué hier à l\'AFP Abdoulaye Cissé-Ndiaye, l\'un des responsables.';
  assert.deepEqual(analyze(text, { lang: 'fr' }).entities.filter((e) => e.type !== 'DATE').map((e) => `${e.type}:${e.text}`), ['ORG:AFP', 'PER:Abdoulaye Cissé-Ndiaye']);
  assertSpokenBy(text, 'fr', 'Abdoulaye Cissé-Ndiaye');
});

test('rule 520: a place, a lowercase noun for a person and a name open a sentence about the person ("Bexley resident Graham Hall has slept …"), whom a later "he said" stands for', () => {
  const text = 'Water stood in the streets.\n\nBexley resident Graham Pettigrew-Hall has been sleeping at the school since Wednesday. Their house is still standing.\n\n"We thought we had had our big one," he said.';
  assertSpokenBy(text, 'en', 'Graham Pettigrew-Hall');
  const farmer = 'Prices fell again.\n\nKilkenny farmer Tom Walshe has sold half his herd. The mart was quiet.\n\n"There is no money in it," he said.';
  assertSpokenBy(farmer, 'en', 'Tom Walshe');
});

test('rule 521: the ranks of a fire brigade, of the air force and of a merchant ship are titles, outside the name ("said Chief Fire Officer Ronald Kewley-Quirk", "Flight Sergeant Mark Ellery-Dunstan", "Second Engineer Jan Berg")', () => {
  const fire = '"We were inside within four minutes," said Chief Fire Officer Ronald Kewley-Quirk, of the island\'s fire service.';
  assert.deepEqual(analyze(fire, { lang: 'en' }).entities.map((e) => `${e.type}:${e.text}`), ['PER:Ronald Kewley-Quirk']);
  assertSpokenBy(fire, 'en', 'Ronald Kewley-Quirk');
  assertSpokenBy('"We winched them off the roof," said Flight Sergeant Mark Ellery-Dunstan.', 'en', 'Mark Ellery-Dunstan');
  assertSpokenBy('"The engine room flooded in minutes," said Second Engineer Jan Berghaus.', 'en', 'Jan Berghaus');
});

test('review of rules 516–523: a preposition between a place and a name ("Britain under John Major") is no noun for the person, whom the sentence is then not about', () => {
  const text = 'Coal was gone.\n\nBritain under John Major had changed. The pits closed one by one.\n\n"It was over," he said.';
  assert.deepEqual(speakers(text, 'en'), [null]);
});

test('rule 537: a police rank after "Police", and older papers\' abbreviated ranks, are titles outside the name ("said Police Lieut. Ed Corrigan-Hale", "Police Sergeant Amos Hale", "Sergt. Tom Wix")', () => {
  const lieutenant = '"We brought out all we could reach," said Police Lieut. Ed Corrigan-Hale, who led the rescue.';
  assert.deepEqual(analyze(lieutenant, { lang: 'en' }).entities.map((e) => `${e.type}:${e.text}`), ['PER:Ed Corrigan-Hale']);
  assertSpokenBy(lieutenant, 'en', 'Ed Corrigan-Hale');
  assert.deepEqual(analyze('The door was forced by Police Sergeant Amos Hale.', { lang: 'en' }).entities.map((e) => `${e.type}:${e.text}`), ['PER:Amos Hale']);
  assertSpokenBy('"Stand back," shouted Sergt. Tom Wix.', 'en', 'Tom Wix');
});

test('rule 538: a railwayman\'s, a nurse\'s or a lifeboatman\'s calling before a given name is a title outside the name ("said Driver Albert Tate", "Signalman Jack Rowe"); after a given name it is a family name ("Minnie Driver", "Cole Porter")', () => {
  const entities = (text: string) => analyze(text, { lang: 'en' }).entities.map((e) => `${e.type}:${e.text}`);
  assertSpokenBy('"She ran like a clock the whole way," said Driver Albert Tate-Rowley.', 'en', 'Albert Tate-Rowley');
  assert.deepEqual(entities('The crew, Driver Thomas Blackwood and Signalman Jack Rowe, were cheered.'), ['PER:Thomas Blackwood', 'PER:Jack Rowe']);
  assert.deepEqual(entities('Nurse Edith Lane kept the ward open.'), ['PER:Edith Lane']);
  assert.deepEqual(entities('Cole Porter wrote the song and Minnie Driver sang it.'), ['PER:Cole Porter', 'PER:Minnie Driver']);
});

test('rule 544: a clause of contrast ("tandis que", "alors que", "whereas") has a subject of its own, who speaks the quote it leads into; the sentence\'s subject keeps the quote before it', () => {
  assert.deepEqual(speakers('La Fédération Vireval accuse la direction de « mépris », tandis qu’à Lyon la préfecture du Rhône dénonce une grève « illégale ».', 'fr'), ['federation-vireval', 'prefecture-du-rhone']);
  assert.deepEqual(speakers('Le syndicat Kervéal parle de « victoire », alors que la société Tremolec dénonce un « compromis ».', 'fr').slice(1), ['tremolec']);
  assert.deepEqual(speakers('The Kestrel Union called the offer "an insult", whereas the Harwell Board described it as "generous".', 'en'), ['kestrel-union', 'harwell-board']);
});

test('rule 545: "Au ministère X, où l\'on …, on juge « … »": a clause of "où" set off by commas between the body and "on" still leaves the body speaking; a town before "où" speaks for nobody', () => {
  assert.deepEqual(speakers('Au ministère des Transports, où l’on surveille de près le chantier, on juge le projet « fragile ».', 'fr'), ['ministere-des-transports']);
  assert.deepEqual(speakers('À Kervéal, où il pleut depuis lundi, on parle d’une « pause ».', 'fr'), [null]);
});

test('rule 552: French "elle"/"il" opening a sentence stands for the body that opened a clause of the sentence before, its article agreeing ("… ; la Fédération Kervéal s\'y est ralliée. Elle parle d\'une grève « illimitée »"), when no person was that sentence\'s subject', () => {
  assert.deepEqual(speakers("Le syndicat appelle à la grève ; la Fédération Kervéal, d'abord réservée, s'y est ralliée hier. Elle parle d'une grève « illimitée ».", 'fr'), ['federation-kerveal']);
  assert.deepEqual(speakers("Le ministère des Transports fait savoir que la ligne fermera. Il promet « un effort sans précédent ».", 'fr'), ['ministere-des-transports']);
  assert.deepEqual(speakers("Mme Odile Marec, de la Fédération Kervéal, a parlé hier. Elle dénonce « un gâchis ».", 'fr'), ['odile-marec']);
});

test('rule 554: a sentence subject of unknown gender from before the sentence before yields, for "he" or "she", to the one person of that gender the sentence before names ("Among those who came was Mr. Duncan Reid. “…,” he said")', () => {
  const text = 'J. T. Harwell opened the yard in 1931.\n\nThe hull stood rusting for two years. Among those who came south to see her off was Mr. Duncan Ferrell-Reid, a riveter.\n\n“There was a time I thought she would go for scrap,” he said.';
  assert.deepEqual(speakers(text, 'en'), ['duncan-ferrellreid']);
  // The subject of the sentence right before keeps the pronoun.
  assert.deepEqual(speakers('J. T. Harwell met Mr. Duncan Ferrell-Reid at the yard.\n\n“It was a fine day,” he said.', 'en'), ['j-t-harwell']);
});

test('rule 607: more French verbs of saying, in every tense, attribute a quote ("», remarquait M. Heinrich Bodmer-Frey, «", "chuchote-t-elle", "admettait-il")', () => {
  assert.deepEqual(speakers('M. Carlo Pedrazzini-Bolla a parlé. « Le Gothard appartenait aux muletiers », remarquait M. Heinrich Bodmer-Frey, « il appartient désormais aux négociants. »', 'fr'), ['heinrich-bodmerfrey', 'heinrich-bodmerfrey']);
  assert.deepEqual(speakers('Mme Anne Lavergne se tait. « Rien ne bouge », chuchote Mme Anne Lavergne.', 'fr'), ['anne-lavergne']);
  assert.deepEqual(speakers('M. Paul Roux est las. « Nous avons perdu », admettait M. Paul Roux.', 'fr'), ['paul-roux']);
});

test('rule 653: after a body set off at the sentence\'s start, "on" with any verb is the body ("Au ministère des Colonies, on se borne à « … »"); after a place, only with a verb of saying', () => {
  assert.deepEqual(speakers('Au ministère des Colonies, on se borne à « étudier la situation ».', 'fr'), ['ministere-des-colonies']);
  assert.deepEqual(speakers('Au ministère des Finances, on redoute « un hiver difficile ».', 'fr'), ['ministere-des-finances']);
  assert.deepEqual(speakers('À Lille, on redoute « le pire ».', 'fr'), [null]);
});

test('rule 654: "indique-t-on au ministère": a body\'s head noun in lowercase after "on" stands for the body of that head named last', () => {
  assert.deepEqual(speakers("Le ministère de la Fonction publique a reçu les dockers. « C'est un compromis », indique-t-on au ministère, où l'on rappelle les faits.", 'fr'), ['ministere-de-la-fonction-publique']);
  // No such body named: no speaker.
  assert.deepEqual(speakers("Les dockers ont été reçus. « C'est un compromis », indique-t-on au ministère.", 'fr'), [null]);
});

test('rule 671: someone unnamed after an opening phrase and its comma, or after an "Among …" and its verb, is the subject a later "he said" stands for, so the quote gets no speaker; a named person there still speaks', () => {
  const before = '“The city will come back,” said Mr. Harold Benson. ';
  assert.deepEqual(speakers(before + 'Among the ruined houses along the bay, one old man was still searching the debris. “It was all here,” he kept saying.', 'en'), ['harold-benson', null]);
  assert.deepEqual(speakers(before + 'Among the spectators at the bridge was an elderly farmer who said he had watched every race. ‘There were only thirty of them then,’ he said.', 'en'), ['harold-benson', null]);
  assert.deepEqual(speakers(before + 'Among them is John Hale, a haulier of sixteen, who walked out. ‘I heard a noise,’ he told me.', 'en'), ['harold-benson', 'john-hale']);
  assert.deepEqual(speakers(before + 'John Hale, a haulier of sixteen who walked out, was unhurt. ‘I heard a noise,’ he told me.', 'en'), ['harold-benson', 'john-hale']);
});
