// Entity clusters across articles: one per real-world entity, kept up to date one article at a
// time. Three layers, each updated only where a change reaches:
//
//   members   one per (type, per-article id): mention count, written forms, articles. An article
//             change adds and subtracts its own mentions only.
//   automatic which members are one entity. People follow person-groups.ts, recomputed only for
//             the family-name block a change touches; every other type is one cluster per
//             (type, id): the recogniser's gazetteer ids already join "Maison Blanche" and
//             "White House", and a place never joins a person of the same name.
//   final     the user's corrections from the sidecars on top: "these ids are one" (sameAs)
//             joins clusters whatever the rule says; "these ids are different" (apart) vetoes the
//             rule's joins; an id given by hand (pinned) is never attached by the rule.
//
// Cluster objects are built lazily and cached until a change reaches them; the sorted list of
// clusters is patched in place after a small change.

import type { EntityType } from '../recognise/types';
import { compareCodeUnits } from '../workspace/paths';
import { KeySets } from './key-sets';
import { bump, isClusterable, Member, memberKey, MemberTable } from './member-table';
import { forEachMention, type MentionList } from './packed-analysis';
import { groupPersons, heaviest, PersonMember } from './person-groups';
import { FamilyKeyIndex, readPersonName } from './person-names';

export { isClusterable, memberKey };

/** A view of one cluster, valid until the next change of the clustering (then ask again). */
export interface EntityCluster {
  /** Unique among clusters: the id of the entity's main per-article id; `per:jordan` when a place
   * and a person would both be `jordan`. */
  id: string;
  type: EntityType;
  /** The most frequent full form ("Volodymyr Zelensky"), else the most frequent form. */
  name: string;
  /** Every written form with its count, most frequent first. */
  variants: { text: string; count: number }[];
  mentionCount: number;
  /** Paths of the articles that mention it, sorted. */
  articles: string[];
  /** The per-article ids gathered in this cluster, sorted. */
  memberIds: string[];
}

/** Which members are grouped automatically, by member key. */
export interface MemberGrouping {
  /** Family-name key of each person with a readable name. */
  families: ReadonlyMap<string, string>;
  /** The member standing for each member's automatic group (itself when alone). */
  roots: ReadonlyMap<string, string>;
}

/** A grouping member by member, in a member table's order (as the cache saves it). */
export interface PositionalGrouping {
  /** Family-name key of each member, or null. */
  families: readonly (string | null)[];
  /** Position of the member standing for each member's group. */
  roots: readonly number[];
}

/** What a sidecar says about identities, in per-article ids. */
export interface ClusterCorrections {
  /** Pairs of ids that name one entity (joined whatever the rule says). */
  sameAs: readonly (readonly [string, string])[];
  /** Pairs of ids that name different entities (the rule may not join them). */
  apart: readonly (readonly [string, string])[];
  /** Ids the user gave mentions by hand: the rule never attaches them to another entity. */
  pinned?: readonly string[];
}

export class EntityClustering {
  private readonly families = new FamilyKeyIndex();
  private readonly familyMembers = new KeySets();
  private readonly familyByMember = new Map<string, string>();
  private readonly autoRoot = new Map<string, string>();
  private readonly finalRoot = new Map<string, string>();
  private readonly rootMembers = new KeySets();
  private readonly rootsById = new KeySets();
  private readonly built = new Map<string, EntityCluster>();
  private readonly corrections = new Map<string, ClusterCorrections>();
  private apartPairs = new Set<string>();
  private pinnedIds = new Set<string>();
  private linkedRoots = new Set<string>();
  private sortedClusters: EntityCluster[] | undefined;
  /** Root -> the cluster object in sortedClusters. */
  private readonly placed = new Map<string, EntityCluster>();
  /** Roots whose place in sortedClusters may be stale. */
  private readonly unplaced = new Set<string>();

