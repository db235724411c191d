// Hover on a highlighted entity: type, cluster name, variants, article count, and a command link
// that opens the cross-reference panel.
import * as vscode from 'vscode';
import { Analyses, ARTICLE_SELECTOR } from './analyses';
import { ENTITY_LABEL } from './colors';
import { EntitySummary, entityAt, summariseInArticle } from './entity-summary';
import { SHOW_XREF_COMMAND } from './xref-panel';


/** Cross-article summary of an entity id, from the workspace index when it has one. */
export type EntityLookup = (type: EntitySummary['type'], id: string) => EntitySummary | undefined;

export function registerEntityHovers(analyses: Analyses, lookup: EntityLookup): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(document, position) {
      const current = analyses.current(document);
      if (!current) return undefined;
      const mention = entityAt(current.analysis, document.offsetAt(position));
      if (!mention) return undefined;
      const summary = lookup(mention.type, mention.id) ?? summariseInArticle(current.analysis, mention.id);
      if (!summary) return undefined;
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      return new vscode.Hover(entityHoverMarkdown(summary), range);
    },
  });
}

export function entityHoverMarkdown(summary: EntitySummary): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`$(symbol-${summary.type === 'PER' ? 'person' : 'misc'}) **`);
  md.appendText(summary.name);
  md.appendMarkdown(`** — ${ENTITY_LABEL[summary.type]}\n\n`);
  const variants = summary.variants.slice(0, 8).map((v) => `${v.text} (${v.count})`).join(', ');
  md.appendMarkdown('Variants: ');
  md.appendText(variants + (summary.variants.length > 8 ? `, … ${summary.variants.length - 8} more` : ''));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(summary.articleCount === undefined
    ? 'Mentioned in this article (the workspace index is not built yet)'
    : `Mentioned in ${summary.articleCount} article${summary.articleCount === 1 ? '' : 's'}`);
  const args = encodeURIComponent(JSON.stringify([{ entityId: summary.id }]));
  md.appendMarkdown(`\n\n[Show cross-references](command:${SHOW_XREF_COMMAND}?${args})`);
  // Only this one command may run from the hover's links.
  md.isTrusted = { enabledCommands: [SHOW_XREF_COMMAND] };
  return md;
}
