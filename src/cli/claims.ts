// `press-annotator claims add|list|set|remove`: the claims of articles, kept in their sidecars
// (`<article>.press.yaml`), from the command line. Every change goes through the core store:
// re-read before writing, merged or refused when the file changed meanwhile, written
// atomically. Any error exits non-zero with a message that names the file (and line).

import { anchorClaims, findQuote, newClaim, takenIds, timestamp, withRefreshedAnchor } from '../core/claims/claims';
import { CLAIM_STATUSES, type AnchoredClaim, type Claim, type ClaimStatus } from '../core/claims/types';
import { articlePathForSidecar, isSidecarPath } from '../core/claims/sidecar-path';
import { SidecarFile, describeIssues, readSidecar, saveSidecar } from '../core/claims/sidecar-store';
import type { SidecarChange } from '../core/claims/sidecar-edit';
import { resolveAnchor } from '../core/claims/anchoring';
import { LineIndex } from '../core/text/lines';
import { listArticles, readArticle } from '../core/workspace/read-article';
import { compareCodeUnits, normalisePath } from '../core/workspace/paths';
import { FlagSpec, ParsedArgs, UsageError, parseArgs, stringFlag } from './args';
import { defaultAuthor } from './author';
import type { CommandContext } from './context';
import { clip, formatTable } from './table';

const STATUS_LIST = CLAIM_STATUSES.join(', ');

const COMMON_HELP = `  --max-sidecar-bytes N  refuse sidecars larger than N bytes (default: 10 MB)
  --help                 show this help`;

export const CLAIMS_HELP = `Usage: press-annotator claims <add|list|set|remove> ... [options]

Claims are words of an article tagged for fact-checking: what was claimed, who said it, how
true it is, on what sources. They live in a sidecar beside the article (a.md -> a.md.press.yaml).

  claims add FILE (--start N --end N | --quote WORDS) [--status S] [--speaker ID] [--note T]
                  [--source URL]... [--tag T]...        tag words; prints the new id last
  claims list FILE|DIR [--format table|json]             the claims, found again in the text
  claims set ID [--status S] [--note T] [--speaker ID] [--add-source URL]... [--tag T]...
                [--in DIR|FILE]                          change a claim
  claims remove ID [--in DIR|FILE]                       remove a claim (its id is retired)

Statuses: ${STATUS_LIST}.
Run "press-annotator claims <subcommand> --help" for each one's options.

Exit codes: 0 success, 1 an error (message on stderr, nothing written), 2 usage error.`;

export const CLAIMS_ADD_HELP = `Usage: press-annotator claims add FILE (--start N --end N | --quote WORDS) [options]

Tags words of the article FILE as a claim and saves it in FILE's sidecar. The words are given
by offsets (UTF-16 code units, end-exclusive, into the text as VS Code holds it) or by quoting
them exactly (case and punctuation included); a quote found nowhere, or more than once, is an
error that says where. The new claim's id is printed on the last line.

Options:
  --start N --end N      the claimed words' offsets
  --quote WORDS          the claimed words themselves, instead of offsets
  --status S             ${STATUS_LIST} (default: pending)
  --speaker ID           who said it: an entity id (donald-trump) or free text
  --note TEXT            a note
  --source URL           a source; repeatable
  --tag TAG              a tag; repeatable
  --author NAME          who tags (default: git user.name, else the account name)
${COMMON_HELP}`;

export const CLAIMS_LIST_HELP = `Usage: press-annotator claims list FILE|DIR [--format table|json]

Lists the claims of an article, or of every article below a folder, each found again in the
article's current text: state exact (where it was), moved (same words elsewhere), fuzzy
(slightly changed words) or orphaned (not found; shown with its last known offsets). Listing
never rewrites a sidecar.

JSON output: {"claims":[{"id","file","status","text","speaker","sources":[{"url","title"?,
"accessed"?}],"note","tags","anchor":{"start","end","state"}}]}; speaker and note are null when
absent; offsets are UTF-16 code units into the current text.

Options:
  --format table|json    output format (default: table)
${COMMON_HELP}`;

