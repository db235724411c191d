// The questions "Tag Claim" and "Edit Claim" ask: status (quick pick with the verdict scale),
// speaker (the article's people and organisations first, then free text), sources (URLs), note.
// Escape at any step cancels the whole command and nothing is written.
import * as vscode from 'vscode';
import { STATUS_RATINGS } from '../core/claims/ratings';
import type { ClaimSource, ClaimStatus } from '../core/claims/types';
import type { ArticleAnalysis } from '../core/recognise/types';
import { CLAIM_STATUS_COLOR, ENTITY_LABEL } from './colors';
import { speakerNames } from './decoration-plan';
import { parseSourceUrls } from './source-urls';

export interface ClaimDetails {
  status: ClaimStatus;
  /** An entity id of the article, or free text. */
  speaker?: string;
  sources: ClaimSource[];
  note?: string;
}

export async function pickStatus(current?: ClaimStatus): Promise<ClaimStatus | undefined> {
  const items = STATUS_RATINGS.map((r) => ({
    label: r.label.en,
    description: `${r.status}${r.value === null ? '' : ` · ${r.value}/5`}${r.status === current ? ' · current' : ''}`,
    detail: r.description,
    iconPath: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(CLAIM_STATUS_COLOR[r.status])),
    status: r.status,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Claim status', placeHolder: 'How true is it?', matchOnDescription: true, matchOnDetail: true });
  return picked?.status;
}

type SpeakerItem = vscode.QuickPickItem & { speaker?: string; other?: boolean };

/** undefined: cancelled; { speaker: undefined }: no speaker. */
export async function pickSpeaker(analysis: ArticleAnalysis | undefined, current?: string): Promise<{ speaker?: string } | undefined> {
  const items: SpeakerItem[] = [];
  if (analysis) {
    const names = speakerNames(analysis.entities);
    const counts = new Map<string, number>();
    for (const e of analysis.entities) if (names.has(e.id)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    const types = new Map(analysis.entities.map((e) => [e.id, e.type]));
    for (const [id, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      items.push({ label: names.get(id) ?? id, description: `${ENTITY_LABEL[types.get(id) ?? 'PER']} · ${count} mention${count === 1 ? '' : 's'}${id === current ? ' · current' : ''}`, speaker: id });
    }
  }
  items.push({ label: '$(edit) Someone else…', description: 'type a name', other: true });
  items.push({ label: '$(circle-slash) No speaker', description: 'the article itself, or unknown' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Who makes the claim?', placeHolder: 'The article\'s people and organisations first' });
  if (!picked) return undefined;
  if (!picked.other) return { speaker: picked.speaker };
  const typed = await vscode.window.showInputBox({ title: 'Speaker', prompt: 'Name of the person or organisation', value: current && !items.some((i) => i.speaker === current) ? current : '' });
  if (typed === undefined) return undefined;
  return { speaker: typed.trim() || undefined };
}

export async function askSources(current: readonly ClaimSource[] = []): Promise<ClaimSource[] | undefined> {
  const typed = await vscode.window.showInputBox({
    title: 'Sources',
    prompt: 'Web addresses that support or refute the claim, separated by spaces (may be empty)',
    value: current.map((s) => s.url).join(' '),
    validateInput: (value) => {
      const parsed = parseSourceUrls(value);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const parsed = parseSourceUrls(typed);
  if ('error' in parsed) return undefined;
  // Keep titles and access dates of sources that stay.
  return parsed.sources.map((s) => current.find((c) => c.url === s.url) ?? s);
}

export async function askNote(current?: string): Promise<{ note?: string } | undefined> {
  const typed = await vscode.window.showInputBox({ title: 'Note', prompt: 'What you checked, what is missing (optional)', value: current ?? '' });
  if (typed === undefined) return undefined;
  return { note: typed.trim() || undefined };
}

/**
 * All four questions in a row; undefined when any is cancelled. The analysis (for the speaker
 * suggestions) may still be running when the status is asked: it is awaited only then.
 */
export async function askClaimDetails(analysis: Promise<ArticleAnalysis | undefined>, initial?: Partial<ClaimDetails>): Promise<ClaimDetails | undefined> {
  const status = await pickStatus(initial?.status);
  if (!status) return undefined;
  const speaker = await pickSpeaker(await analysis, initial?.speaker);
  if (!speaker) return undefined;
  const sources = await askSources(initial?.sources);
  if (!sources) return undefined;
  const note = await askNote(initial?.note);
  if (!note) return undefined;
  return { status, speaker: speaker.speaker, sources, note: note.note };
}
