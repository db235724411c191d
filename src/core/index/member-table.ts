// The bottom layer of the clustering: one member per (type, per-article id), with its mention
// count, its written forms and the articles that mention it. Counting runs over every mention of
// a build, so it allocates nothing per mention; the table can also be saved in the cache and
// loaded back whole, so a warm start does not count half a million mentions again.

import type { EntityType } from '../recognise/types';
import { KeySets } from './key-sets';
import { forEachMention, type MentionList } from './packed-analysis';
import type { PersonMember } from './person-groups';

/** A member as stored: its counts by written form and by article. */
export interface MemberRecord {
  type: EntityType;
  id: string;
  /** Written form -> mentions. */
  surfaces: Map<string, number>;
  /** Article path -> mentions in it. */
  articles: Map<string, number>;
}

export interface Member extends PersonMember {
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

export class MemberTable {
  private readonly byKey = new Map<string, Member>();
  private readonly byType = new Map<EntityType, Map<string, Member>>();
  private readonly byId = new KeySets();

  /** A table of its own: the records' counts are copied, never changed. */
  static fromRecords(records: readonly MemberRecord[]): MemberTable {
    return MemberTable.adoptRecords(records.map(({ type, id, surfaces, articles }) => ({ type, id, surfaces: new Map(surfaces), articles: new Map(articles) })));
  }

  /**
   * A table that takes the records' maps as its own (no copy): for records decoded from the
   * cache, which nothing else holds. Copying 31,000 members' two maps took ~50 ms of a warm
   * start, and as much again in garbage collection.
   */
  static adoptRecords(records: readonly MemberRecord[]): MemberTable {
    const table = new MemberTable();
    for (const record of records) {
      const member = table.create(record.type, record.id, record.surfaces, record.articles);
      for (const count of record.surfaces.values()) member.mentionCount += count;
    }
    return table;
  }

  /**
   * The members as records, in the table's order. They share the table's counts (no copy: the
   * cache writes 31,000 members of a 10,000-article index), so they are valid until the next change.
   */
  records(): MemberRecord[] {
    return Array.from(this.byKey.values(), ({ type, id, surfaces, articles }) => ({ type, id, surfaces, articles }));
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  get(key: string): Member | undefined {
    return this.byKey.get(key);
  }

  lookup(type: EntityType, id: string): Member | undefined {
    return this.byType.get(type)?.get(id);
  }

  /** Keys of the members with this per-article id (one per type that uses it). */
  keysOf(id: string): Iterable<string> {
    return this.byId.get(id);
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** Adds (or subtracts) one article's mentions; keys of members created or touched go to `touched`. */
  count(path: string, entities: MentionList, sign: 1 | -1, touched?: Set<string>): void {
    const inArticle = new Map<Member, number>();
    forEachMention(entities, (type, id, text) => {
      if (type === 'DATE' && !isClusterable({ type, id })) return;
      let member = this.lookup(type, id);
      if (!member) {
        if (sign < 0) return;
        member = this.create(type, id);
      }
      member.mentionCount += sign;
      bump(member.surfaces, text, sign);
      inArticle.set(member, (inArticle.get(member) ?? 0) + 1);
    });
    for (const [member, mentions] of inArticle) {
      touched?.add(member.key);
      bump(member.articles, path, sign * mentions);
      if (member.mentionCount <= 0) this.delete(member);
    }
  }

  private create(type: EntityType, id: string, surfaces = new Map<string, number>(), articles = new Map<string, number>()): Member {
    const key = memberKey(type, id);
    const member: Member = { key, id, type, mentionCount: 0, surfaces, articles };
    this.byKey.set(key, member);
    let ids = this.byType.get(type);
    if (!ids) this.byType.set(type, (ids = new Map()));
    ids.set(id, member);
    this.byId.add(id, key);
    return member;
  }

  private delete(member: Member): void {
    this.byKey.delete(member.key);
    this.byType.get(member.type)?.delete(member.id);
    this.byId.delete(member.id, member.key);
  }
}

export function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next <= 0) map.delete(key);
  else map.set(key, next);
}
