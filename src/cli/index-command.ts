// `press-annotator index DIR`: indexes a folder of articles and prints its entity clusters (one
// per real-world entity, across articles) with their types, written forms and counts.

import type { EntityCluster } from '../core/index/clustering';
import { parseArgs, stringFlag } from './args';
import type { CommandContext } from './context';
import { INDEX_FLAGS, INDEX_OPTIONS_HELP, openIndex } from './open-index';
import { clip, formatTable } from './table';

export const INDEX_HELP = `Usage: press-annotator index DIR [options]

Indexes every .txt and .md article below DIR (respecting .gitignore files) and lists the
entities found across them: one cluster per real-world entity, with its type, the name it is
shown by (its most frequent full form), every written form with its count, and its articles.
The analyses are cached, so a second run only re-reads the articles that changed. Progress
goes to stderr when stderr is a terminal.

Options:
  --format table|json   output format (default: table)
${INDEX_OPTIONS_HELP}
  --help                show this help

JSON output: {"clusters":[{"id","type","name","variants":[{"text","count"}],"mentionCount",
"articles":[path...]}]}, most mentioned first.

Exit codes: 0 success, 1 some file could not be read (the others are still indexed), 2 usage error.`;

const FLAGS = {
  ...INDEX_FLAGS,
  format: { kind: 'string', choices: ['table', 'json'] },
  help: { kind: 'boolean' },
} as const;

export async function runIndex(argv: string[], ctx: CommandContext): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.get('help')) {
    ctx.out(INDEX_HELP);
    return 0;
  }
  if (args.positional.length !== 1) {
    ctx.err('index: give one folder\n\n' + INDEX_HELP);
    return 2;
  }
  const dir = args.positional[0];
  const { index, failed } = await openIndex(dir, args, ctx);
  const clusters = index.clusters();
  if (stringFlag(args, 'format') === 'json') {
    ctx.out(JSON.stringify(indexJson(clusters), null, 2));
  } else {
    const stats = index.stats;
    const summary = stats
      ? `${stats.articles} article(s): ${stats.fromCache} from the cache, ${stats.analysed} analysed${stats.threads > 0 ? ` on ${stats.threads} threads` : ''}; ${clusters.length} entities`
      : '';
    ctx.out(clusters.length > 0 ? `${formatClusters(clusters)}\n\n${summary}` : `(no entities)\n\n${summary}`);
  }
  return failed ? 1 : 0;
}

/** The documented JSON contract: exactly these keys, in this order. */
export function indexJson(clusters: readonly EntityCluster[]): unknown {
  return {
    clusters: clusters.map((c) => ({
      id: c.id,
      type: c.type,
      name: c.name,
      variants: c.variants.map((v) => ({ text: v.text, count: v.count })),
      mentionCount: c.mentionCount,
      articles: c.articles,
    })),
  };
}

function formatClusters(clusters: readonly EntityCluster[]): string {
  const rows = clusters.map((c) => [
    c.type,
    clip(c.name, 32),
    c.id,
    c.mentionCount,
    c.articles.length,
    clip(c.variants.map((v) => `${v.text} (${v.count})`).join(', '), 60),
  ]);
  return formatTable(['TYPE', 'NAME', 'ID', 'MENTIONS', 'ARTICLES', 'WRITTEN AS'], rows);
}
