// Command-line options of `npm run eval` (scripts/eval.ts), parsed apart so they can be tested.

// holdout: two French and two English articles written blind, never read by whoever tunes the
// recogniser (see test/fixtures/gold/holdout/holdout-spec.mjs); listed last so it reads as the
// out-of-sample line under the corpora the recogniser was developed on.
export const DEFAULT_CORPORA = ['seeds', 'fr', 'en', 'holdout'] as const;

export interface EvalOptions {
  /** Named corpora (seeds, fr, en, holdout: folders of test/fixtures/gold/) or folder paths. */
  corpora: string[];
  /** Language handed to analyze; `auto` lets it decide per article. */
  lang: 'fr' | 'en' | 'auto';
  verbose: boolean;
  json: boolean;
  help: boolean;
}

export const EVAL_USAGE = `Usage: npm run eval -- [options]
Scores the recogniser against hand-made gold annotations and prints one table per corpus.

  --corpus NAME|DIR   seeds, fr, en, holdout (folders of test/fixtures/gold/) or a folder
                      of <name>.txt + <name>.gold.json; repeatable
                      (default: seeds, fr, en, holdout)
  --lang fr|en|auto   language given to analyze (default auto: detected per article)
  --verbose           list every missed, spurious or misplaced entity, quote and speaker
  --json              print the numbers as JSON instead of tables
  --help              this text

Exit code 0 whatever the scores: the eval reports, it does not judge. 2 on bad options or
an unreadable corpus.`;

/** Parses argv (without node and the script); throws an Error with a readable message on misuse. */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = { corpora: [], lang: 'auto', verbose: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--corpus':
        options.corpora.push(value());
        break;
      case '--lang': {
        const lang = value();
        if (lang !== 'fr' && lang !== 'en' && lang !== 'auto') throw new Error(`--lang takes fr, en or auto, not ${lang}`);
        options.lang = lang;
        break;
      }
      case '--verbose':
      case '-v':
        options.verbose = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.corpora.length === 0) options.corpora = [...DEFAULT_CORPORA];
  return options;
}
