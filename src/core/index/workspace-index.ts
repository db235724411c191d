// The workspace index: every article of a folder analysed, its sidecar applied, its entities
// clustered across articles. Built once (from the cache where the files did not change, on
// worker threads for the rest), then kept up to date one file at a time.
//
// Which cached analyses are reused without reading the file: those whose size and modification
// time are the ones recorded, as git's index does, unless the file was modified less than
// RACY_WINDOW_MS before the cache was written (a change within the same clock tick could hide
// behind an equal time). Any other file is read and hashed, and its analysis is reused when the
// content hash (and the recogniser version, checked on load) matches.

import { analyze } from '../recognise/analyze';
import type { ArticleAnalysis, EntityMention, EntityType, Lang, Quotation } from '../recognise/types';
import { DEFAULT_MAX_BYTES, decodeArticle } from '../text/decode';
import { checkArticleStat, readArticleBytes, statArticle } from '../workspace/read-article';
import { isMarkdownPath } from '../text/markdown';
import { articlePathForSidecar, isSidecarPath, sidecarPathFor } from '../claims/sidecar-path';
import { compareCodeUnits, normalisePath } from '../workspace/paths';
import type { Disposable, FileStat, WatchEvent, Workspace } from '../workspace/workspace';
import { abortError, AnalysisRunner, createAnalysisRunner, InThreadRunner, isAbortError } from './analysis-runner';
import { AnnotationLoader, IndexedClaim, withoutAnnotations } from './annotations';
import { CachedArticle, CachedGrouping, contentHash, decodeCache, encodeCache } from './cache';
import { adoptPortable, MemberQuote, MentionList, PackedAnalysis, packAnalysis, PackedMemberFinder, SpanList, StringTable, unpackAnalysis } from './packed-analysis';
import { ClusterCorrections, EntityCluster, EntityClustering } from './clustering';
import { memberKey, MemberRecord, MemberTable } from './member-table';
import { isIgnoreFile, PathFilter, scanWorkspace, ScanOptions } from './scan';

export interface IndexOptions extends ScanOptions {
  /** Language of the articles (default `auto`, decided per article). */
  lang?: Lang | 'auto';
  /** Larger files are reported and left out (default 5 MB, as everywhere). */
  maxBytes?: number;
  /** The one cache file (read at build, written after); none when undefined. */
  cachePath?: string;
  /** Reads a sidecar (claims, entity corrections); default: no sidecars. */
  loadAnnotations?: AnnotationLoader;
  /** Analyses articles; default: worker threads (see analysis-runner.ts). Not closed by the index. */
  runner?: AnalysisRunner;
  workerScript?: string;
  threads?: number;
  /** Below this many articles to analyse, a scan stays in this thread (workers take time to start). */
  workerMinArticles?: number;
}

export interface BuildProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
}

export interface IndexedArticle {
  path: string;
  /** Hash of the file's bytes. */
  hash: string;
  size: number;
  mtimeMs: number;
  markdown: boolean;
  lang: Lang;
  /** Entities after the sidecar's corrections. */
  entities: readonly EntityMention[];
  quotes: readonly Quotation[];
  claims: readonly IndexedClaim[];
  /** The sidecar's path, when the article has one. */
  sidecar?: string;
}

/** An article as memberFinder finds it: the article and its text when the index holds it. */
export interface FoundArticle {
  readonly article: IndexedArticle;
  readonly text?: string;
}

export interface BuildStats {
  articles: number;
  /** Analyses reused from the cache (without reading the file, or after hashing it). */
  fromCache: number;
  analysed: number;
  failed: number;
  threads: number;
  /** What became of the cache file: `used`, `none`, `missing`, or why it was ignored. */
  cache: string;
  ms: number;
}

export interface IndexProblem {
  path: string;
  message: string;
}

/** A change to the index, for listeners (the extension refreshes its views). */
export interface IndexChange {
  paths: string[];
}

/** Files changed this close to the cache's writing time are re-hashed, whatever their stat says. */
export const RACY_WINDOW_MS = 2000;
const DEFAULT_WORKER_MIN_ARTICLES = 64;
const RECENTLY_REMOVED_KEPT = 64;
const DEFAULT_SAVE_DELAY_MS = 2000;
/** Concurrent reads: enough to keep the disk busy, few enough to bound memory. */
const IO_CONCURRENCY = 32;