export const CLAIMS_SET_HELP = `Usage: press-annotator claims set ID [options]

Changes the claim ID, looked for in the sidecars below the current folder (or --in). A claim
found moved or fuzzy in the current text is saved at its new place.

Options:
  --status S             ${STATUS_LIST}
  --note TEXT            replace the note ("" removes it)
  --speaker ID           replace the speaker ("" removes it)
  --add-source URL       add a source; repeatable
  --remove-source URL    remove a source; repeatable
  --tag TAG              add a tag; repeatable
  --remove-tag TAG       remove a tag; repeatable
  --in DIR|FILE          where to look for the claim (default: the current folder)
${COMMON_HELP}`;

export const CLAIMS_REMOVE_HELP = `Usage: press-annotator claims remove ID [--in DIR|FILE]

Removes the claim ID from its sidecar. Its id is kept in the sidecar's removed-ids, so it is
never given to another claim.

Options:
  --in DIR|FILE          where to look for the claim (default: the current folder)
${COMMON_HELP}`;

const COMMON_FLAGS = { 'max-sidecar-bytes': { kind: 'string' }, help: { kind: 'boolean' } } as const;

const SUBCOMMANDS: Record<string, { help: string; run(args: ParsedArgs, ctx: CommandContext): Promise<number>; flags: Record<string, FlagSpec> }> = {
  add: {
    help: CLAIMS_ADD_HELP,
    run: runAdd,
    flags: {
      ...COMMON_FLAGS,
      start: { kind: 'string' },
      end: { kind: 'string' },
      quote: { kind: 'string' },
      status: { kind: 'string', choices: CLAIM_STATUSES },
      speaker: { kind: 'string' },
      note: { kind: 'string' },
      source: { kind: 'list' },
      tag: { kind: 'list' },
      author: { kind: 'string' },
    },
  },
  list: { help: CLAIMS_LIST_HELP, run: runList, flags: { ...COMMON_FLAGS, format: { kind: 'string', choices: ['table', 'json'] } } },
  set: {
    help: CLAIMS_SET_HELP,
    run: runSet,
    flags: {
      ...COMMON_FLAGS,
      status: { kind: 'string', choices: CLAIM_STATUSES },
      note: { kind: 'string' },
      speaker: { kind: 'string' },
      'add-source': { kind: 'list' },
      'remove-source': { kind: 'list' },
      tag: { kind: 'list' },
      'remove-tag': { kind: 'list' },
      in: { kind: 'string' },
    },
  },
  remove: { help: CLAIMS_REMOVE_HELP, run: runRemove, flags: { ...COMMON_FLAGS, in: { kind: 'string' } } },
};

/** A failure to report as is (exit 1). */
class ClaimsError extends Error {}