  /**
   * Starts from a member table (loaded from the cache): grouped once, all blocks at a time, or
   * with the grouping saved beside the table (it is a function of the table when no correction
   * shaped it, see automaticGrouping), given member by member in the table's order.
   */
  constructor(
    private readonly members: MemberTable = new MemberTable(),
    grouping?: PositionalGrouping,
  ) {
    const all = new Set(members.keys());
    if (all.size === 0) return;
    // Positions name members only when the table holds one member per saved one.
    if (grouping && grouping.families.length === all.size && grouping.roots.length === all.size) {
      this.adoptGrouping(all, grouping);
      return;
    }
    this.refreshFamilies(all);
    this.reassign(all, new Set());
  }

  /**
   * The automatic grouping, when no correction shaped it (then the cache can keep it). The
   * clustering's own maps, not copies (two maps of 31,000 members for a cache write): valid
   * until the next change.
   */
  automaticGrouping(): MemberGrouping | undefined {
    if (this.corrections.size > 0) return undefined;
    return { families: this.familyByMember, roots: this.autoRoot };
  }

  /**
   * Takes the saved grouping by position: no map of it by member key is built first (two maps of
   * 31,000 members, then read back, took ~50 ms of a warm start).
   */
  private adoptGrouping(all: Set<string>, grouping: PositionalGrouping): void {
    const keys = [...all];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const family = grouping.families[i];
      if (family !== null) {
        this.families.add(family);
        this.familyMembers.add(family, key);
        this.familyByMember.set(key, family);
      }
      this.autoRoot.set(key, keys[grouping.roots[i]]);
    }
    this.resolveFinal(all, all);
  }

  /** The member table, for the cache (counts of the mentions given, corrections not applied). */
  get memberTable(): MemberTable {
    return this.members;
  }

  /** Replaces one article's mentions (`before` as last given, `after` as now; [] when absent). */
  replaceArticle(path: string, before: MentionList, after: MentionList): void {
    this.replaceArticles([{ path, before, after }]);
  }

  /** Several articles at once: the groups they touch are worked out once (a build adds them all). */
  replaceArticles(changes: readonly { path: string; before: MentionList; after: MentionList }[]): void {
    // The blocks as they stand before the change: members that exist already.
    const existing = new Set<string>();
    const note = (type: EntityType, id: string): void => {
      const member = this.members.lookup(type, id);
      if (member) existing.add(member.key);
    };
    // An empty table (a cold build's) has none: its half a million mentions are not looked up.
    if (!this.members.isEmpty) {
      for (const { before, after } of changes) {
        forEachMention(before, note);
        forEachMention(after, note);
      }
    }
    const oldBlock = this.blockOf(existing);
    const touched = new Set<string>(existing);
    for (const { path, before, after } of changes) {
      this.members.count(path, before, -1, touched);
      this.members.count(path, after, +1, touched);
    }
    this.refreshFamilies(touched);
    this.reassign(touched, oldBlock);
  }

  /** Sets (or with undefined, drops) the identity corrections of one article's sidecar. */
  setCorrections(path: string, corrections: ClusterCorrections | undefined): void {
    const before = this.corrections.get(path);
    if (!before && !corrections) return;
    const ids = new Set<string>();
    for (const c of [before, corrections]) {
      for (const pair of [...(c?.sameAs ?? []), ...(c?.apart ?? [])]) pair.forEach((id) => ids.add(id));
      for (const id of c?.pinned ?? []) ids.add(id);
    }
    const touched = new Set([...ids].flatMap((id) => [...this.members.keysOf(id)]));
    const oldBlock = this.blockOf(touched);
    if (corrections && corrections.sameAs.length + corrections.apart.length + (corrections.pinned?.length ?? 0) > 0) this.corrections.set(path, corrections);
    else this.corrections.delete(path);
    const all = [...this.corrections.values()];
    this.apartPairs = new Set(all.flatMap((c) => c.apart.map(([a, b]) => pairKey(a, b))));
    this.pinnedIds = new Set(all.flatMap((c) => c.pinned ?? []));
    this.reassign(touched, oldBlock);
  }

  /**
   * Every cluster, most mentioned first (then by name, then id). After a small change only the
   * clusters it reached are taken out and put back in place (sorting ten thousand clusters again
   * would cost more than the change).
   */
  clusters(): EntityCluster[] {
    if (this.sortedClusters && this.unplaced.size <= this.sortedClusters.length / 8) {
      this.replaceAll(this.sortedClusters);
    } else {
      this.placed.clear();
      this.sortedClusters = [...this.rootMembers.keys()].map((root) => this.place(root)).sort(byRank);
    }
    this.unplaced.clear();
    return this.sortedClusters;
  }

  private place(root: string): EntityCluster {
    const cluster = this.clusterAt(root);
    this.placed.set(root, cluster);
    return cluster;
  }

  /**
   * Takes the unplaced roots' old clusters out of the sorted list and puts their current ones in
   * place, in one pass over the list. One splice per cluster cost ~0.06 ms on a list of 31,000
   * clusters (moving its elements), and an update re-places a few hundred: most of an update.
   * Positions are found by binary search, as the splices found them, so the list is the same.
   */
  private replaceAll(sorted: EntityCluster[]): void {
    const drop: number[] = [];
    const fresh: EntityCluster[] = [];
    for (const root of this.unplaced) {
      const old = this.placed.get(root);
      if (old) {
        let at = lowerBound(sorted, old, 0);
        while (at < sorted.length && sorted[at] !== old) at++;
        if (at < sorted.length) drop.push(at);
        this.placed.delete(root);
      }
      if (this.rootMembers.has(root)) fresh.push(this.place(root));
    }
    removePositions(sorted, drop);
    insertSorted(sorted, fresh.sort(byRank));
  }

  /** By cluster id (`donald-trump`, `per:jordan`), or by any per-article id it gathers. */
  cluster(id: string): EntityCluster | undefined {
    const root = this.rootOfClusterId(id) ?? this.rootOfMemberId(id);
    return root === undefined ? undefined : this.clusterAt(root);
  }

  /** The cluster holding the mentions of (type, per-article id). */
  clusterOf(type: EntityType, id: string): EntityCluster | undefined {
    const root = this.finalRoot.get(memberKey(type, id));
    return root === undefined ? undefined : this.clusterAt(root);
  }

  /** The (type, per-article id) pairs whose mentions belong to the cluster. */
  membersOf(cluster: EntityCluster): { type: EntityType; id: string }[] {
    const root = this.rootOfClusterId(cluster.id);
    return [...(root ? this.rootMembers.get(root) : [])].map((key) => {
      const m = this.members.get(key) as Member;
      return { type: m.type, id: m.id };
    });
  }

  private rootOfClusterId(id: string): string | undefined {
    if (this.rootsById.sizeOf(id) === 1) return [...this.rootsById.get(id)][0];
    const typed = /^([a-z]+):(.+)$/.exec(id);
    const root = typed ? memberKey(typed[1].toUpperCase() as EntityType, typed[2]) : undefined;
    return root !== undefined && this.rootMembers.has(root) ? root : undefined;
  }

  /** A per-article id that several types use resolves to its most mentioned member. */
  private rootOfMemberId(id: string): string | undefined {
    const keys = [...this.members.keysOf(id)];
    if (keys.length === 0) return undefined;
    return this.finalRoot.get(heaviest(keys.map((k) => this.members.get(k) as Member)).key);
  }

  // --- members ------------------------------------------------------------------------------

  /** Files people under the key of their family name (which a change of forms may change). */
  private refreshFamilies(touched: Set<string>): void {
    for (const key of touched) {
      const member = this.members.get(key);
      const old = this.familyOf(key);
      const now = member?.type === 'PER' ? familyKeyOf(member) : undefined;
      if (old === now) continue;
      if (old !== undefined) {
        this.families.remove(old);
        this.familyMembers.delete(old, key);
        this.familyByMember.delete(key);
      }
      if (now !== undefined) {
        this.families.add(now);
        this.familyMembers.add(now, key);
        this.familyByMember.set(key, now);
      }
    }
  }

  private familyOf(key: string): string | undefined {
    return this.familyByMember.get(key);
  }

  // --- automatic grouping -------------------------------------------------------------------

  /** The person members sharing a family-name block with any of `keys`, as it stands now. */
  private blockOf(keys: Set<string>): Set<string> {
    const families = new Set<string>();
    for (const key of keys) {
      const family = this.familyOf(key);
      if (family !== undefined) families.add(family);
    }
    const block = new Set<string>();
    for (const family of this.families.component(families)) for (const key of this.familyMembers.get(family)) block.add(key);
    return block;
  }

  private reassign(touched: Set<string>, oldBlock: Set<string>): void {
    const affected = new Set<string>([...touched, ...oldBlock]);
    for (const key of affected) {
      const member = this.members.get(key);
      if (!member) this.autoRoot.delete(key);
      // Not a person, or a person with no readable family name: a cluster of its own.
      else if (member.type !== 'PER' || this.familyOf(key) === undefined) this.autoRoot.set(key, key);
    }
    const families = new Set<string>();
    for (const key of affected) {
      const family = this.familyOf(key);
      if (family !== undefined) families.add(family);
    }
    const vetoes = { apart: (a: PersonMember, b: PersonMember) => this.apartPairs.has(pairKey(a.id, b.id)), pinned: (m: PersonMember) => this.pinnedIds.has(m.id) };
    // One family-name block at a time: people of unrelated families are never compared.
    for (const block of this.families.components(families)) {
      const people = [...block].flatMap((family) => [...this.familyMembers.get(family)].map((k) => this.members.get(k) as Member));
      for (const [key, root] of groupPersons(people, vetoes)) {
        this.autoRoot.set(key, root);
        affected.add(key);
      }
    }
    this.resolveFinal(affected, touched);
  }

  // --- final clusters -----------------------------------------------------------------------

  /** Applies the sameAs corrections over the automatic roots, and files members by final root. */
  private resolveFinal(affected: Set<string>, touched: Set<string>): void {
    if (this.finalRoot.size === 0 && this.corrections.size === 0 && this.linkedRoots.size === 0 && this.sortedClusters === undefined && this.built.size === 0) {
      this.fileFirstRoots(affected);
      return;
    }
    const links = this.sameAsLinks();
    const union = new Map<string, string>();
    const find = (r: string): string => {
      const up = union.get(r);
      if (up === undefined || up === r) return r;
      const top = find(up);
      union.set(r, top);
      return top;
    };
    for (const [a, b] of links) {
      const [ra, rb] = [find(this.autoRoot.get(a) as string), find(this.autoRoot.get(b) as string)];
      if (ra === rb) continue;
      // The heavier root stands for the merged cluster, so its id is the one users already know.
      const [top, below] = heaviest([this.members.get(ra) as Member, this.members.get(rb) as Member]).key === ra ? [ra, rb] : [rb, ra];
      union.set(below, top);
      union.set(top, top);
    }
    // Members whose final root may move: the changed ones, and all of any linked group, now or before.
    const linked = new Set(union.keys());
    for (const root of new Set([...linked, ...this.linkedRoots])) {
      for (const key of this.rootMembers.get(root)) affected.add(key);
    }
    if (linked.size > 0) for (const [key, root] of this.autoRoot) if (linked.has(root)) affected.add(key);
    this.linkedRoots = linked;

    for (const key of affected) {
      const old = this.finalRoot.get(key);
      const auto = this.autoRoot.get(key);
      const now = auto === undefined ? undefined : find(auto);
      // A member that stays under its root changes its cluster only when its own counts changed:
      // then it is among `touched`, marked below. (Marking every member of the blocks an update
      // reached rebuilt and re-placed some 250 clusters per update, most of them unchanged.)
      if (old === now) continue;
      if (old !== undefined) this.markDirty(old);
      if (now !== undefined) this.markDirty(now);
      if (old !== undefined) this.fileUnderRoot(key, old, -1);
      if (now !== undefined) this.fileUnderRoot(key, now, +1);
      if (now === undefined) this.finalRoot.delete(key);
      else this.finalRoot.set(key, now);
    }
    for (const key of touched) {
      const root = this.finalRoot.get(key);
      if (root !== undefined) this.markDirty(root);
    }
  }

  /**
   * resolveFinal for a clustering with no member filed yet and no correction (a build, or a start
   * from the cache): each member's final root is its automatic one. Nothing is built or sorted
   * yet, so no cluster is marked for rebuilding (clusters() sorts them all the first time); the
   * 31,000 members of a warm start took ~70 ms through the general path.
   */
  private fileFirstRoots(affected: Set<string>): void {
    for (const key of affected) {
      const root = this.autoRoot.get(key);
      if (root === undefined) continue;
      if (!this.rootMembers.has(root)) this.rootsById.add(this.idPart(root), root);
      this.rootMembers.add(root, key);
      this.finalRoot.set(key, root);
    }
  }

  /** sameAs pairs as member keys: same type where both ids have one, else their main members. */
  private sameAsLinks(): [string, string][] {
    const links: [string, string][] = [];
    for (const corrections of this.corrections.values()) {
      for (const [a, b] of corrections.sameAs) {
        const left = [...this.members.keysOf(a)].map((k) => this.members.get(k) as Member);
        const right = [...this.members.keysOf(b)].map((k) => this.members.get(k) as Member);
        if (left.length === 0 || right.length === 0 || this.apartPairs.has(pairKey(a, b))) continue;
        const sameType = left.flatMap((l) => right.filter((r) => r.type === l.type).map((r): [string, string] => [l.key, r.key]));
        links.push(...(sameType.length > 0 ? sameType : [[heaviest(left).key, heaviest(right).key] as [string, string]]));
      }
    }
    return links;
  }

  private fileUnderRoot(key: string, root: string, sign: 1 | -1): void {
    if (sign > 0) {
      if (!this.rootMembers.has(root)) this.addRoot(root);
      this.rootMembers.add(root, key);
      return;
    }
    this.rootMembers.delete(root, key);
    if (!this.rootMembers.has(root)) this.dropRoot(root);
  }

  private addRoot(root: string): void {
    const id = this.idPart(root);
    for (const other of this.rootsById.get(id)) this.markDirty(other); // their ids gain a type prefix
    this.rootsById.add(id, root);
  }

  private dropRoot(root: string): void {
    const id = this.idPart(root);
    this.rootsById.delete(id, root);
    for (const other of this.rootsById.get(id)) this.markDirty(other);
    this.markDirty(root);
  }

  private idPart(root: string): string {
    return root.slice(root.indexOf('|') + 1);
  }

  private markDirty(root: string): void {
    this.built.delete(root);
    this.unplaced.add(root);
  }

  private clusterAt(root: string): EntityCluster {
    let cluster = this.built.get(root);
    if (!cluster) {
      cluster = this.buildCluster(root);
      this.built.set(root, cluster);
    }
    return cluster;
  }

  private buildCluster(root: string): EntityCluster {
    const members = [...this.rootMembers.get(root)].map((k) => this.members.get(k) as Member);
    // Most clusters hold one member: its own counts are the cluster's (no merged copy of them).
    const { type, mentionCount, surfaces } = members.length === 1 ? members[0] : mergedCounts(members);
    const variants = [...surfaces]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || compareCodeUnits(a.text, b.text));
    const baseId = this.idPart(root);
    const id = this.rootsById.sizeOf(baseId) > 1 ? `${(this.members.get(root)?.type ?? type).toLowerCase()}:${baseId}` : baseId;
    const cluster = { id, type, name: displayName(type, variants), variants, mentionCount } as EntityCluster;
    // The article list of a much-mentioned entity is long to gather and sort: done when asked for.
    let articles: string[] | undefined;
    return Object.defineProperties(cluster, {
      articles: { get: () => (articles ??= articlesOf(members)), enumerable: true },
      memberIds: { value: members.length === 1 ? [members[0].id] : [...new Set(members.map((m) => m.id))].sort(compareCodeUnits), enumerable: true },
    });
  }
}

