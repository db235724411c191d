// Messages between the extension host and dist/analysis-worker.js.
import type { ArticleAnalysis, Lang } from '../core/recognise/types';

export interface AnalysisRequest {
  id: number;
  text: string;
  fileName: string;
  lang: Lang | 'auto';
}

export type AnalysisResponse = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };
