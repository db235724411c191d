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
//             rule's joins.
//
// Cluster objects are built lazily and cached until a change reaches them.

import type { EntityMention, EntityType } from '../recognise/types';
import { compareCodeUnits } from '../workspace/paths';
import { groupPersons, heaviest, PersonMember } from './person-groups';
import { FamilyKeyIndex, readPersonName } from './person-names';

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

/** What a sidecar says about identities, in per-article ids. */
export interface ClusterCorrections {
  /** Pairs of ids that name one entity (joined whatever the rule says). */
  sameAs: readonly (readonly [string, string])[];
  /** Pairs of ids that name different entities (the rule may not join them). */
  apart: readonly (readonly [string, string])[];
  /** Ids the user gave mentions by hand: the rule never attaches them to another entity. */
  pinned?: readonly string[];
}

interface Member extends PersonMember {
  type: EntityType;
  surfaces: Map<string, number>;
  articles: Map<string, number>;
}

/** Relative dates ("mercredi", "last week") name a different day in every article: not entities. */
export function isClusterable(entity: { type: EntityType; id: string }): boolean {
  return entity.type !== 'DATE' || /^\d{4}(?:-\d{2}){0,2}$/.test(entity.id);
}

export function memberKey(type: EntityType, id: string): string {
  return `${type}|${id}`;
}

export class EntityClustering {
  private readonly members = new Map<string, Member>();
  private readonly membersById = new Map<string, Set<string>>();
  private readonly families = new FamilyKeyIndex();
  private readonly familyMembers = new Map<string, Set<string>>();
  private readonly familyByMember = new Map<string, string>();
  private readonly autoRoot = new Map<string, string>();
  private readonly finalRoot = new Map<string, string>();
  private readonly rootMembers = new Map<string, Set<string>>();
  private readonly rootsById = new Map<string, Set<string>>();
  private readonly built = new Map<string, EntityCluster>();
  private readonly corrections = new Map<string, ClusterCorrections>();
  private apartPairs = new Set<string>();
  private pinnedIds = new Set<string>();
  private linkedRoots = new Set<string>();
  private sortedClusters: EntityCluster[] | undefined;

  /** Replaces one article's mentions (`before` as last given, `after` as now; [] when absent). */
  replaceArticle(path: string, before: readonly EntityMention[], after: readonly EntityMention[]): void {
    const touched = new Set<string>();
    for (const e of [...before, ...after]) if (isClusterable(e)) touched.add(memberKey(e.type, e.id));
    const oldBlock = this.blockOf(touched);
    this.count(path, before, -1);
    this.count(path, after, +1);
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
    const touched = new Set([...ids].flatMap((id) => [...(this.membersById.get(id) ?? [])]));
    const oldBlock = this.blockOf(touched);
    if (corrections && corrections.sameAs.length + corrections.apart.length + (corrections.pinned?.length ?? 0) > 0) this.corrections.set(path, corrections);
    else this.corrections.delete(path);
    const all = [...this.corrections.values()];
    this.apartPairs = new Set(all.flatMap((c) => c.apart.map(([a, b]) => pairKey(a, b))));
    this.pinnedIds = new Set(all.flatMap((c) => c.pinned ?? []));
    this.reassign(touched, oldBlock);
  }

  /** Every cluster, most mentioned first (then by name). */
  clusters(): EntityCluster[] {
    if (!this.sortedClusters) {
      this.sortedClusters = [...this.rootMembers.keys()]
        .map((root) => this.clusterAt(root))
        .sort((a, b) => b.mentionCount - a.mentionCount || compareCodeUnits(a.name, b.name) || compareCodeUnits(a.id, b.id));
    }
    return this.sortedClusters;
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
    return [...(root ? (this.rootMembers.get(root) ?? []) : [])].map((key) => {
      const m = this.members.get(key) as Member;
      return { type: m.type, id: m.id };
    });
  }

  private rootOfClusterId(id: string): string | undefined {
    const roots = this.rootsById.get(id);
    if (roots?.size === 1) return [...roots][0];
    const typed = /^([a-z]+):(.+)$/.exec(id);
    const root = typed ? memberKey(typed[1].toUpperCase() as EntityType, typed[2]) : undefined;
    return root !== undefined && this.rootMembers.has(root) ? root : undefined;
  }

  /** A per-article id that several types use resolves to its most mentioned member. */
  private rootOfMemberId(id: string): string | undefined {
    const keys = [...(this.membersById.get(id) ?? [])];
    if (keys.length === 0) return undefined;
    return this.finalRoot.get(heaviest(keys.map((k) => this.members.get(k) as Member)).key);
  }

  // --- members ------------------------------------------------------------------------------

  private count(path: string, entities: readonly EntityMention[], sign: 1 | -1): void {
    for (const e of entities) {
      if (!isClusterable(e)) continue;
      const key = memberKey(e.type, e.id);
      let member = this.members.get(key);
      if (!member) {
        if (sign < 0) continue;
        member = { key, id: e.id, type: e.type, mentionCount: 0, surfaces: new Map(), articles: new Map() };
        this.members.set(key, member);
        addTo(this.membersById, e.id, key);
      }
      member.mentionCount += sign;
      bump(member.surfaces, e.text, sign);
      bump(member.articles, path, sign);
      if (member.mentionCount <= 0) {
        this.members.delete(key);
        removeFrom(this.membersById, e.id, key);
      }
    }
  }

