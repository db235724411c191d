// What every exporter reads and what it returns. Exporters are pure functions of an
// ExportInput: the CLI builds one from files on disk, the VS Code extension from its open
// documents; neither kind of concern leaks in here.

import type { AnchoredClaim } from '../claims/types';
import type { ArticleAnalysis } from '../recognise/types';

/**
 * A claim as found again in the article's current text (the claim store's type). Exporters
 * ignore the offsets of an orphaned claim: they are its last known ones and point at no words
 * of the current text.
 */
export type { AnchoredClaim };

export interface ExportArticle {
  /** The article's path as the user gave or sees it; shown in reports and CSV. */
  path: string;
  /**
   * The article's URI, for the linked-data formats (`file:///…`, or whatever URI the editor
   * holds). When absent, one is derived from `path` (see articleUri).
   */
  uri?: string;
  /** The text the offsets refer to, as VS Code holds it (see src/core/text/decode.ts). */
  text: string;
  analysis: ArticleAnalysis;
  claims: AnchoredClaim[];
}

export interface ExportInput {
  articles: ExportArticle[];
}

/** One file of a multi-file export, named relative to the folder it is written to. */
export interface ExportedFile {
  name: string;
  content: string;
  /**
   * True for the files that carry the export (brat's .ann), false for companions written
   * beside them (the copy of the text brat reads, its configuration). Printing an export to a
   * terminal shows only the primary files.
   */
  primary: boolean;
}

export type ExportFormatId = 'json' | 'csv' | 'md' | 'html' | 'webannotation' | 'claimreview' | 'brat';

interface ExportFormatBase {
  id: ExportFormatId;
  /** Shown in the editor's format picker. */
  label: string;
  /** Without the dot; the default extension of a saved file (or of the primary files). */
  extension: string;
  mediaType: string;
  description: string;
}

/** Everything in one document: one save dialog, one `--out FILE`. */
export interface DocumentFormat extends ExportFormatBase {
  target: 'file';
  render(input: ExportInput): string;
}

/** Several files written into a folder (brat wants a .txt beside each .ann). */
export interface FolderFormat extends ExportFormatBase {
  target: 'folder';
  render(input: ExportInput): ExportedFile[];
}

export type ExportFormat = DocumentFormat | FolderFormat;
