// Shared by the index tests: a few small articles whose entities the recogniser finds reliably,
// a runner that counts what it analyses, and a fake sidecar loader.

import { analyze } from '../../../src/core/recognise/analyze';
import type { ArticleAnalysis } from '../../../src/core/recognise/types';
import type { AnalysisJob, AnalysisRunner } from '../../../src/core/index/analysis-runner';
import type { AnnotationLoader, ArticleAnnotations } from '../../../src/core/index/annotations';
import { packPortable, type PortableAnalysis } from '../../../src/core/index/packed-analysis';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';

export const ARTICLES: Record<string, string> = {
  '/ws/kyiv.txt': 'Le président Volodymyr Zelensky a rencontré Donald Trump à Washington mardi. « Nous voulons la paix », a déclaré Zelensky.',
  '/ws/en/monday.txt': 'Zelenskyy spoke to reporters in Kyiv on Monday. Melania Trump did not travel. "We will hold," Zelenskyy said.',
  '/ws/call.md': "# Appel\n\nVladimir Poutine a appelé Donald Trump. Poutine a parlé de l'Ukraine pendant une heure.",
  '/ws/en/kremlin.txt': 'Putin said nothing. The Kremlin declined to comment.',
};

/** Analyses in this thread and remembers which paths it was asked for. */
export class CountingRunner implements AnalysisRunner {
  readonly threads = 0;
  readonly analysed: string[] = [];

  async analyze(job: AnalysisJob): Promise<ArticleAnalysis> {
    this.analysed.push(job.path);
    return analyze(job.text, { lang: job.lang, fileName: job.path });
  }

  async analyzePacked(job: AnalysisJob): Promise<PortableAnalysis> {
    return packPortable(await this.analyze(job));
  }

  async close(): Promise<void> {}
}

/** The index's content in a comparable form: articles (without times) and clusters. */
export function snapshot(index: WorkspaceIndex): unknown {
  return {
    articles: index.articles().map(({ mtimeMs: _mtime, ...rest }) => rest),
    clusters: index.clusters(),
  };
}

/**
 * A sidecar store in miniature: a sidecar is JSON {claims, sameAs, drop}, where `drop` lists
 * entity ids to remove (standing for the real store's corrections).
 */
export const fakeLoader: AnnotationLoader = async ({ workspace, sidecarPath, analysis, text }): Promise<ArticleAnnotations> => {
  const raw = new TextDecoder().decode(await workspace.readFile(sidecarPath));
  let parsed: { claims?: { id: string; words: string; speaker?: string }[]; sameAs?: [string, string][]; drop?: string[] };
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { analysis, claims: [], identities: { sameAs: [], apart: [] }, problems: [`${sidecarPath}:1:1: not JSON`] };
  }
  const drop = new Set(parsed.drop ?? []);
  return {
    analysis: { ...analysis, entities: analysis.entities.filter((e) => !drop.has(e.id)) },
    claims: (parsed.claims ?? []).map((c) => {
      const start = text.indexOf(c.words);
      return { id: c.id, status: 'pending', text: c.words, speaker: c.speaker, start: Math.max(0, start), end: Math.max(0, start) + c.words.length, state: start === -1 ? 'orphaned' : 'exact' };
    }),
    identities: { sameAs: parsed.sameAs ?? [], apart: [] },
    problems: [],
  };
};