  /** Files people under the key of their family name (which a change of forms may change). */
  private refreshFamilies(touched: Set<string>): void {
    for (const key of touched) {
      const member = this.members.get(key);
      const old = this.familyOf(key);
      const now = member?.type === 'PER' ? familyKeyOf(member) : undefined;
      if (old === now) continue;
      if (old !== undefined) {
        this.families.remove(old);
        removeFrom(this.familyMembers, old, key);
        this.familyByMember.delete(key);
      }
      if (now !== undefined) {
        this.families.add(now);
        addTo(this.familyMembers, now, key);
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
    for (const family of this.families.component(families)) for (const key of this.familyMembers.get(family) ?? []) block.add(key);
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
    const people = this.blockOf(new Set([...affected].filter((k) => this.members.get(k)?.type === 'PER')));
    const roots = groupPersons([...people].map((k) => this.members.get(k) as Member), {
      apart: (a, b) => this.apartPairs.has(pairKey(a.id, b.id)),
      pinned: (m) => this.pinnedIds.has(m.id),
    });
    for (const [key, root] of roots) {
      this.autoRoot.set(key, root);
      affected.add(key);
    }
    this.resolveFinal(affected, touched);
  }

  // --- final clusters -----------------------------------------------------------------------

  /** Applies the sameAs corrections over the automatic roots, and files members by final root. */
  private resolveFinal(affected: Set<string>, touched: Set<string>): void {
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
      for (const key of this.rootMembers.get(root) ?? []) affected.add(key);
    }
    if (linked.size > 0) for (const [key, root] of this.autoRoot) if (linked.has(root)) affected.add(key);
    this.linkedRoots = linked;

    for (const key of affected) {
      const old = this.finalRoot.get(key);
      const auto = this.autoRoot.get(key);
      const now = auto === undefined ? undefined : find(auto);
      if (old !== undefined) this.markDirty(old);
      if (now !== undefined) this.markDirty(now);
      if (old === now) continue;
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

  /** sameAs pairs as member keys: same type where both ids have one, else their main members. */
  private sameAsLinks(): [string, string][] {
    const links: [string, string][] = [];
    for (const corrections of this.corrections.values()) {
      for (const [a, b] of corrections.sameAs) {
        const left = [...(this.membersById.get(a) ?? [])].map((k) => this.members.get(k) as Member);
        const right = [...(this.membersById.get(b) ?? [])].map((k) => this.members.get(k) as Member);
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
      addTo(this.rootMembers, root, key);
      return;
    }
    removeFrom(this.rootMembers, root, key);
    if (!this.rootMembers.has(root)) this.dropRoot(root);
  }

  private addRoot(root: string): void {
    const id = this.idPart(root);
    for (const other of this.rootsById.get(id) ?? []) this.markDirty(other); // their ids gain a type prefix
    addTo(this.rootsById, id, root);
  }

  private dropRoot(root: string): void {
    const id = this.idPart(root);
    removeFrom(this.rootsById, id, root);
    for (const other of this.rootsById.get(id) ?? []) this.markDirty(other);
    this.built.delete(root);
    this.sortedClusters = undefined;
  }

  private idPart(root: string): string {
    return root.slice(root.indexOf('|') + 1);
  }

  private markDirty(root: string): void {
    this.built.delete(root);
    this.sortedClusters = undefined;
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
    const members = [...(this.rootMembers.get(root) ?? [])].map((k) => this.members.get(k) as Member);
    const surfaces = new Map<string, number>();
    const articles = new Set<string>();
    const byType = new Map<EntityType, number>();
    let mentionCount = 0;
    for (const m of members) {
      mentionCount += m.mentionCount;
      bump(byType, m.type, m.mentionCount);
      for (const [text, count] of m.surfaces) bump(surfaces, text, count);
      for (const path of m.articles.keys()) articles.add(path);
    }
    const type = [...byType].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0][0];
    const variants = [...surfaces]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || compareCodeUnits(a.text, b.text));
    const baseId = this.idPart(root);
    const id = (this.rootsById.get(baseId)?.size ?? 0) > 1 ? `${(this.members.get(root)?.type ?? type).toLowerCase()}:${baseId}` : baseId;
    return {
      id,
      type,
      name: displayName(type, variants),
      variants,
      mentionCount,
      articles: [...articles].sort(compareCodeUnits),
      memberIds: [...new Set(members.map((m) => m.id))].sort(compareCodeUnits),
    };
  }
}

/** The most frequent full form: for people a name with a given name, for others any form. */
function displayName(type: EntityType, variants: { text: string; count: number }[]): string {
  const full = type === 'PER' ? variants.filter((v) => readPersonName(v.text)?.kind === 'full') : [];
  const pool = full.length > 0 ? full : variants;
  return [...pool].sort((a, b) => b.count - a.count || b.text.length - a.text.length || compareCodeUnits(a.text, b.text))[0]?.text ?? '';
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

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next <= 0) map.delete(key);
  else map.set(key, next);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
