// `press-annotator export PATH... --format F [--out FILE|DIR]`: the articles' entities,
// quotations and claims in one of the formats of src/core/export/formats.ts, printed or written.

import nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { anchorClaims } from '../core/claims/claims';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportFormat } from '../core/export/formats';
import { targetsOverwritingInputs } from '../core/export/targets';
import type { ExportArticle, ExportedFile, ExportFormat } from '../core/export/types';
import { joinPath } from '../core/workspace/paths';
import type { Workspace } from '../core/workspace/workspace';
import { analyzePaths } from './analyze';
import { numberFlag, parseArgs, stringFlag, UsageError, LANG_FLAG, langFlag } from './args';
import type { CommandContext } from './context';

export const EXPORT_HELP = `Usage: press-annotator export PATH... --format FORMAT [options]

Exports the entities, quotations and claims of articles. PATH is a .txt or .md file, or a
folder searched recursively; each article's claims come from its sidecar (<article>.press.yaml),
found again in the current text.

Formats:
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(13)} ${f.description}`).join('\n')}

Options:
  --format FORMAT       one of ${EXPORT_FORMAT_IDS.join(', ')} (required)
  --out PATH            write to this file (brat: this folder) instead of printing
  --lang fr|en|auto     language of the articles (default: auto, decided per article)
  --max-bytes N         refuse files larger than N bytes (default: 5 MB)
  --help                show this help

Without --out, brat prints the .ann files only (several are each preceded by "==> NAME <==");
with --out DIR it writes each .ann beside a copy of its text (.txt) and an annotation.conf.
An export never overwrites an article or a sidecar.

Exit codes: 0 success, 1 an article or sidecar could not be read (the rest is exported) or the
output could not be written, 2 usage error.`;

const FLAGS = {
  format: { kind: 'string', choices: EXPORT_FORMAT_IDS },
  out: { kind: 'string' },
  lang: LANG_FLAG,
  'max-bytes': { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

export async function runExport(argv: string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.get('help')) {
    ctx.out(EXPORT_HELP);
    return 0;
  }
  if (args.positional.length === 0) throw new UsageError('give at least one file or folder');
  const formatId = stringFlag(args, 'format');
  if (formatId === undefined) throw new UsageError(`--format is required (one of ${EXPORT_FORMAT_IDS.join(', ')})`);
  const format = exportFormat(formatId) as ExportFormat;
  const out = stringFlag(args, 'out');
  const lang = langFlag(args);

  const { files, failed } = await analyzePaths(ctx.workspace, args.positional, { lang, maxBytes: numberFlag(args, 'max-bytes') }, ctx.err);
  // Nothing readable: write nothing, rather than an empty export over a previous good one.
  if (files.length === 0 && failed) return 1;
  // analyzePaths read each sidecar (for its entity corrections) and reported its problems; an
  // error there (not a warning) means claims may be missing from the export: exit 1.
  const problems = failed || files.some((f) => f.sidecar?.issues.some((issue) => issue.severity === 'error'));
  const articles: ExportArticle[] = files.map(({ path, text, analysis, sidecar }) => ({
    path,
    uri: pathToFileURL(nodePath.resolve(path)).href,
    text,
    analysis,
    claims: sidecar ? anchorClaims(text, sidecar.content.claims) : [],
  }));

  const inputs = articles.map((a) => resolved(a.path));
  if (format.target === 'file') {
    const document = format.render({ articles });
    if (out === undefined) ctx.out(document.replace(/\n$/, ''));
    else await writeDocument(ctx.workspace, out, document, inputs);
  } else {
    const written = format.render({ articles });
    if (out === undefined) ctx.out(printable(written));
    else await writeFolder(ctx.workspace, out, written, inputs);
  }
  return problems ? 1 : 0;
}

async function writeDocument(ws: Workspace, out: string, content: string, inputs: string[]): Promise<void> {
  refuseInputs([out], inputs);
  if ((await ws.stat(out))?.type === 'directory') throw new Error(`${out}: is a folder; give a file name to --out`);
  await ws.writeFile(out, utf8(content));
}

async function writeFolder(ws: Workspace, dir: string, files: ExportedFile[], inputs: string[]): Promise<void> {
  if ((await ws.stat(dir))?.type === 'file') throw new Error(`${dir}: is a file; brat writes several files, give a folder to --out`);
  const targets = files.map((f) => ({ path: joinPath(dir, f.name), content: f.content }));
  // Checked before the first write, so a refused export leaves nothing half-written.
  refuseInputs(targets.map((t) => t.path), inputs);
  for (const t of targets) await ws.writeFile(t.path, utf8(t.content));
}

/** An export must never replace what it reads: the articles and their sidecars. */
function refuseInputs(targets: string[], inputs: string[]): void {
  const [first] = targetsOverwritingInputs(targets.map(resolved), inputs);
  if (first !== undefined) {
    const given = targets.find((t) => resolved(t) === first) ?? first;
    throw new Error(`${given}: is an article or a sidecar being exported; refusing to overwrite it (choose another --out)`);
  }
}

/** The primary files; several are told apart with the "==> NAME <==" headers of head(1). */
function printable(files: ExportedFile[]): string {
  const primary = files.filter((f) => f.primary);
  if (primary.length === 1) return primary[0].content.replace(/\n$/, '');
  return primary.map((f) => `==> ${f.name} <==\n${f.content}`).join('\n').replace(/\n$/, '');
}

function resolved(path: string): string {
  return nodePath.resolve(path);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
