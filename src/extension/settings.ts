// The extension's settings (contributes.configuration in package.json), parsed into one typed
// object. Pure: callers pass a getter over `vscode.workspace.getConfiguration('pressAnnotator')`,
// so the parsing and its defaults are unit-tested without VS Code.
import { ENTITY_TYPES, EntityType, Lang } from '../core/recognise/types';

export const SECTION = 'pressAnnotator';

export interface Settings {
  language: Lang | 'auto';
  entityTypes: ReadonlySet<EntityType>;
  highlights: boolean;
  /** Articles above this size (bytes) are not analysed, so a huge log never freezes anything. */
  maxFileSizeBytes: number;
  /** Patterns of files never analysed, in .gitignore syntax relative to the workspace folder (as the index reads them). */
  exclude: string[];
}

export const DEFAULT_MAX_FILE_SIZE_MB = 5;

/** Settings keys, relative to the section, as contributed in package.json. */
export const KEYS = {
  language: 'language',
  entityTypes: 'entityTypes',
  highlights: 'highlights.enabled',
  maxFileSize: 'maxFileSizeMB',
  exclude: 'exclude',
} as const;

/** Unknown or ill-typed values fall back to the defaults rather than breaking the extension. */
export function parseSettings(get: (key: string) => unknown): Settings {
  const language = get(KEYS.language);
  const types = get(KEYS.entityTypes);
  const size = get(KEYS.maxFileSize);
  const exclude = get(KEYS.exclude);
  return {
    language: language === 'fr' || language === 'en' ? language : 'auto',
    entityTypes: new Set(
      Array.isArray(types) ? ENTITY_TYPES.filter((t) => types.includes(t)) : ENTITY_TYPES,
    ),
    highlights: get(KEYS.highlights) !== false,
    maxFileSizeBytes:
      (typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024,
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [],
  };
}
