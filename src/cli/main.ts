// press-annotator: the headless CLI over the core. Each command lives in its own file in this
// folder; this one only dispatches and turns errors into exit codes (0 ok, 1 failure, 2 usage).

import { UsageError } from './args';
import { runAnalyze } from './analyze';
import { runExport } from './export';
import { runClaims } from './claims';
import { runIndex } from './index-command';
import { runSearch } from './search';
import { runXref } from './xref';
import type { CommandContext } from './context';

const COMMANDS: Record<string, { run(argv: string[], ctx: CommandContext): Promise<number>; summary: string }> = {
  analyze: { run: runAnalyze, summary: 'find entities, quotations and speakers in articles' },
  claims: { run: runClaims, summary: 'tag, list, change and remove the claims of articles (sidecar YAML)' },
  index: { run: runIndex, summary: 'index a folder: entities clustered across its articles' },
  search: { run: runSearch, summary: 'find an entity by name, despite accents and typos' },
  xref: { run: runXref, summary: 'everything the articles say about an entity or a claim' },
  export: { run: runExport, summary: 'entities, quotations and claims as JSON, CSV, a report, JSON-LD or brat' },
};

const HELP = `Usage: press-annotator <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "press-annotator <command> --help" for a command's options.`;

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.err(`press-annotator: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`press-annotator ${name}: ${error.message}`);
      return 2;
    }
    ctx.err(`press-annotator ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