/** The counts of several members together; the type is the most mentioned one's. */
function mergedCounts(members: readonly Member[]): { type: EntityType; mentionCount: number; surfaces: ReadonlyMap<string, number> } {
  const surfaces = new Map<string, number>();
  const byType = new Map<EntityType, number>();
  let mentionCount = 0;
  for (const m of members) {
    mentionCount += m.mentionCount;
    bump(byType, m.type, m.mentionCount);
    for (const [text, count] of m.surfaces) bump(surfaces, text, count);
  }
  const type = [...byType].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0][0];
  return { type, mentionCount, surfaces };
}

function articlesOf(members: readonly Member[]): string[] {
  if (members.length === 1) return [...members[0].articles.keys()].sort(compareCodeUnits);
  const paths = new Set<string>();
  for (const m of members) for (const path of m.articles.keys()) paths.add(path);
  return [...paths].sort(compareCodeUnits);
}

/**
 * The most frequent full form: for people a name with a given name, for others any form. The
 * variants come most frequent first, so once a full name is found only those as frequent can
 * beat it: the rest are not read as names (reading every form of 30,000 clusters, after a warm
 * start, was a quarter of the first clusters()).
 */
function displayName(type: EntityType, variants: { text: string; count: number }[]): string {
  let best: { text: string; count: number } | undefined;
  if (type === 'PER') {
    for (const v of variants) {
      if (best && v.count < best.count) break;
      if (readPersonName(v.text)?.kind === 'full' && (!best || byDisplayRank(v, best) < 0)) best = v;
    }
  }
  if (best) return best.text;
  for (const v of variants) if (!best || byDisplayRank(v, best) < 0) best = v;
  return best?.text ?? '';
}