export async function runClaims(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? ctx.out : ctx.err)(CLAIMS_HELP);
    return name ? 0 : 2;
  }
  const sub = SUBCOMMANDS[name];
  if (!sub) throw new UsageError(`unknown subcommand "${name}"; use add, list, set or remove`);
  const args = parseArgs(rest, sub.flags);
  if (args.flags.get('help')) {
    ctx.out(sub.help);
    return 0;
  }
  try {
    return await sub.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${name}: ${error.message}`);
    // File problems, a quote not found, a save refused: said, and nothing was written.
    ctx.err(`press-annotator claims ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function sidecarOptions(args: ParsedArgs): { maxBytes?: number } {
  const value = stringFlag(args, 'max-sidecar-bytes');
  if (value === undefined) return {};
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-sidecar-bytes must be a whole number of bytes (got "${value}")`);
  return { maxBytes: n };
}

/** Reads a sidecar for editing: unreadable or unsafe ones stop here, with every problem said. */
async function sidecarForEditing(ctx: CommandContext, articlePath: string, args: ParsedArgs): Promise<SidecarFile> {
  const file = await readSidecar(ctx.workspace, articlePath, sidecarOptions(args));
  const problems = describeIssues(file);
  if (file.readOnly) throw new ClaimsError(`${file.path}: not changed: ${file.readOnly}\n${problems.join('\n')}`);
  for (const problem of problems) ctx.err(`press-annotator: ${problem}`);
  return file;
}

// ---- add ----

async function runAdd(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('give exactly one article FILE');
  const articlePath = args.positional[0];
  if (isSidecarPath(articlePath)) throw new UsageError(`${articlePath} is a sidecar; give the article it belongs to (${articlePathForSidecar(articlePath)})`);
  const { text } = await readArticle(ctx.workspace, articlePath);
  const span = claimedSpan(args, text);
  const file = await sidecarForEditing(ctx, articlePath, args);
  const claim = newClaim(
    text,
    span.start,
    span.end,
    {
      status: stringFlag(args, 'status') as ClaimStatus | undefined,
      speaker: stringFlag(args, 'speaker'),
      note: stringFlag(args, 'note'),
      sources: ((args.flags.get('source') as string[] | undefined) ?? []).map((url) => ({ url })),
      tags: (args.flags.get('tag') as string[] | undefined) ?? [],
    },
    { takenIds: takenIds(file.content, file.takenIds), author: stringFlag(args, 'author') ?? defaultAuthor(articlePath) },
  );
  const { merged } = await saveSidecar(ctx.workspace, file, [{ kind: 'add-claim', claim }], sidecarOptions(args));
  const line = new LineIndex(text).positionAt(span.start).line + 1;
  if (merged) ctx.err(`press-annotator: note: ${file.path} had changed on disk; the claim was added to its new version`);
  ctx.out(`added claim to ${file.path} (line ${line} of ${articlePath}: "${clip(claim.text, 60)}")`);
  ctx.out(claim.id);
  return 0;
}

function claimedSpan(args: ParsedArgs, text: string): { start: number; end: number } {
  const quote = stringFlag(args, 'quote');
  const startText = stringFlag(args, 'start');
  const endText = stringFlag(args, 'end');
  if (quote !== undefined) {
    if (startText !== undefined || endText !== undefined) throw new UsageError('give either --quote or --start and --end, not both');
    const search = findQuote(text, quote);
    if ('error' in search) throw new ClaimsError(search.error);
    return search.found;
  }
  if (startText === undefined || endText === undefined) throw new UsageError('say which words: --start N --end N, or --quote "exact words"');
  const start = offset(startText, '--start');
  const end = offset(endText, '--end');
  if (end <= start) throw new UsageError(`--end (${end}) must be greater than --start (${start})`);
  if (end > text.length) throw new ClaimsError(`--end ${end} is past the end of the article (${text.length} UTF-16 code units)`);
  return { start, end };
}

function offset(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} must be a whole number, 0 or more (got "${value}")`);
  return n;
}

// ---- list ----

interface Listed {
  file: string;
  text?: string;
  anchored: AnchoredClaim[];
}

async function runList(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('give an article FILE or a folder DIR');
  let failed = false;
  const listed: Listed[] = [];
  for (const articlePath of await articlesWithSidecars(ctx, args.positional, () => (failed = true))) {
    const file = await readSidecar(ctx.workspace, articlePath, sidecarOptions(args));
    if (!file.exists) continue;
    for (const problem of describeIssues(file)) ctx.err(`press-annotator: ${problem}`);
    // Warnings (a sidecar written for another file name) are said; only errors fail the command.
    if (file.issues.some((issue) => issue.severity === 'error')) failed = true;
    let text: string | undefined;
    try {
      text = (await readArticle(ctx.workspace, articlePath)).text;
    } catch (error) {
      failed = true;
      ctx.err(`press-annotator: ${error instanceof Error ? error.message : String(error)} (its claims are listed as orphaned)`);
    }
    const anchored =
      text === undefined
        ? file.content.claims.map((claim) => ({ claim, state: 'orphaned' as const, start: claim.anchor.start, end: claim.anchor.end }))
        : anchorClaims(text, file.content.claims);
    listed.push({ file: articlePath, text, anchored });
  }
  if (stringFlag(args, 'format') === 'json') ctx.out(JSON.stringify(claimsJson(listed), null, 2));
  else ctx.out(claimsTable(listed));
  return failed ? 1 : 0;
}

