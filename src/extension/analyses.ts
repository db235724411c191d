// Keeps one up-to-date analysis per open article and tells listeners when it changes.
//
// The recogniser runs on a worker thread (the index's AnalysisRunner with one thread), so a
// re-analysis of a 1 MB article never holds up the extension host.
//
// Debounced and stale-safe, the way Error Lens and Code Spell Checker update on typing: an
// edit only (re)starts a per-document timer; when it fires, the text is sent to the analysis
// worker; an answer is used only if the document still has the version it was computed for,
// otherwise it is dropped and the newest text is analysed instead. Between an edit and the new
// analysis, VS Code itself moves the existing decorations with the text, so nothing flickers.
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/recognise/types';
import type { AnalysisRunner } from '../core/index/analysis-runner';
import { ExcludePatterns } from '../core/index/gitignore';
import { applyEntityCorrections } from '../core/claims/corrections';
import type { EntityCorrection } from '../core/claims/types';
import { isSidecarPath } from '../core/claims/sidecar-path';
import { Settings } from './settings';

export const ARTICLE_LANGUAGES = ['plaintext', 'markdown'] as const;
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ARTICLE_LANGUAGES.map((language) => ({ language }));

/** Delay after the last keystroke before re-analysing. */
export const TYPING_DEBOUNCE_MS = 300;

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  text: string;
  analysis: ArticleAnalysis;
}

/** Why a document is not analysed, shown in the status bar. */
export type Skipped = { reason: string };

export class Analyses implements vscode.Disposable {
  private readonly results = new Map<string, DocumentAnalysis | Skipped>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired when a document's analysis (or its skipped reason) changes. */
  readonly onDidChange = this.changed.event;

  /** The article's entity corrections from its sidecar (not a person, another type, same as…). */
  corrections: (uri: vscode.Uri) => readonly EntityCorrection[] = () => [];

  constructor(private readonly runner: AnalysisRunner, private settings: () => Settings) {}

  /** The analysis of the document's current version, if there is one. */
  current(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const result = this.results.get(document.uri.toString());
    return result && 'analysis' in result && result.version === document.version ? result : undefined;
  }

  /** The latest analysis or skip reason, even if the document has been edited since. */
  latest(uri: vscode.Uri): DocumentAnalysis | Skipped | undefined {
    return this.results.get(uri.toString());
  }

  isArticle(document: vscode.TextDocument): boolean {
    return (ARTICLE_LANGUAGES as readonly string[]).includes(document.languageId) && !isSidecarPath(document.uri.path);
  }

  /** Analyse after `delayMs` (0: as soon as possible); a later call replaces an earlier one. */
  schedule(document: vscode.TextDocument, delayMs = 0): void {
    if (!this.isArticle(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.run(document);
    }, delayMs));
  }

  /** Forget everything and analyse the given documents again (settings changed, re-index). */
  refresh(documents: readonly vscode.TextDocument[]): void {
    this.results.clear();
    for (const d of documents) this.schedule(d);
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
  }

  /** The analysis of the current version, waiting for it up to `timeoutMs`; undefined if skipped or late. */
  async analysisOf(document: vscode.TextDocument, timeoutMs = 10_000): Promise<ArticleAnalysis | undefined> {
    const result = await this.whenCurrent(document, timeoutMs).catch(() => undefined);
    return result && 'analysis' in result ? result.analysis : undefined;
  }

  /** Resolves with the analysis of the document's current version (for commands and tests). */
  async whenCurrent(document: vscode.TextDocument, timeoutMs = 30_000): Promise<DocumentAnalysis | Skipped> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = this.results.get(document.uri.toString());
      if (result && (!('analysis' in result) || result.version === document.version)) return result;
      if (!this.timers.has(document.uri.toString()) && !this.running.has(document.uri.toString())) this.schedule(document);
      if (Date.now() > deadline) throw new Error(`${document.uri.fsPath}: no analysis after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const listener = this.onDidChange(() => { listener.dispose(); clearTimeout(timer); resolve(); });
        const timer = setTimeout(() => { listener.dispose(); resolve(); }, 100);
      });
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.changed.dispose();
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (document.isClosed) return;
    // One analysis per document in flight; a newer version is picked up when it returns.
    if (this.running.has(key)) return;
    const settings = this.settings();
    const version = document.version;
    // The exclusion is decided on the path: an excluded document's text is never copied.
    const excluded = exclusionReason(document, settings);
    if (excluded) return this.skip(document, excluded);
    const text = document.getText();
    const tooLarge = sizeReason(text, settings);
    if (tooLarge) return this.skip(document, tooLarge);
    this.running.add(key);
    try {
      const raw = await this.runner.analyze({ path: document.uri.path, text, lang: settings.language });
      // The user's corrections win over the recogniser, in the editor as in the index and the CLI.
      const analysis = applyEntityCorrections(raw, this.corrections(document.uri), text).analysis;
      if (document.isClosed) return;
      if (document.version !== version) {
        this.schedule(document, TYPING_DEBOUNCE_MS); // stale: the newest text goes next
        return;
      }
      this.results.set(key, { uri: document.uri, version, text, analysis });
      this.changed.fire(document.uri);
    } catch (error) {
      this.skip(document, `analysis failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      this.running.delete(key);
    }
  }

  /** Records why the document has no analysis, for the status bar and the views. */
  private skip(document: vscode.TextDocument, reason: string): void {
    this.results.set(document.uri.toString(), { reason });
    this.changed.fire(document.uri);
  }
}

function exclusionReason(document: vscode.TextDocument, settings: Settings): string | undefined {
  // The index's own matcher (.gitignore syntax, relative to the workspace folder): one rule set
  // decides for the editor and for the index alike.
  const relative = vscode.workspace.asRelativePath(document.uri, false);
  const inWorkspace = !relative.startsWith('/') && !relative.startsWith('..') && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  const pattern = inWorkspace ? matcherOf(settings.exclude).excludingPattern(relative) : undefined;
  return pattern === undefined ? undefined : `excluded by the pressAnnotator.exclude pattern "${pattern}"`;
}

/** Built once per settings: every debounced edit asks, and the list only changes with the configuration. */
const matcherByPatterns = new WeakMap<readonly string[], ExcludePatterns>();
function matcherOf(patterns: readonly string[]): ExcludePatterns {
  let matcher = matcherByPatterns.get(patterns);
  if (!matcher) matcherByPatterns.set(patterns, (matcher = new ExcludePatterns(patterns)));
  return matcher;
}

function sizeReason(text: string, settings: Settings): string | undefined {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most texts are cleared without counting.
  if (text.length * 3 <= settings.maxFileSizeBytes) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > settings.maxFileSizeBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return `too large to analyse (${mb(size)} MB > pressAnnotator.maxFileSizeMB ${mb(settings.maxFileSizeBytes)} MB)`;
  }
  return undefined;
}