interface ArticleState {
  article: IndexedArticle;
  /** The recognisers' output before corrections, packed: what the cache stores. */
  packed: PackedAnalysis;
  /** The same, as objects built on first use. */
  raw: ArticleAnalysis;
  /** The sidecar changed the entities or the quotations (article's are not raw's). */
  corrected?: boolean;
  /**
   * The text, held since it was read (a scan reads it; after a warm start, the first call to
   * text() does). Kept here, not in a map of its own: a cross-reference over thousands of
   * articles finds an article's analysis and text with one lookup.
   */
  text?: string;
}

export class WorkspaceIndex {
  readonly root: string;
  private readonly lang: Lang | 'auto';
  private readonly maxBytes: number;
  private readonly loadAnnotations: AnnotationLoader;
  private state = new Map<string, ArticleState>();
  private readonly claimArticles = new Map<string, string>();
  private readonly problemsByPath = new Map<string, string>();
  /** Each article's identity corrections (from its sidecar), as given to the clustering. */
  private identities = new Map<string, ClusterCorrections>();
  private readonly recentlyRemoved = new Map<string, PackedAnalysis>();
  /** The strings every packed analysis refers to. */
  private strings = new StringTable();
  private clustering = new EntityClustering();
  private filter: PathFilter | undefined;
  private sidecars = new Set<string>();
  private cacheDirty = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private lastStats: BuildStats | undefined;

  private constructor(
    private readonly ws: Workspace,
    root: string,
    private readonly options: IndexOptions,
  ) {
    this.root = normalisePath(root);
    this.lang = options.lang ?? 'auto';
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.loadAnnotations = options.loadAnnotations ?? withoutAnnotations;
  }

  /** Scans `root` and builds the index (see rebuild). */
  static async open(ws: Workspace, root: string, options: IndexOptions = {}, build: BuildOptions = {}): Promise<WorkspaceIndex> {
    const index = new WorkspaceIndex(ws, root, options);
    await index.rebuild(build);
    return index;
  }

  get stats(): BuildStats | undefined {
    return this.lastStats;
  }

  // --- queries ------------------------------------------------------------------------------

  articles(): IndexedArticle[] {
    return [...this.state.values()].map((s) => s.article).sort((a, b) => compareCodeUnits(a.path, b.path));
  }

  article(path: string): IndexedArticle | undefined {
    // Paths from the index itself are normalised already: look them up as they are first.
    return this.stateOf(path)?.article;
  }

  clusters(): EntityCluster[] {
    return this.clustering.clusters();
  }

  /** By cluster id, or by any per-article id the cluster gathers. */
  cluster(id: string): EntityCluster | undefined {
    return this.clustering.cluster(id);
  }

  clusterOf(type: EntityType, id: string): EntityCluster | undefined {
    return this.clustering.clusterOf(type, id);
  }

  /** The (type, per-article id) pairs whose mentions make up the cluster. */
  membersOf(cluster: EntityCluster): { type: EntityType; id: string }[] {
    return this.clustering.membersOf(cluster);
  }

  /**
   * A finder, for these (type, per-article id) pairs (membersOf a cluster), of what an article
   * holds of them after the sidecar's corrections, from one lookup of the article: the start and
   * end of their mentions, appended to `spans` in the article's order, and the quotations they
   * speak (the speaker's id is one of theirs) or are named in (one of those mentions lies
   * inside), appended to `quotes` in order. It reads the packed analysis when no correction
   * applies: a cross-reference over thousands of articles builds no mention object. Returns the
   * article and its text when held, undefined when the path is not indexed (nothing appended).
   */
  memberFinder(members: readonly { type: EntityType; id: string }[]): (path: string, spans: SpanList, quotes: MemberQuote[]) => FoundArticle | undefined {
    const packed = new PackedMemberFinder(this.strings, members);
    const wanted = new Set(members.map((m) => memberKey(m.type, m.id)));
    const ids = new Set(members.map((m) => m.id));
    return (path, spans, quotes) => {
      const state = this.stateOf(path);
      if (!state) return undefined;
      const from = spans.length;
      if (!state.corrected) {
        packed.spans(state.packed.entities, spans);
        packed.quotes(state.packed.quotes, spans, from, spans.length, quotes);
        return state;
      }
      for (const e of state.article.entities) if (wanted.has(memberKey(e.type, e.id))) spans.push(e.start, e.end);
      for (const quote of state.article.quotes) {
        const speaks = !!quote.speaker && ids.has(quote.speaker.id);
        if (speaks || spans.someInside(from, spans.length, quote.start, quote.end)) quotes.push({ quote, speaks });
      }
      return state;
    };
  }

