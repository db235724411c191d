// A small, strict argument parser: every command declares its flags, and anything unknown is a
// usage error (exit 2) rather than silently ignored.

import type { Lang } from '../core/recognise/types';

export class UsageError extends Error {}

export interface FlagSpec {
  /** `string` takes a value; `boolean` does not; `list` may repeat. */
  kind: 'string' | 'boolean' | 'list';
  /** Allowed values, for `string` flags. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | boolean | string[]>;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | boolean | string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const flag = spec[name];
    if (!flag) throw new UsageError(`unknown option --${name}`);
    if (flag.kind === 'boolean') {
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (flag.choices && !flag.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${flag.choices.join(', ')} (got "${value}")`);
    }
    if (flag.kind === 'list') flags.set(name, [...((flags.get(name) as string[] | undefined) ?? []), value]);
    else flags.set(name, value);
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** `--lang fr|en|auto`, as every command that runs the recognisers declares it. */
export const LANG_FLAG: FlagSpec = { kind: 'string', choices: ['fr', 'en', 'auto'] };

/** The `--lang` given, `auto` when none. */
export function langFlag(args: ParsedArgs): Lang | 'auto' {
  return (stringFlag(args, 'lang') ?? 'auto') as Lang | 'auto';
}

export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const v = stringFlag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number (got "${v}")`);
  return n;
}
