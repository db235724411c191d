// Reading articles through a Workspace: which files are articles, and reading one with every
// failure turned into an ArticleReadError that names the file and says why.

import { ArticleReadError, DEFAULT_MAX_BYTES, DecodedText, DecodeOptions, decodeArticle, tooLargeError } from '../text/decode';
import { compareCodeUnits, hasExtension, normalisePath } from './paths';
import { FileStat, Workspace } from './workspace';
import { isSidecarPath } from '../claims/sidecar-path';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

/**
 * Stats first, so a missing file, a folder or an oversized file is refused without reading
 * a byte; then reads and decodes (see decodeArticle). Throws only ArticleReadError.
 */
export async function readArticle(ws: Workspace, path: string, options?: DecodeOptions): Promise<DecodedText> {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  await statArticle(ws, path, maxBytes);
  return decodeArticle(await readArticleBytes(ws, path), path, { maxBytes });
}

/** readArticle's first step alone (the index compares the stat with its cache before reading). */
export async function statArticle(ws: Workspace, path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<FileStat> {
  return checkArticleStat(path, await guard(path, () => ws.stat(path)), maxBytes);
}

/** A stat already taken, refused as statArticle refuses it (missing, folder, too large). */
export function checkArticleStat(path: string, stat: FileStat | undefined, maxBytes: number = DEFAULT_MAX_BYTES): FileStat {
  if (!stat) throw new ArticleReadError(path, 'unreadable', 'no such file');
  if (stat.type === 'directory') throw new ArticleReadError(path, 'not-a-file', 'is a folder, not an article file');
  if (stat.size > maxBytes) throw tooLargeError(path, stat.size, maxBytes);
  return stat;
}

/** The article's bytes, a failure as an ArticleReadError (the index hashes them before decoding). */
export function readArticleBytes(ws: Workspace, path: string): Promise<Uint8Array> {
  return guard(path, () => ws.readFile(path));
}

export interface ArticleList {
  /** Normalised paths of the articles found, sorted, each once. */
  articles: string[];
  /** The given paths that do not exist, as given. */
  missing: string[];
}

/**
 * Expands files and folders into the articles they hold: folders are searched recursively
 * for .txt/.md/.markdown files; a file named explicitly is kept whatever its extension (the
 * user asked for it), except a `.press.yaml` sidecar.
 */
export async function listArticles(ws: Workspace, paths: string[]): Promise<ArticleList> {
  const articles = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const path = normalisePath(given);
    const stat = await ws.stat(path);
    if (!stat) {
      missing.push(given);
    } else if (stat.type === 'directory') {
      for (const file of await ws.listFiles(path, { extensions: [...ARTICLE_EXTENSIONS] })) {
        if (isArticlePath(file)) articles.add(file);
      }
    } else if (!isSidecarPath(path)) {
      articles.add(path);
    }
  }
  return { articles: [...articles].sort(compareCodeUnits), missing };
}

/** What a folder search picks up: an article extension (a sidecar's is .yaml). */
export function isArticlePath(path: string): boolean {
  return hasExtension(path, ARTICLE_EXTENSIONS);
}

/** Runs a workspace call; any failure becomes 'unreadable' with the cause's own words. */
async function guard<T>(path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Workspace errors already start with the path: do not say it twice.
    const reason = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
    throw new ArticleReadError(path, 'unreadable', `cannot be read: ${reason}`, { cause: error });
  }
}
