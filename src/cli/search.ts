// `press-annotator search QUERY [DIR]`: fuzzy search for an entity across the indexed articles,
// tolerant of missing accents and typos ("zelenski", "poutin", "maison blanche").

import { ENTITY_TYPES, type EntityType } from '../core/recognise/types';
import { EntitySearch, EntitySearchResult } from '../core/search/entity-search';
import { numberFlag, parseArgs, stringFlag, UsageError } from './args';
import type { CommandContext } from './context';
import { INDEX_FLAGS, INDEX_OPTIONS_HELP, openIndex } from './open-index';
import { formatTable } from './table';

export const SEARCH_HELP = `Usage: press-annotator search QUERY [DIR] [options]

Finds entities by name in the articles below DIR (default: the current folder), whatever the
accents, case or hyphens, and despite a typo or two. Results are ranked by how well they match,
then by how often the entity is mentioned. Use an id with "press-annotator xref ID DIR".

Options:
  --format table|json   output format (default: table)
  --type TYPE           only entities of this type (PER, ORG, LOC, DATE, EVENT); repeatable
  --limit N             at most N results (default: 20)
${INDEX_OPTIONS_HELP}
  --help                show this help

JSON output: {"results":[{"id","type","name","score"}]}, best first; score is the match quality
from 0 to 1 (1: a written form equals the query), in steps of 0.1.

Exit codes: 0 success (also when nothing matches), 1 some file could not be read, 2 usage error.`;

const FLAGS = {
  ...INDEX_FLAGS,
  format: { kind: 'string', choices: ['table', 'json'] },
  type: { kind: 'list' },
  limit: { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

export async function runSearch(argv: string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.get('help')) {
    ctx.out(SEARCH_HELP);
    return 0;
  }
  if (args.positional.length < 1 || args.positional.length > 2) {
    ctx.err('search: give a query and at most one folder\n\n' + SEARCH_HELP);
    return 2;
  }
  const [query, dir = '.'] = args.positional;
  const types = parseTypes(args.flags.get('type') as string[] | undefined);
  const limit = numberFlag(args, 'limit');
  const { index, failed } = await openIndex(dir, args, ctx);
  const results = new EntitySearch(index.clusters()).search(query, { types, limit: limit === undefined ? undefined : Math.floor(limit) });
  if (stringFlag(args, 'format') === 'json') ctx.out(JSON.stringify(searchJson(results), null, 2));
  else ctx.out(results.length > 0 ? formatResults(results) : `(no entity matches "${query}")`);
  return failed ? 1 : 0;
}

/** The documented JSON contract. */
export function searchJson(results: readonly EntitySearchResult[]): unknown {
  return { results: results.map((r) => ({ id: r.id, type: r.type, name: r.name, score: r.score })) };
}

function parseTypes(given: string[] | undefined): EntityType[] | undefined {
  if (!given) return undefined;
  return given.map((t) => {
    const type = t.toUpperCase() as EntityType;
    if (!ENTITY_TYPES.includes(type)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')} (got "${t}")`);
    return type;
  });
}

function formatResults(results: readonly EntitySearchResult[]): string {
  const rows = results.map((r) => [r.score.toFixed(1), r.type, r.name, r.id, r.mentionCount, r.matched === r.name ? '' : r.matched]);
  return formatTable(['SCORE', 'TYPE', 'NAME', 'ID', 'MENTIONS', 'MATCHED'], rows);
}