  claim(id: string): { article: IndexedArticle; claim: IndexedClaim } | undefined {
    const path = this.claimArticles.get(id);
    const article = path === undefined ? undefined : this.article(path);
    const claim = article?.claims.find((c) => c.id === id);
    return article && claim ? { article, claim } : undefined;
  }

  /** Every claim of the workspace with its article. */
  claims(): { article: IndexedArticle; claim: IndexedClaim }[] {
    return [...this.claimArticles.keys()].flatMap((id) => {
      const found = this.claim(id);
      return found ? [found] : [];
    });
  }

  /** Files that could not be indexed and sidecar problems, by path. */
  problems(): IndexProblem[] {
    return [...this.problemsByPath].map(([path, message]) => ({ path, message })).sort((a, b) => compareCodeUnits(a.path, b.path));
  }

  /**
   * The article's text, as analysed: held since it was read, else read now. A file that changed
   * since it was indexed (a change the watcher has not reported yet) is re-indexed first, so
   * offsets from the index always point into the text returned.
   */
  async text(path: string): Promise<string> {
    const held = this.heldText(path);
    if (held !== undefined) return held;
    const key = normalisePath(path);
    const read = await this.readText(key);
    const state = this.state.get(key);
    if (state && state.article.hash !== read.hash) await this.update(key);
    else if (state) state.text = read.text;
    return this.state.get(key)?.text ?? read.text;
  }

  /**
   * Reads and holds, as text() does, the texts of these articles not held yet, IO_CONCURRENCY
   * files at a time: a cross-reference after a warm start needs thousands, and reading them one
   * after the other left this thread waiting on each file in turn. A file that cannot be read is
   * left for text() to report.
   */
  async readTexts(paths: readonly string[]): Promise<void> {
    const missing = paths.filter((path) => {
      const state = this.stateOf(path);
      return state !== undefined && state.text === undefined;
    });
    await forEachConcurrently(missing, IO_CONCURRENCY, (path) => this.text(path).then(noop, noop));
  }

  /** The article's text when this index holds it (no file access, no waiting), else undefined. */
  heldText(path: string): string | undefined {
    return this.stateOf(path)?.text;
  }

  /** An article's state by its path as given or normalised (callers pass either). */
  private stateOf(path: string): ArticleState | undefined {
    return this.state.get(path) ?? this.state.get(normalisePath(path));
  }

  /** For updates already running serially (text() would wait for them); held in `state`. */
  private async heldOrReadText(state: ArticleState): Promise<string> {
    return (state.text ??= (await this.readText(state.article.path)).text);
  }

