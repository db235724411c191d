// The recognisers' output: what `analyze` returns for one article and what the CLI prints as
// JSON. Offsets are UTF-16 code units (JavaScript string indexes), end-exclusive, into the
// text as VS Code holds it: BOM removed, uniform line endings kept, mixed ones normalised
// (see src/core/text/decode.ts).

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE' | 'EVENT';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'DATE', 'EVENT'];

export type Lang = 'fr' | 'en';

export interface Span {
  start: number;
  end: number;
}

export interface EntityMention extends Span {
  type: EntityType;
  /** The exact text of the span. */
  text: string;
  /** Canonical id shared by every mention of the same real-world entity (`donald-trump`). */
  id: string;
}

/** `direct`: a whole quoted sentence; `partial`: a few quoted words inside the journalist's. */
export type QuoteKind = 'direct' | 'partial';

export interface Speaker {
  /** Canonical id of the speaking entity. */
  id: string;
  /** The words of the article that name the speaker at the attribution ("Donald Trump", "il"). */
  text: string;
  /**
   * Which rule attributed the quote, for hovers and debugging: the incise after or inside the
   * quote, a named source ("selon X"), the subject of the sentence, a continuation, or the same
   * words quoted again where the article says who spoke them (a headline's quote).
   */
  via?: 'incise' | 'inner-incise' | 'source' | 'subject' | 'continuation' | 'echo';
}

export interface Quotation extends Span {
  /** The quoted text, quote marks included. */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
}

export interface ArticleAnalysis {
  lang: Lang;
  entities: EntityMention[];
  quotes: Quotation[];
}

export interface AnalyzeOptions {
  /** `auto` (default) decides per article from its function words. */
  lang?: Lang | 'auto';
  /** `markdown` skips code, link URLs and front matter; `auto` decides from the file name. */
  format?: 'plain' | 'markdown';
}