/** The articles named or below the folders named, plus those whose sidecar is there without them. */
async function articlesWithSidecars(ctx: CommandContext, paths: string[], onError: () => void): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const path = normalisePath(given);
    const stat = await ctx.workspace.stat(path);
    if (!stat) {
      onError();
      ctx.err(`press-annotator: ${given}: no such file or folder`);
      continue;
    }
    if (stat.type === 'file') {
      found.add(articlePathForSidecar(path) ?? path);
      continue;
    }
    for (const article of (await listArticles(ctx.workspace, [path])).articles) found.add(article);
    for (const sidecar of await ctx.workspace.listFiles(path)) {
      const article = articlePathForSidecar(sidecar);
      if (article !== undefined) found.add(article);
    }
  }
  return [...found].sort(compareCodeUnits);
}

export function claimsJson(listed: readonly Listed[]): unknown {
  return {
    claims: listed.flatMap(({ file, anchored }) =>
      anchored.map(({ claim, state, start, end }) => ({
        id: claim.id,
        file,
        status: claim.status,
        text: claim.text,
        speaker: claim.speaker ?? null,
        sources: claim.sources,
        note: claim.note ?? null,
        tags: claim.tags,
        anchor: { start, end, state },
      })),
    ),
  };
}

function claimsTable(listed: readonly Listed[]): string {
  const rows: (string | number)[][] = [];
  for (const { file, text, anchored } of listed) {
    const lines = text === undefined ? undefined : new LineIndex(text);
    for (const { claim, state, start } of anchored) {
      const line = lines && state !== 'orphaned' ? lines.positionAt(start).line + 1 : '—';
      rows.push([file, line, claim.id, claim.status, state, clip(claim.speaker ?? '—', 20), clip(claim.text, 60)]);
    }
  }
  if (rows.length === 0) return '(no claims)';
  const states = rows.reduce((m, r) => m.set(String(r[4]), (m.get(String(r[4])) ?? 0) + 1), new Map<string, number>());
  const summary = [...states].map(([s, n]) => `${n} ${s}`).join(', ');
  return `${formatTable(['FILE', 'LINE', 'ID', 'STATUS', 'STATE', 'SPEAKER', 'TEXT'], rows)}\n\n${rows.length} claim(s): ${summary}`;
}

// ---- set and remove ----

interface Located {
  articlePath: string;
  file: SidecarFile;
  claim: Claim;
}

/** The claim `id` in the sidecars under --in (or the current folder): exactly one, or an error. */
async function locate(ctx: CommandContext, args: ParsedArgs, id: string): Promise<Located> {
  const where = stringFlag(args, 'in') ?? '.';
  const stat = await ctx.workspace.stat(normalisePath(where));
  if (!stat) throw new ClaimsError(`${where}: no such file or folder`);
  const articles =
    stat.type === 'file'
      ? [articlePathForSidecar(normalisePath(where)) ?? normalisePath(where)]
      : (await ctx.workspace.listFiles(normalisePath(where))).map(articlePathForSidecar).filter((a): a is string => a !== undefined);
  const hits: Located[] = [];
  const unreadable: string[] = [];
  for (const articlePath of articles) {
    const file = await readSidecar(ctx.workspace, articlePath, sidecarOptions(args));
    const claim = file.content.claims.find((c) => c.id === id);
    if (claim) hits.push({ articlePath, file, claim });
    else if (file.takenIds.has(id) && !file.content.removedIds.includes(id)) unreadable.push(...describeIssues(file));
    else if (file.readOnly) ctx.err(`press-annotator: note: ${file.path} could not be searched: ${file.readOnly}`);
  }
  if (hits.length > 1) throw new ClaimsError(`claim ${id} is in ${hits.length} sidecars (${hits.map((h) => h.file.path).join(', ')}); give --in FILE`);
  if (hits.length === 0) {
    if (unreadable.length > 0) throw new ClaimsError(`claim ${id} is written in a sidecar but cannot be read:\n${unreadable.join('\n')}`);
    throw new ClaimsError(`no claim ${id} in the sidecars under ${where}${stat.type === 'file' ? '' : ' (give --in DIR or FILE to look elsewhere)'}`);
  }
  const [hit] = hits;
  if (hit.file.readOnly) throw new ClaimsError(`${hit.file.path}: not changed: ${hit.file.readOnly}\n${describeIssues(hit.file).join('\n')}`);
  return hit;
}