  onDidChange(listener: (change: IndexChange) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // --- building -----------------------------------------------------------------------------

  /**
   * Scans the folder and indexes every article: cached analyses where the file did not change,
   * analysis (on worker threads when there is enough work) for the rest, then the sidecars,
   * then the clusters. Rejects with an AbortError when `signal` aborts; the index is then left
   * as it was before the call.
   */
  rebuild(build: BuildOptions = {}): Promise<BuildStats> {
    return this.serially(() => this.buildNow(build));
  }

  private async buildNow({ signal, onProgress }: BuildOptions): Promise<BuildStats> {
    const started = Date.now();
    const listing = await scanWorkspace(this.ws, this.root, this.options);
    throwIfAborted(signal);
    const problems = new Map<string, string>();
    for (const problem of listing.problems) problems.set(problemPath(problem), problem);
    const cache = await this.readCache();

    const total = listing.articles.length;
    let done = 0;
    const progress = (): void => onProgress?.({ done, total });
    progress();

    const states = new Map<string, ArticleState>();
    let fromCache = 0;
    let analysed = 0;
    const strings = new StringTable(cache.strings);
    /** Articles whose cached analysis, under the same path, is the current one. */
    const unchanged = new Set<string>();
    // Workers take a few hundred milliseconds to start: worth it only for a real scan. Files the
    // cache does not know are the ones that will need analysing.
    const unknown = listing.articles.filter((p) => !cache.entries.has(p)).length;
    const runner = this.options.runner ?? (unknown >= (this.options.workerMinArticles ?? DEFAULT_WORKER_MIN_ARTICLES) ? createAnalysisRunner(this.options) : new InThreadRunner());
    try {
      // Reading, hashing and analysing overlap: while the workers analyse, this thread reads ahead.
      await forEachConcurrently(listing.articles, Math.max(IO_CONCURRENCY, runner.threads * 4), async (path) => {
        throwIfAborted(signal);
        try {
          const found = await this.examine(path, cache);
          if (found.kind === 'cached') {
            states.set(path, stateFrom(found.entry, path, found.entry.packed, strings, found.text));
            if (found.samePath) unchanged.add(path);
            fromCache++;
          } else {
            // Packed by the worker: ten thousand analyses as objects would not fit the memory budget.
            const packed = adoptPortable(await runner.analyzePacked({ path, text: found.text, lang: this.lang }, signal), strings);
            states.set(path, stateFrom({ ...found, markdown: isMarkdownPath(path) }, path, packed, strings, found.text));
            analysed++;
          }
        } catch (error) {
          if (isAbortError(error)) throw error;
          problems.set(path, messageOf(error));
        }
        done++;
        progress();
      });
    } finally {
      if (!this.options.runner) await runner.close();
    }
    throwIfAborted(signal);

    const identities = new Map<string, ClusterCorrections>();
    for (const path of listing.articles) {
      const sidecar = sidecarPathFor(path);
      const state = states.get(path);
      if (state && listing.sidecars.has(sidecar)) {
        await this.annotate(state, sidecar, await this.heldOrReadText(state), problems, identities);
        throwIfAborted(signal);
      }
    }

    const clustering = clusteringFor(states, cache, unchanged, strings);
    this.strings = strings;
    this.install(listing.filter, listing.sidecars, states, problems, identities, clustering);
    this.cacheDirty = analysed > 0 || cache.status !== 'used' || cache.entries.size !== states.size;
    const stats: BuildStats = {
      articles: states.size,
      fromCache,
      analysed,
      failed: listing.articles.length - states.size,
      threads: runner.threads,
      cache: cache.status,
      ms: 0,
    };
    await this.writeCacheIfDirty();
    stats.ms = Date.now() - started;
    this.lastStats = stats;
    this.emit(listing.articles);
    return stats;
  }

  /** Replaces the whole state at once, so an aborted build leaves the old index untouched. */
  private install(
    filter: PathFilter,
    sidecars: Set<string>,
    states: Map<string, ArticleState>,
    problems: Map<string, string>,
    identities: Map<string, ClusterCorrections>,
    clustering: EntityClustering,
  ): void {
    this.filter = filter;
    this.identities = identities;
    this.sidecars = sidecars;
    this.state = new Map([...states].sort((a, b) => compareCodeUnits(a[0], b[0])));
    this.problemsByPath.clear();
    for (const [path, message] of problems) this.problemsByPath.set(path, message);
    this.claimArticles.clear();
    this.clustering = clustering;
    // The sidecars' corrections go on top of the recognisers' output, article by article.
    const corrected = [...this.state].filter(([, s]) => s.corrected);
    clustering.replaceArticles(corrected.map(([path, s]) => ({ path, before: s.raw.entities, after: s.article.entities })));
    for (const [path, { article }] of this.state) for (const claim of article.claims) this.claimArticles.set(claim.id, path);
    for (const [path, identities] of this.identities) this.clustering.setCorrections(path, identities);
  }

  /** Cached (by stat or by hash) or read for analysis. */
  private async examine(
    path: string,
    cache: LoadedCache,
  ): Promise<{ kind: 'cached'; entry: CachedArticle; samePath: boolean; text?: string } | { kind: 'read'; hash: string; size: number; mtimeMs: number; text: string }> {
    const stat = await statArticle(this.ws, path, this.maxBytes);
    const markdown = isMarkdownPath(path);
    const byStat = cache.entries.get(path);
    if (byStat && byStat.size === stat.size && byStat.mtimeMs === stat.mtimeMs && byStat.markdown === markdown && stat.mtimeMs < cache.writtenAt - RACY_WINDOW_MS) {
      return { kind: 'cached', entry: byStat, samePath: true };
    }
    const read = await this.readText(path, stat);
    const { text, size, mtimeMs } = read;
    const byHash = cache.byHash.get(hashKey(read.hash, markdown));
    if (byStat && byStat.hash === read.hash && byStat.markdown === markdown) return { kind: 'cached', entry: { ...byStat, size, mtimeMs }, samePath: true, text };
    if (byHash) return { kind: 'cached', entry: { ...byHash, path, size, mtimeMs }, samePath: false, text };
    return { kind: 'read', ...read };
  }

  /** Reads, hashes and decodes an article; `stat` when the caller has just taken it. */
  private async readText(path: string, stat?: FileStat): Promise<{ text: string; hash: string; size: number; mtimeMs: number }> {
    const { mtimeMs } = stat ? checkArticleStat(path, stat, this.maxBytes) : await statArticle(this.ws, path, this.maxBytes);
    const bytes = await readArticleBytes(this.ws, path);
    return { text: decodeArticle(bytes, path, { maxBytes: this.maxBytes }).text, hash: contentHash(bytes), size: bytes.length, mtimeMs };
  }

  /** Applies the sidecar: corrected entities, claims, identities; problems are recorded. */
  private async annotate(
    state: ArticleState,
    sidecar: string,
    text: string,
    problems: Map<string, string>,
    identities: Map<string, ClusterCorrections>,
  ): Promise<void> {
    const path = state.article.path;
    try {
      const annotations = await this.loadAnnotations({ workspace: this.ws, articlePath: path, sidecarPath: sidecar, text, analysis: state.raw });
      state.article = { ...state.article, entities: annotations.analysis.entities, quotes: annotations.analysis.quotes, claims: annotations.claims, sidecar };
      state.corrected = annotations.analysis.entities !== state.raw.entities || annotations.analysis.quotes !== state.raw.quotes;
      identities.set(path, annotations.identities);
      if (annotations.problems.length > 0) problems.set(sidecar, annotations.problems.join('\n'));
    } catch (error) {
      problems.set(sidecar, messageOf(error));
      state.article = { ...state.article, sidecar };
    }
  }

  // --- incremental updates ------------------------------------------------------------------

  /**
   * Brings one path up to date: an article (added, changed, deleted, now ignored), a sidecar
   * (its article's claims and corrections are reloaded) or a .gitignore (the listing is redone;
   * only the articles that appear or disappear are touched). Returns the articles affected.
   */
  update(path: string): Promise<string[]> {
    return this.serially(async () => {
      const changed = await this.updateNow(normalisePath(path));
      this.emit(changed);
      return changed;
    });
  }

  /** A file renamed: the analysis moves with it when the content is the same. */
  rename(from: string, to: string): Promise<string[]> {
    return this.serially(async () => {
      const changed = [...(await this.updateNow(normalisePath(from))), ...(await this.updateNow(normalisePath(to)))];
      this.emit(changed);
      return changed;
    });
  }

  /** Applies a watch event (see Workspace.watch). */
  applyWatchEvent(event: WatchEvent): Promise<string[]> {
    return this.update(event.path);
  }

  /**
   * Follows the folder's changes until disposed. The cache is rewritten once changes have
   * settled (`saveDelayMs` after the last one, default 2 s): writing ten thousand analyses on
   * every keystroke-triggered save would cost more than the change itself. Disposing writes
   * what is pending.
   */
  watch(onError: (error: unknown) => void = () => undefined, saveDelayMs = DEFAULT_SAVE_DELAY_MS): Disposable {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => {
      timer = undefined;
      this.saveCache().catch(onError);
    };
    const watcher = this.ws.watch(this.root, (event) => {
      this.applyWatchEvent(event)
        .then(() => {
          if (timer !== undefined) clearTimeout(timer);
          timer = setTimeout(save, saveDelayMs);
        })
        .catch(onError);
    });
    return {
      dispose: () => {
        watcher.dispose();
        if (timer !== undefined) {
          clearTimeout(timer);
          save();
        }
      },
    };
  }

  /** Writes the cache file if something changed since it was last written or read. */
  saveCache(): Promise<void> {
    return this.serially(() => this.writeCacheIfDirty());
  }

  private async updateNow(path: string): Promise<string[]> {
    if (!this.filter) return [];
    if (isIgnoreFile(path)) return this.relist();
    if (isSidecarPath(path)) return this.updateSidecar(path);
    const indexed = this.state.get(path);
    const stat = this.filter.acceptsArticle(path) ? await this.ws.stat(path).catch(() => undefined) : undefined;
    if (!stat || stat.type !== 'file') {
      if (!indexed && !this.problemsByPath.has(path)) return [];
      this.removeArticle(path);
      return [path];
    }
    await this.indexArticle(path, indexed, stat);
    return [path];
  }

  private async indexArticle(path: string, indexed: ArticleState | undefined, stat?: FileStat): Promise<void> {
    let read;
    try {
      read = await this.readText(path, stat);
    } catch (error) {
      this.removeArticle(path);
      this.problemsByPath.set(path, messageOf(error));
      return;
    }
    this.problemsByPath.delete(path);
    const markdown = isMarkdownPath(path);
    if (indexed && indexed.article.hash === read.hash && indexed.article.markdown === markdown) {
      indexed.article = { ...indexed.article, mtimeMs: read.mtimeMs, size: read.size };
      indexed.text = read.text;
      this.cacheDirty = true;
      return;
    }
    const packed = this.reusableAnalysis(read.hash, markdown) ?? packAnalysis(await this.analyseOne(path, read.text), this.strings);
    const state = stateFrom({ hash: read.hash, size: read.size, mtimeMs: read.mtimeMs, markdown }, path, packed, this.strings, read.text);
    const sidecar = sidecarPathFor(path);
    const problems = new Map<string, string>();
    this.identities.delete(path);
    if (this.sidecars.has(sidecar)) await this.annotate(state, sidecar, read.text, problems, this.identities);
    this.problemsByPath.delete(sidecar);
    for (const [p, message] of problems) this.problemsByPath.set(p, message);
    this.replaceState(path, state);
  }

  /**
   * One article, for an update: in this thread (a worker round trip costs more than a usual
   * article's analysis), unless the caller gave its own runner.
   */
  private async analyseOne(path: string, text: string): Promise<ArticleAnalysis> {
    if (this.options.runner) return this.options.runner.analyze({ path, text, lang: this.lang });
    return analyze(text, { lang: this.lang, fileName: path });
  }

  /** An analysis of the same bytes: another copy of the file, or one just deleted (a rename). */
  private reusableAnalysis(hash: string, markdown: boolean): PackedAnalysis | undefined {
    const key = hashKey(hash, markdown);
    const removed = this.recentlyRemoved.get(key);
    if (removed) return removed;
    for (const s of this.state.values()) if (s.article.hash === hash && s.article.markdown === markdown) return s.packed;
    return undefined;
  }

  private async updateSidecar(sidecar: string): Promise<string[]> {
    const path = articlePathForSidecar(sidecar) as string;
    const exists = (await this.ws.stat(sidecar).catch(() => undefined))?.type === 'file';
    if (exists) this.sidecars.add(sidecar);
    else this.sidecars.delete(sidecar);
    const state = this.state.get(path);
    if (!state) return [];
    const fresh: ArticleState = { article: { ...state.article, entities: state.raw.entities, quotes: state.raw.quotes, claims: [], sidecar: undefined }, packed: state.packed, raw: state.raw, text: state.text };
    const problems = new Map<string, string>();
    this.identities.delete(path);
    this.problemsByPath.delete(sidecar);
    if (exists) await this.annotate(fresh, sidecar, await this.heldOrReadText(fresh), problems, this.identities);
    for (const [p, message] of problems) this.problemsByPath.set(p, message);
    this.replaceState(path, fresh);
    return [path];
  }

  /** A .gitignore changed: redo the listing; index what appeared, drop what disappeared. */
  private async relist(): Promise<string[]> {
    const listing = await scanWorkspace(this.ws, this.root, this.options);
    this.filter = listing.filter;
    this.sidecars = listing.sidecars;
    const now = new Set(listing.articles);
    const changed: string[] = [];
    for (const path of [...this.state.keys()]) {
      if (!now.has(path)) {
        this.removeArticle(path);
        changed.push(path);
      }
    }
    for (const path of listing.articles) {
      if (!this.state.has(path)) {
        await this.indexArticle(path, undefined);
        changed.push(path);
      }
    }
    return changed;
  }

  private replaceState(path: string, next: ArticleState): void {
    const before = this.state.get(path);
    for (const claim of before?.article.claims ?? []) this.claimArticles.delete(claim.id);
    this.state.set(path, next);
    for (const claim of next.article.claims) this.claimArticles.set(claim.id, path);
    this.clustering.replaceArticle(path, before?.article.entities ?? [], next.article.entities);
    this.clustering.setCorrections(path, this.identities.get(path));
    this.cacheDirty = true;
  }

  private removeArticle(path: string): void {
    const before = this.state.get(path);
    this.problemsByPath.delete(path);
    if (!before) return;
    for (const claim of before.article.claims) this.claimArticles.delete(claim.id);
    this.state.delete(path);
    // A rename arrives as a deletion then a creation: keep the analysis for the new name.
    this.recentlyRemoved.set(hashKey(before.article.hash, before.article.markdown), before.packed);
    if (this.recentlyRemoved.size > RECENTLY_REMOVED_KEPT) this.recentlyRemoved.delete(this.recentlyRemoved.keys().next().value as string);
    this.identities.delete(path);
    this.clustering.replaceArticle(path, before.article.entities, []);
    this.clustering.setCorrections(path, undefined);
    this.cacheDirty = true;
  }

  // --- cache --------------------------------------------------------------------------------

  private async readCache(): Promise<LoadedCache> {
    const empty = (status: string): LoadedCache => ({ status, writtenAt: 0, entries: new Map(), byHash: new Map(), members: [], strings: [] });
    const cachePath = this.options.cachePath;
    if (cachePath === undefined) return empty('none');
    let bytes: Uint8Array;
    try {
      if (!(await this.ws.stat(cachePath))) return empty('missing');
      bytes = await this.ws.readFile(cachePath);
    } catch (error) {
      return empty(`ignored: ${messageOf(error)}`);
    }
    const result = decodeCache(bytes, this.lang);
    if (!result.ok) return empty(`ignored: ${result.reason}`);
    const entries = new Map(result.content.articles.map((a) => [a.path, a]));
    const byHash = new Map(result.content.articles.map((a) => [hashKey(a.hash, a.markdown), a]));
    const { members, grouping, strings } = result.content;
    return { status: 'used', writtenAt: result.content.writtenAt, entries, byHash, members, grouping, strings: [...strings.values] };
  }

  private async writeCacheIfDirty(): Promise<void> {
    const cachePath = this.options.cachePath;
    if (cachePath === undefined || !this.cacheDirty) return;
    const articles: CachedArticle[] = [...this.state.values()].map(({ article, packed }) => ({
      path: article.path,
      hash: article.hash,
      size: article.size,
      mtimeMs: article.mtimeMs,
      markdown: article.markdown,
      packed,
    }));
    try {
      const content = { lang: this.lang, writtenAt: Date.now(), strings: this.strings, articles, ...this.memberSnapshot() };
      await this.ws.writeFile(cachePath, encodeCache(content));
      this.cacheDirty = false;
      this.problemsByPath.delete(cachePath);
    } catch (error) {
      // The index works without its cache; the next start is only slower.
      this.problemsByPath.set(cachePath, `cache not written: ${messageOf(error)}`);
    }
  }

  /**
   * The member table of the uncorrected analyses (what the cache stores beside them), with its
   * automatic grouping when no sidecar correction shaped the live one.
   */
  private memberSnapshot(): { members: MemberRecord[]; grouping?: CachedGrouping } {
    const corrected = [...this.state].filter(([, s]) => s.corrected);
    const automatic = this.clustering.automaticGrouping();
    if (corrected.length === 0) {
      const table = this.clustering.memberTable;
      const members = table.records();
      if (!automatic) return { members };
      const keys = [...table.keys()]; // in the records' order
      const position = new Map(keys.map((key, i) => [key, i]));
      const grouping = {
        families: keys.map((key) => automatic.families.get(key) ?? null),
        roots: keys.map((key, i) => position.get(automatic.roots.get(key) ?? key) ?? i),
      };
      return { members, grouping };
    }
    const table = MemberTable.fromRecords(this.clustering.memberTable.records());
    for (const [path, s] of corrected) {
      table.count(path, s.article.entities, -1);
      table.count(path, { packed: s.packed.entities, strings: this.strings.values }, +1);
    }
    return { members: table.records() };
  }

  // --- plumbing -----------------------------------------------------------------------------

  /** Runs mutations one after another, in call order. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(paths: string[]): void {
    if (paths.length === 0) return;
    for (const listener of this.listeners) listener({ paths });
  }
}

interface LoadedCache {
  status: string;
  writtenAt: number;
  entries: Map<string, CachedArticle>;
  byHash: Map<string, CachedArticle>;
  /** The member table of exactly `entries`' analyses. */
  members: MemberRecord[];
  /** What their packed analyses refer to. */
  strings: string[];
  grouping?: CachedGrouping;
}

/**
 * The clustering of the articles' uncorrected entities. From a usable cache: its member table,
 * with only the articles that differ from it counted again (changed, added, removed, renamed);
 * else every article counted.
 */
function clusteringFor(states: Map<string, ArticleState>, cache: LoadedCache, unchanged: Set<string>, strings: StringTable): EntityClustering {
  // Counted from the packed numbers: no mention object is built for the clustering.
  const mentions = (s: ArticleState): MentionList => ({ packed: s.packed.entities, strings: strings.values });
  if (cache.status !== 'used') {
    const clustering = new EntityClustering();
    clustering.replaceArticles([...states].map(([path, s]) => ({ path, before: [], after: mentions(s) })));
    return clustering;
  }
  const changes = new Map<string, { path: string; before: MentionList; after: MentionList }>();
  for (const [path, entry] of cache.entries) {
    if (!unchanged.has(path)) changes.set(path, { path, before: { packed: entry.packed.entities, strings: cache.strings }, after: [] });
  }
  for (const [path, s] of states) {
    if (unchanged.has(path)) continue;
    changes.set(path, { path, before: changes.get(path)?.before ?? [], after: mentions(s) });
  }
  // The cache's records are used once, here: the table takes their maps.
  const clustering = new EntityClustering(MemberTable.adoptRecords(cache.members), cache.grouping);
  clustering.replaceArticles([...changes.values()]);
  return clustering;
}

type FileFacts = Pick<CachedArticle, 'hash' | 'size' | 'mtimeMs' | 'markdown'>;

function stateFrom(facts: FileFacts, path: string, packed: PackedAnalysis, strings: StringTable, text: string | undefined): ArticleState {
  const raw = unpackAnalysis(packed, strings.values);
  return { article: articleFrom(facts, path, raw), packed, raw, text };
}

/** Where an article read through keeps its analysis: a property that spreads and comparisons skip. */
const ANALYSIS = Symbol('analysis');

type ReadThroughArticle = IndexedArticle & { [ANALYSIS]: ArticleAnalysis };

/** Getters shared by every article, not closures of each (see unpackAnalysis): one shape for all. */
const READ_THROUGH: PropertyDescriptorMap = {
  entities: {
    get(this: ReadThroughArticle): readonly EntityMention[] {
      return this[ANALYSIS].entities;
    },
    enumerable: true,
  },
  quotes: {
    get(this: ReadThroughArticle): readonly Quotation[] {
      return this[ANALYSIS].quotes;
    },
    enumerable: true,
  },
};

/** The article's mentions and quotes are read through: objects are built on first use. */
function articleFrom(entry: FileFacts, path: string, analysis: ArticleAnalysis): IndexedArticle {
  const article = { path, hash: entry.hash, size: entry.size, mtimeMs: entry.mtimeMs, markdown: entry.markdown, lang: analysis.lang };
  Object.defineProperty(article, ANALYSIS, { value: analysis });
  Object.defineProperties(article, READ_THROUGH);
  return Object.defineProperty(article, 'claims', { value: [], enumerable: true }) as IndexedArticle;
}

function hashKey(hash: string, markdown: boolean): string {
  return `${hash}:${markdown ? 'md' : 'txt'}`;
}

function noop(): void {}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "a/.gitignore: permission denied" -> "a/.gitignore". */
function problemPath(problem: string): string {
  const colon = problem.indexOf(': ');
  return colon === -1 ? problem : problem.slice(0, colon);
}

/** Runs `task` over `items` with at most `limit` at once; the first failure stops the rest. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure !== undefined) throw failure;
}