/** Most frequent, then longest, then by code units: the name shown first. */
function byDisplayRank(a: { text: string; count: number }, b: { text: string; count: number }): number {
  return b.count - a.count || b.text.length - a.text.length || compareCodeUnits(a.text, b.text);
}

function familyKeyOf(member: Member): string | undefined {
  let best: { family: string; count: number } | undefined;
  for (const [surface, count] of member.surfaces) {
    const name = readPersonName(surface);
    if (name && (!best || count > best.count || (count === best.count && compareCodeUnits(name.family, best.family) < 0))) best = { family: name.family, count };
  }
  return best?.family;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function byRank(a: EntityCluster, b: EntityCluster): number {
  return b.mentionCount - a.mentionCount || compareCodeUnits(a.name, b.name) || compareCodeUnits(a.id, b.id);
}

/** The first position from `from` on whose cluster does not rank before `cluster`. */
function lowerBound(sorted: readonly EntityCluster[], cluster: EntityCluster, from: number): number {
  let [low, high] = [from, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byRank(sorted[middle], cluster) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Removes the elements at these positions (distinct), in one pass. */
function removePositions(list: EntityCluster[], positions: number[]): void {
  if (positions.length === 0) return;
  positions.sort((a, b) => a - b);
  let write = positions[0];
  let next = 0;
  for (let read = positions[0]; read < list.length; read++) {
    if (next < positions.length && read === positions[next]) next++;
    else list[write++] = list[read];
  }
  list.length = write;
}

/** Inserts `fresh` (sorted by rank) into the sorted list, each before the clusters it does not rank after. */
function insertSorted(sorted: EntityCluster[], fresh: readonly EntityCluster[]): void {
  const at: number[] = [];
  let from = 0;
  for (const cluster of fresh) at.push((from = lowerBound(sorted, cluster, from)));
  let read = sorted.length;
  for (const cluster of fresh) sorted.push(cluster); // room at the end, filled from the back
  let write = sorted.length;
  for (let f = fresh.length - 1; f >= 0; f--) {
    while (read > at[f]) sorted[--write] = sorted[--read];
    sorted[--write] = fresh[f];
  }
}
