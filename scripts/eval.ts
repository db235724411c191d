// `npm run eval`: runs the recogniser on every article of the gold corpora and reports how
// close it comes to the hand-made annotations (see src/core/eval/score.ts for the definitions).
// Bundled to out/scripts/eval.js by scripts/build.mjs.

import path from 'node:path';
import { analyze } from '../src/core/recognise/analyze';
import type { ArticleAnalysis } from '../src/core/recognise/types';
import { EVAL_USAGE, parseEvalArgs, DEFAULT_CORPORA, type EvalOptions } from '../src/core/eval/args';
import { loadCorpus, type Corpus, type GoldArticle } from '../src/core/eval/corpus';
import { aggregate, scoreDocument, TARGETS, type DocScore } from '../src/core/eval/score';
import { formatCorpusReport, formatDocErrors } from '../src/core/eval/report';

// The bundle lives in out/scripts/: the repository root is two levels up, wherever npm runs it from.
const GOLD_ROOT = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'gold');

function resolveCorpus(spec: string): Corpus {
  const named = (DEFAULT_CORPORA as readonly string[]).includes(spec);
  const dir = named ? path.join(GOLD_ROOT, spec) : path.resolve(spec);
  return loadCorpus(named ? spec : path.basename(dir), dir);
}

/** A crash on one article is reported and scored as an empty analysis: the eval goes on. */
function analyseArticle(article: GoldArticle, corpus: string, options: EvalOptions): ArticleAnalysis {
  try {
    return analyze(article.text, { fileName: article.file, lang: options.lang });
  } catch (err) {
    console.error(`eval: analyze threw on ${corpus}/${article.file}: ${(err as Error).stack ?? String(err)}`);
    return { lang: options.lang === 'en' ? 'en' : 'fr', entities: [], quotes: [] };
  }
}

interface CorpusRun {
  corpus: Corpus;
  docs: DocScore[];
}

function runCorpus(corpus: Corpus, options: EvalOptions): CorpusRun {
  const docs = corpus.articles.map((article) => scoreDocument(article.gold, analyseArticle(article, corpus.name, options)));
  return { corpus, docs };
}

function printTables(runs: CorpusRun[], verbose: boolean): void {
  for (const { corpus, docs } of runs) {
    console.log(formatCorpusReport(corpus.name, aggregate(docs)));
    if (verbose) {
      docs.forEach((doc, i) => {
        const lines = formatDocErrors(corpus.articles[i].text, doc);
        if (lines.length) console.log(lines.join('\n'));
      });
    }
    console.log('');
  }
}

function printJson(runs: CorpusRun[], verbose: boolean): void {
  const corpora = runs.map(({ corpus, docs }) => ({
    name: corpus.name,
    dir: corpus.dir,
    score: aggregate(docs),
    articles: docs.map((doc) => ({
      file: doc.file,
      score: aggregate([doc]),
      ...(verbose ? { entityErrors: doc.entityErrors, quoteErrors: doc.quoteErrors } : {}),
    })),
  }));
  console.log(JSON.stringify({ targets: TARGETS, corpora }, null, 2));
}

function main(): number {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`eval: ${(err as Error).message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  let corpora: Corpus[];
  try {
    corpora = options.corpora.map(resolveCorpus);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 2;
  }
  const runs = corpora.map((corpus) => runCorpus(corpus, options));
  if (options.json) printJson(runs, options.verbose);
  else printTables(runs, options.verbose);
  return 0;
}

process.exitCode = main();
