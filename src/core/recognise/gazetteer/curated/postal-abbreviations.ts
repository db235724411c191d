// The abbreviations North American wire copy writes after a town ("Alderton, Calif.", "Kettleby,
// N.B.") and in party-state tags ("Rep. Jane Doe, D-Ind."): the Associated Press Stylebook's state
// abbreviations (AP spells out Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah, which the
// place list already knows) and the Canadian Press abbreviations of the provinces. Each maps to
// the id of the place in data/places.json (a unit test checks that each id is there).
//
// They are read only after a town and its comma (entities.ts): alone, "Miss.", "Ind." or "Mass."
// are other words. In a party tag, "D-Ind." is one token: party-tags.ts names the state inside it.

export const POSTAL_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // United States (AP style)
  'Ala.': 'alabama', 'Ariz.': 'arizona', 'Ark.': 'arkansas', 'Calif.': 'california', 'Colo.': 'colorado',
  'Conn.': 'connecticut', 'Del.': 'delaware', 'Fla.': 'florida', 'Ga.': 'georgia-us-state', 'Ill.': 'illinois',
  'Ind.': 'indiana', 'Kan.': 'kansas', 'Ky.': 'kentucky', 'La.': 'louisiana', 'Md.': 'maryland',
  'Mass.': 'massachusetts', 'Mich.': 'michigan', 'Minn.': 'minnesota', 'Miss.': 'mississippi', 'Mo.': 'missouri',
  'Mont.': 'montana', 'Neb.': 'nebraska', 'Nev.': 'nevada', 'N.H.': 'new-hampshire', 'N.J.': 'new-jersey',
  'N.M.': 'new-mexico', 'N.Y.': 'new-york', 'N.C.': 'north-carolina', 'N.D.': 'north-dakota',
  'Okla.': 'oklahoma', 'Ore.': 'oregon', 'Pa.': 'pennsylvania', 'R.I.': 'rhode-island', 'S.C.': 'south-carolina',
  'S.D.': 'south-dakota', 'Tenn.': 'tennessee', 'Vt.': 'vermont', 'Va.': 'virginia', 'Wash.': 'washington-us-state',
  'W.Va.': 'west-virginia', 'Wis.': 'wisconsin', 'Wyo.': 'wyoming', 'D.C.': 'washington',
  // Canada (Canadian Press style)
  'Alta.': 'alberta', 'B.C.': 'british-columbia', 'Man.': 'manitoba', 'N.B.': 'new-brunswick', 'Nfld.': 'newfoundland-and-labrador',
  'N.S.': 'nova-scotia', 'Ont.': 'ontario', 'P.E.I.': 'prince-edward-island', 'Que.': 'quebec', 'Sask.': 'saskatchewan',
};
