// `press-annotator analyze PATH...`: runs the recognisers on articles and prints their
// entities, quotations and speakers as a table or as the JSON contract of the README.

import { applyEntityCorrections } from '../core/claims/corrections';
import { SidecarFile, describeIssues, readSidecar } from '../core/claims/sidecar-store';
import { analyze } from '../core/recognise/analyze';
import { longestMentions } from '../core/export/common';
import { analysisJson } from '../core/export/json';
import type { ArticleAnalysis, Lang } from '../core/recognise/types';
import { LineIndex } from '../core/text/lines';
import { listArticles, readArticle } from '../core/workspace/read-article';
import type { Workspace } from '../core/workspace/workspace';
import { parseArgs, stringFlag, numberFlag, LANG_FLAG, langFlag } from './args';
import { formatTable, clip } from './table';
import type { CommandContext } from './context';

export const ANALYZE_HELP = `Usage: press-annotator analyze PATH... [options]

Finds named entities (people, organisations, places, dates, events), quotations and their
speakers in press articles. PATH is a .txt or .md file, or a folder searched recursively.

Options:
  --lang fr|en|auto     language of the articles (default: auto, decided per article)
  --format table|json   output format (default: table)
  --max-bytes N         refuse files larger than N bytes (default: 5 MB)
  --help                show this help

JSON output: {"version":1,"files":[{"path","lang","entities":[{"start","end","type","text","id"}],
"quotes":[{"start","end","text","kind","speaker":{"id","text"}|null}]}]}
Offsets are UTF-16 code units, end-exclusive, into the text as VS Code holds it: BOM
removed, mixed line endings normalised to the majority one (uniform files are unchanged).

Exit codes: 0 success, 1 some file could not be read (the others are still analysed), 2 usage error.`;

const FLAGS = {
  lang: LANG_FLAG,
  format: { kind: 'string', choices: ['table', 'json'] },
  'max-bytes': { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

export interface AnalyzedFile {
  path: string;
  text: string;
  analysis: ArticleAnalysis;
  /** The article's sidecar as read for its corrections (export takes its claims from it). */
  sidecar?: SidecarFile;
}

export async function runAnalyze(argv: string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.get('help')) {
    ctx.out(ANALYZE_HELP);
    return 0;
  }
  if (args.positional.length === 0) {
    ctx.err('analyze: give at least one file or folder\n\n' + ANALYZE_HELP);
    return 2;
  }
  const lang = langFlag(args);
  const maxBytes = numberFlag(args, 'max-bytes');
  const { files, failed } = await analyzePaths(ctx.workspace, args.positional, { lang, maxBytes }, ctx.err);
  if (stringFlag(args, 'format') === 'json') ctx.out(JSON.stringify(toJson(files), null, 2));
  else ctx.out(formatReport(files));
  return failed ? 1 : 0;
}

/** Reads and analyses every article under `paths`; unreadable files are reported, not fatal. */
export async function analyzePaths(
  workspace: Workspace,
  paths: string[],
  options: { lang: Lang | 'auto'; maxBytes?: number },
  report: (message: string) => void,
): Promise<{ files: AnalyzedFile[]; failed: boolean }> {
  const { articles, missing } = await listArticles(workspace, paths);
  let failed = missing.length > 0;
  for (const m of missing) report(`press-annotator: ${m}: no such file or folder`);
  const files: AnalyzedFile[] = [];
  for (const path of articles) {
    try {
      const { text } = await readArticle(workspace, path, { maxBytes: options.maxBytes });
      const { analysis, sidecar } = await withSidecarCorrections(workspace, path, text, analyze(text, { lang: options.lang, fileName: path }), report);
      files.push({ path, text, analysis, sidecar });
    } catch (error) {
      failed = true;
      report(`press-annotator: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { files, failed };
}

/**
 * The analysis corrected by the entity corrections of the article's sidecar, when it has one.
 * Sidecar problems are reported; whatever corrections could be read still apply.
 */
async function withSidecarCorrections(
  workspace: Workspace,
  path: string,
  text: string,
  analysis: ArticleAnalysis,
  report: (message: string) => void,
): Promise<{ analysis: ArticleAnalysis; sidecar: SidecarFile }> {
  const sidecar = await readSidecar(workspace, path);
  for (const problem of describeIssues(sidecar)) report(`press-annotator: ${problem}`);
  if (sidecar.content.entities.length === 0) return { analysis, sidecar };
  const corrected = applyEntityCorrections(analysis, sidecar.content.entities, text);
  for (const u of corrected.unapplied) report(`press-annotator: ${sidecar.path}: entity correction ${u.id} not applied: ${u.reason}`);
  return { analysis: corrected.analysis, sidecar };
}

export function toJson(files: AnalyzedFile[]): unknown {
  return { version: 1, files: files.map(({ path, analysis }) => ({ path, ...analysisJson(analysis) })) };
}

/** One block per article: its entities grouped by id, then its quotes with line and speaker. */
export function formatReport(files: AnalyzedFile[]): string {
  const blocks = files.map(({ path, text, analysis }) => {
    const lines = new LineIndex(text);
    const title = `${path}  [${analysis.lang}]  ${analysis.entities.length} entity mentions, ${analysis.quotes.length} quotes`;
    const entityRows = groupEntities(analysis).map((g) => [g.type, clip(g.name, 32), g.id, g.count]);
    const quoteRows = analysis.quotes.map((q) => [
      lines.positionAt(q.start).line + 1,
      q.kind,
      q.speaker ? clip(longestMentions(analysis).get(q.speaker.id)?.text ?? q.speaker.text, 24) : '—',
      clip(q.text, 70),
    ]);
    return [
      title,
      '',
      entityRows.length ? formatTable(['TYPE', 'NAME', 'ID', 'MENTIONS'], entityRows) : '(no entities)',
      '',
      quoteRows.length ? formatTable(['LINE', 'KIND', 'SPEAKER', 'QUOTE'], quoteRows) : '(no quotes)',
    ].join('\n');
  });
  const totals = files.reduce(
    (t, f) => ({ entities: t.entities + f.analysis.entities.length, quotes: t.quotes + f.analysis.quotes.length }),
    { entities: 0, quotes: 0 },
  );
  blocks.push(`${files.length} article(s): ${totals.entities} entity mentions, ${totals.quotes} quotes`);
  return blocks.join('\n\n');
}

interface EntityGroup {
  type: string;
  id: string;
  name: string;
  count: number;
}

/** Mentions grouped by id; the name shown is the longest surface (the full name). */
function groupEntities(analysis: ArticleAnalysis): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const e of analysis.entities) {
    const key = `${e.type}\u0000${e.id}`;
    const g = groups.get(key) ?? { type: e.type, id: e.id, name: e.text, count: 0 };
    g.count++;
    if (e.text.length > g.name.length) g.name = e.text;
    groups.set(key, g);
  }
  const order = ['PER', 'ORG', 'LOC', 'EVENT', 'DATE'];
  return [...groups.values()].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.count - a.count || a.name.localeCompare(b.name));
}

