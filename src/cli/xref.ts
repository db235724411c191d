// `press-annotator xref ENTITY_ID|CLAIM_ID [DIR]`: everything the articles say about one entity
// or one claim, grouped by article, as a table, JSON or a Markdown report.

import type { CrossReference, XrefArticle, XrefTarget } from '../core/search/cross-reference';
import { crossReference } from '../core/search/cross-reference';
import { EntitySearch, EntitySearchResult } from '../core/search/entity-search';
import { parseArgs, stringFlag } from './args';
import type { CommandContext } from './context';
import { INDEX_FLAGS, INDEX_OPTIONS_HELP, openIndex } from './open-index';
import { clip } from './table';
import { escapeInline } from '../core/export/markdown';

export const XREF_HELP = `Usage: press-annotator xref ENTITY_ID|CLAIM_ID [DIR] [options]

Cross-references one entity (by the id "index" or "search" shows, or any per-article id) or one
claim (by its id) across the articles below DIR (default: the current folder): every article,
every mention with a line of context, every quotation the entity speaks or is named in, every
claim it makes or is named in; for a claim, every place its words recur. Grouped by article,
with counts.

Options:
  --format table|json|md  output format (default: table)
${INDEX_OPTIONS_HELP}
  --help                  show this help

JSON output: {"target":{"kind":"entity","id","type","name","variants","mentionCount",
"articleCount"} or {"kind":"claim","id","path","status","text","speaker","speakerEntity",
"start","end","state"}, "articles":[{"path","mentions":[{"start","end","context"}],
"quotes":[{"start","end","text","kind","speaker","role"}],"claims":[{"id","status","text",
"speaker","start","end","state","role"}],"counts":{"mentions","quotes","claims"}}],
"counts":{"articles","mentions","quotes","claims"}}. role is "speaker" or "mentioned".

Exit codes: 0 success, 1 unknown id or some file could not be read, 2 usage error.`;

const FLAGS = {
  ...INDEX_FLAGS,
  format: { kind: 'string', choices: ['table', 'json', 'md'] },
  help: { kind: 'boolean' },
} as const;

export async function runXref(argv: string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.get('help')) {
    ctx.out(XREF_HELP);
    return 0;
  }
  if (args.positional.length < 1 || args.positional.length > 2) {
    ctx.err('xref: give an entity or claim id and at most one folder\n\n' + XREF_HELP);
    return 2;
  }
  const [id, dir = '.'] = args.positional;
  const { index, failed } = await openIndex(dir, args, ctx);
  const xref = await crossReference(index, id);
  if (!xref) {
    const suggestions = suggest(new EntitySearch(index.clusters()), id);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `${s.id} (${s.name})`).join(', ')}?` : '';
    ctx.err(`press-annotator xref: no entity or claim "${id}" in ${dir}${hint}`);
    return 1;
  }
  const format = stringFlag(args, 'format') ?? 'table';
  if (format === 'json') ctx.out(JSON.stringify(xrefJson(xref), null, 2));
  else if (format === 'md') ctx.out(xrefMarkdown(xref));
  else ctx.out(xrefTable(xref));
  return failed ? 1 : 0;
}

/** Entities named like the unknown id, by the whole id and by each of its words (in any order). */
function suggest(search: EntitySearch, id: string): EntitySearchResult[] {
  const words = id.split(/[-_\s]+/).filter((w) => w.length >= 3);
  const tally = new Map<string, { result: EntitySearchResult; hits: number }>();
  for (const query of [words.join(' '), ...words]) {
    for (const result of search.search(query, { limit: 3 })) {
      const known = tally.get(result.id);
      if (known) known.hits++;
      else tally.set(result.id, { result, hits: 1 });
    }
  }
  return [...tally.values()].sort((a, b) => b.hits - a.hits || b.result.score - a.result.score).slice(0, 3).map((t) => t.result);
}

/** The documented JSON contract: line numbers are left to the table and Markdown outputs. */
export function xrefJson(xref: CrossReference): unknown {
  return {
    target: xref.target,
    articles: xref.articles.map((a) => ({
      path: a.path,
      mentions: a.mentions.map(({ start, end, context }) => ({ start, end, context })),
      quotes: a.quotes.map(({ start, end, text, kind, speaker, role }) => ({ start, end, text, kind, speaker: speaker ? { id: speaker.id, text: speaker.text } : null, role })),
      claims: a.claims.map(({ id, status, text, speaker, start, end, state, role }) => ({ id, status, text, speaker, start, end, state, role })),
      counts: a.counts,
    })),
    counts: xref.counts,
  };
}

function describeTarget(target: XrefTarget): string {
  if (target.kind === 'entity') {
    const forms = target.variants.map((v) => `${v.text} (${v.count})`).join(', ');
    return `${target.name} [${target.type}, ${target.id}]: ${target.mentionCount} mentions in ${target.articleCount} article(s); written ${forms}`;
  }
  const speaker = target.speaker ? `, said by ${target.speakerEntity ?? target.speaker}` : '';
  return `claim ${target.id} [${target.status}${speaker}] in ${target.path}: "${target.text}" (${target.state})`;
}

function totals(xref: CrossReference): string {
  const c = xref.counts;
  return `${c.articles} article(s): ${c.mentions} mention(s), ${c.quotes} quote(s), ${c.claims} claim(s)`;
}

function articleTotals(a: XrefArticle): string {
  return `${a.counts.mentions} mention(s), ${a.counts.quotes} quote(s), ${a.counts.claims} claim(s)`;
}

/** One block per article; lines are 1-based, as editors show them. */
function xrefTable(xref: CrossReference): string {
  const blocks = xref.articles.map((a) => {
    const rows = [
      ...a.mentions.map((m) => ({ line: m.line, text: `mention   ${m.context}` })),
      ...a.quotes.map((q) => ({ line: q.line, text: `quote     ${q.role === 'speaker' ? 'says' : 'named in'}: ${clip(q.text, 90)}` })),
      ...a.claims.map((c) => ({ line: c.line, text: `claim     ${c.id} [${c.status}] ${c.role === 'speaker' ? 'says' : 'named in'}: ${clip(c.text, 80)}` })),
    ].sort((x, y) => x.line - y.line);
    return [`${a.path}  (${articleTotals(a)})`, ...rows.map((r) => `  ${String(r.line + 1).padStart(5)}  ${r.text}`)].join('\n');
  });
  return [describeTarget(xref.target), '', ...blocks.flatMap((b) => [b, '']), totals(xref)].join('\n');
}

function xrefMarkdown(xref: CrossReference): string {
  const lines = [`# ${xref.target.kind === 'entity' ? xref.target.name : `Claim ${xref.target.id}`}`, '', describeTarget(xref.target), '', totals(xref), ''];
  for (const a of xref.articles) {
    lines.push(`## ${a.path}`, '', articleTotals(a), '');
    for (const m of a.mentions) lines.push(`- line ${m.line + 1}: ${escapeInline(m.context)}`);
    for (const q of a.quotes) lines.push(`- line ${q.line + 1}, quote (${q.role === 'speaker' ? 'speaks' : 'named in it'}): ${escapeInline(q.text)}`);
    for (const c of a.claims) lines.push(`- line ${c.line + 1}, claim \`${c.id}\` (${c.status}, ${c.role === 'speaker' ? 'speaks' : 'named in it'}): ${escapeInline(c.text)}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
