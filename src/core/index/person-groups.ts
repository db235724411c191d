// The cross-article rule for people. Inside one article the recogniser has already given every
// spelling of a person one id; across articles the ids of one person can still differ ("trump"
// where an article only says "Trump", "volodimir-zelenksi" after a typo). This decides, for the
// ids that share a family name (a "block"), which are one person:
//
//   1. Full names (a given name before the family name) are one person when their given names
//      match (givenNameKey: Mark/Marc, Sergey/Sergei) and their family names are close
//      (closeFamilyNames: equal, or one typo on a long name). Different given names never merge:
//      Melania Trump and Donald Trump stay two.
//   2. Initials ("J. Biden") join the one person whose family name is close and whose given name
//      starts with that letter; with two candidates (Jill and Joe) they stay apart.
//   3. A bare family name ("Trump") joins the dominant person of that family across the
//      workspace: the only one, or one with at least twice the mentions of the next. Exact
//      family matches are preferred over typo matches. With no dominant person it stays apart.
//   4. Bare family names with no person to join are one entity when their keys are close.
//
// Persons only: a place and a person with the same name never meet here. The user's word beats
// the rule: `apart` vetoes any join of two members, and a `pinned` member (an id the user gave by
// hand) is never attached by rules 2-4, only recognised as the same full name by rule 1.

import { compareCodeUnits as compareText } from '../workspace/paths';
import { closeFamilyNames, PersonName, readPersonName } from './person-names';

export interface PersonMember {
  /** Unique among the members given. */
  key: string;
  id: string;
  mentionCount: number;
  /** Written forms with their counts. */
  surfaces: ReadonlyMap<string, number>;
}

export interface GroupingVetoes {
  apart(a: PersonMember, b: PersonMember): boolean;
  pinned(member: PersonMember): boolean;
}

/** Two people are dominant over one another from this ratio of mentions. */
export const DOMINANCE_RATIO = 2;

interface Person {
  root: PersonMember;
  members: PersonMember[];
  name: Extract<PersonName, { kind: 'full' }>;
  weight: number;
}

/** The most telling written form: a full name if any (the most frequent), else initials, else bare. */
export function readMemberName(member: PersonMember): PersonName | undefined {
  let best: { name: PersonName; surface: string; count: number } | undefined;
  for (const [surface, count] of member.surfaces) {
    const name = readPersonName(surface);
    if (!name) continue;
    const rank = RANK[name.kind] - (best ? RANK[best.name.kind] : 0);
    if (!best || rank > 0 || (rank === 0 && bySurface([surface, count], [best.surface, best.count]) < 0)) best = { name, surface, count };
  }
  return best?.name;
}

const RANK = { full: 3, initials: 2, bare: 1 } as const;

/** Maps every member's key to the key of the member that stands for its person. */
export function groupPersons(members: readonly PersonMember[], vetoes: GroupingVetoes): Map<string, string> {
  const apart = vetoes.apart;
  const sorted = [...members].sort((a, b) => compareText(a.key, b.key));
  const names = new Map(sorted.map((m) => [m.key, readMemberName(m)]));
  const roots = new Map<string, string>(sorted.map((m) => [m.key, m.key]));
  const full = sorted.filter((m) => names.get(m.key)?.kind === 'full');
  const persons = formPersons(full, names, apart);
  for (const person of persons) for (const m of person.members) roots.set(m.key, person.root.key);

  const unattachedBare: PersonMember[] = [];
  // Many bare mentions share a family name: its dominant person is looked for once.
  const dominantByFamily = new Map<string, Person | undefined>();
  for (const member of sorted) {
    if (vetoes.pinned(member)) continue;
    const name = names.get(member.key);
    if (name?.kind === 'initials') {
      const candidates = persons.filter((p) => closeFamilyNames(p.name.family, name.family) && p.name.given.startsWith(name.initial));
      const person = candidates.length === 1 ? candidates[0] : undefined;
      if (person && !isApart(member, person.members, apart)) join(member, person, roots);
    } else if (name?.kind === 'bare') {
      if (!dominantByFamily.has(name.family)) dominantByFamily.set(name.family, dominantPerson(name.family, persons));
      const person = dominantByFamily.get(name.family);
      if (person && !isApart(member, person.members, apart)) join(member, person, roots);
      else if (!person) unattachedBare.push(member);
    }
  }
  for (const group of closeGroups(unattachedBare, (m) => (names.get(m.key) as PersonName).family, apart)) {
    const root = heaviest(group);
    for (const m of group) roots.set(m.key, root.key);
  }
  return roots;
}

/** Rule 1: full names with the same given name and a close family name. */
function formPersons(full: PersonMember[], names: Map<string, PersonName | undefined>, apart: (a: PersonMember, b: PersonMember) => boolean): Person[] {
  const byGiven = new Map<string, PersonMember[]>();
  for (const m of full) {
    const given = (names.get(m.key) as Person['name']).given;
    const group = byGiven.get(given);
    if (group) group.push(m);
    else byGiven.set(given, [m]);
  }
  const persons: Person[] = [];
  for (const group of byGiven.values()) {
    for (const members of closeGroups(group, (m) => (names.get(m.key) as Person['name']).family, apart)) {
      const root = heaviest(members);
      const weight = members.reduce((sum, m) => sum + m.mentionCount, 0);
      persons.push({ root, members, name: names.get(root.key) as Person['name'], weight });
    }
  }
  return persons;
}

/** Rule 3: the person a bare family name stands for, if one dominates. */
function dominantPerson(family: string, persons: Person[]): Person | undefined {
  const exact = persons.filter((p) => p.name.family === family);
  const candidates = exact.length > 0 ? exact : persons.filter((p) => closeFamilyNames(p.name.family, family));
  if (candidates.length === 0) return undefined;
  const ranked = [...candidates].sort((a, b) => b.weight - a.weight || compareText(a.root.key, b.root.key));
  if (ranked.length === 1 || ranked[0].weight >= DOMINANCE_RATIO * ranked[1].weight) return ranked[0];
  return undefined;
}

/** Connected groups of members whose keys (as `keyOf` reads them) are close, vetoes respected. */
function closeGroups(members: PersonMember[], keyOf: (m: PersonMember) => string, apart: (a: PersonMember, b: PersonMember) => boolean): PersonMember[][] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (!closeFamilyNames(keyOf(members[i]), keyOf(members[j])) || apart(members[i], members[j])) continue;
      parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, PersonMember[]>();
  members.forEach((m, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()];
}

function join(member: PersonMember, person: Person, roots: Map<string, string>): void {
  person.members.push(member);
  roots.set(member.key, person.root.key);
}

function isApart(member: PersonMember, group: PersonMember[], apart: (a: PersonMember, b: PersonMember) => boolean): boolean {
  return group.some((other) => apart(member, other));
}

/** The most mentioned member; ties go to the first key, so the result never depends on order. */
export function heaviest<T extends { key: string; mentionCount: number }>(members: readonly T[]): T {
  return members.reduce((best, m) => (m.mentionCount > best.mentionCount || (m.mentionCount === best.mentionCount && compareText(m.key, best.key) < 0) ? m : best));
}

function bySurface([a, countA]: [string, number], [b, countB]: [string, number]): number {
  return countB - countA || b.length - a.length || compareText(a, b);
}