async function runSet(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('give exactly one claim ID');
  const edits = ['status', 'note', 'speaker', 'add-source', 'remove-source', 'tag', 'remove-tag'].filter((f) => args.flags.has(f));
  if (edits.length === 0) throw new UsageError('nothing to change: give --status, --note, --speaker, --add-source, --remove-source, --tag or --remove-tag');
  const { articlePath, file, claim } = await locate(ctx, args, args.positional[0]);
  let changed: Claim = { ...claim, updated: timestamp() };
  const status = stringFlag(args, 'status') as ClaimStatus | undefined;
  if (status) changed.status = status;
  changed = withText(changed, 'note', stringFlag(args, 'note'));
  changed = withText(changed, 'speaker', stringFlag(args, 'speaker'));
  const removeSources = new Set((args.flags.get('remove-source') as string[] | undefined) ?? []);
  const addSources = ((args.flags.get('add-source') as string[] | undefined) ?? []).filter((url) => !changed.sources.some((s) => s.url === url));
  changed.sources = [...changed.sources.filter((s) => !removeSources.has(s.url)), ...addSources.map((url) => ({ url }))];
  const removeTags = new Set((args.flags.get('remove-tag') as string[] | undefined) ?? []);
  const addTags = ((args.flags.get('tag') as string[] | undefined) ?? []).filter((t) => !changed.tags.includes(t));
  changed.tags = [...changed.tags.filter((t) => !removeTags.has(t)), ...addTags];
  changed = await reanchored(ctx, articlePath, changed);
  const { merged } = await saveSidecar(ctx.workspace, file, [{ kind: 'update-claim', claim: changed }], sidecarOptions(args));
  if (merged) ctx.err(`press-annotator: note: ${file.path} had changed on disk (other claims); the change was made on its new version`);
  const what = status && status !== claim.status ? `status ${claim.status} -> ${status}` : edits.join(', ');
  ctx.out(`updated claim ${claim.id} in ${file.path}: ${what}`);
  return 0;
}

function withText(claim: Claim, key: 'note' | 'speaker', value: string | undefined): Claim {
  if (value === undefined) return claim;
  const { [key]: _old, ...rest } = claim;
  return value === '' ? (rest as Claim) : { ...claim, [key]: value };
}

/** The claim at its place in the current text (when the article can be read and it moved). */
async function reanchored(ctx: CommandContext, articlePath: string, claim: Claim): Promise<Claim> {
  try {
    const { text } = await readArticle(ctx.workspace, articlePath);
    return withRefreshedAnchor(claim, text, resolveAnchor(text, claim.anchor));
  } catch (error) {
    ctx.err(`press-annotator: note: ${error instanceof Error ? error.message : String(error)}; the claim keeps its stored place`);
    return claim;
  }
}

async function runRemove(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('give exactly one claim ID');
  const { file, claim } = await locate(ctx, args, args.positional[0]);
  const change: SidecarChange = { kind: 'remove-claim', id: claim.id };
  const { merged } = await saveSidecar(ctx.workspace, file, [change], sidecarOptions(args));
  if (merged) ctx.err(`press-annotator: note: ${file.path} had changed on disk (other claims); the claim was removed from its new version`);
  ctx.out(`removed claim ${claim.id} from ${file.path} ("${clip(claim.text, 60)}"); its id is retired`);
  return 0;
}

