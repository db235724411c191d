// "Press Annotator: Export Annotations": pick what to export (this article or the whole
// workspace), pick a format from the core's EXPORT_FORMATS registry, then a save dialog (a
// folder for formats that write several files, such as brat). The exporters are the core's; this
// file only gathers their input from the index and writes their output through vscode.workspace.fs.
import * as vscode from 'vscode';
import { anchorClaims } from '../core/claims/claims';
import { readSidecar } from '../core/claims/sidecar-store';
import { EXPORT_FORMATS, exportFormat } from '../core/export/formats';
import { targetsOverwritingInputs } from '../core/export/targets';
import type { AnchoredClaim, ExportArticle, ExportFormat, ExportInput } from '../core/export/types';
import type { WorkspaceIndex } from '../core/index/workspace-index';
import { baseName } from '../core/workspace/paths';
import { IndexService } from './index-service';

export const EXPORT_COMMAND = 'pressAnnotator.exportAnnotations';

/**
 * The full claims of an article (the index holds only their summaries: exports need sources,
 * notes, dates), read from its sidecar and found again in the text the export carries.
 */
async function sidecarClaims(service: IndexService, articlePath: string, text: string): Promise<AnchoredClaim[]> {
  const ws = service.workspace;
  return ws ? anchorClaims(text, (await readSidecar(ws, articlePath)).content.claims) : [];
}

/** Arguments for scripts and tests: no UI when all are given. */
export interface ExportArgs {
  format?: string;
  scope?: 'article' | 'workspace';
  /** File URI (document formats) or folder URI (folder formats), as a string. */
  target?: string;
}

export function registerExportCommand(service: IndexService): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_COMMAND, async (args: ExportArgs = {}) => {
    const index = await service.ready();
    if (!index) {
      void vscode.window.showWarningMessage('Press Annotator: open a folder of articles to export its annotations.');
      return undefined;
    }
    const scope = args.scope ?? (await pickScope());
    if (!scope) return undefined;
    const paths = scope === 'article' ? activeArticle(service, index) : index.articles().map((a) => a.path);
    if (!paths || paths.length === 0) {
      void vscode.window.showWarningMessage('Press Annotator: there is no indexed article to export (open one, or pick the whole workspace).');
      return undefined;
    }
    const format = args.format !== undefined ? exportFormat(args.format) : await pickFormat();
    if (!format) {
      if (args.format !== undefined) void vscode.window.showErrorMessage(`Press Annotator: unknown export format "${args.format}".`);
      return undefined;
    }
    const target = args.target !== undefined ? vscode.Uri.parse(args.target, true) : await pickTarget(format, paths);
    if (!target) return undefined;
    const input = await exportInput(service, index, paths);
    const outputs = render(format, input, target);
    // Never write over an article or a sidecar (a brat export into the articles' folder would
    // put its .txt copies there): refuse before writing anything.
    const clashes = targetsOverwritingInputs(outputs.map((o) => o.uri.path), index.articles().map((a) => a.path));
    if (clashes.length > 0) {
      void vscode.window.showErrorMessage(`Press Annotator: nothing exported: it would overwrite ${clashes.map((c) => baseName(c)).join(', ')}. Choose another ${format.target === 'folder' ? 'folder' : 'file'}.`);
      return undefined;
    }
    const written = await write(outputs);
    const open = 'Open';
    void vscode.window.showInformationMessage(`Press Annotator: exported ${paths.length} article${paths.length === 1 ? '' : 's'} as ${format.label} to ${baseName(target.path)}.`, open).then((choice) => {
      if (choice === open && format.target === 'file') void vscode.commands.executeCommand('vscode.open', target);
    });
    return written.map((u) => u.toString());
  });
}

async function pickScope(): Promise<ExportArgs['scope']> {
  const editor = vscode.window.activeTextEditor;
  const items: (vscode.QuickPickItem & { scope: 'article' | 'workspace' })[] = [
    { label: '$(folder) Whole workspace', description: 'every indexed article', scope: 'workspace' },
  ];
  if (editor) items.unshift({ label: '$(file) This article', description: baseName(editor.document.uri.path), scope: 'article' });
  return (await vscode.window.showQuickPick(items, { title: 'Export annotations of…' }))?.scope;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: format.label, description: format.target === 'folder' ? 'several files, into a folder' : `.${format.extension}`, detail: format.description, format })),
    { title: 'Export format', matchOnDetail: true },
  );
  return picked?.format;
}

async function pickTarget(format: ExportFormat, paths: string[]): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format.target === 'folder') {
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export here', title: `Export as ${format.label}` });
    return chosen?.[0];
  }
  const name = paths.length === 1 ? `${baseName(paths[0]).replace(/\.[^.]+$/, '')}.annotations.${format.extension}` : `press-annotations.${format.extension}`;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { [format.label]: [format.extension] },
    saveLabel: 'Export',
    title: `Export as ${format.label}`,
  });
}

function activeArticle(service: IndexService, index: WorkspaceIndex): string[] | undefined {
  const editor = vscode.window.activeTextEditor;
  const path = editor && service.workspace?.pathOf(editor.document.uri);
  return path && index.article(path) ? [path] : undefined;
}

export async function exportInput(service: IndexService, index: WorkspaceIndex, paths: string[]): Promise<ExportInput> {
  const articles: ExportArticle[] = [];
  for (const path of paths) {
    const article = index.article(path);
    if (!article) continue;
    const text = await index.text(path);
    articles.push({
      path: vscode.workspace.asRelativePath(service.uriOf(path), false),
      uri: service.uriOf(path).toString(),
      text,
      analysis: { lang: article.lang, entities: [...article.entities], quotes: [...article.quotes] },
      claims: await sidecarClaims(service, path, text),
    });
  }
  return { articles };
}

/** The files an export makes, with their contents, before anything is written. */
function render(format: ExportFormat, input: ExportInput, target: vscode.Uri): { uri: vscode.Uri; content: string }[] {
  if (format.target === 'file') return [{ uri: target, content: format.render(input) }];
  return format.render(input).map((file) => ({ uri: vscode.Uri.joinPath(target, file.name), content: file.content }));
}

async function write(outputs: { uri: vscode.Uri; content: string }[]): Promise<vscode.Uri[]> {
  const encoder = new TextEncoder();
  for (const { uri, content } of outputs) await vscode.workspace.fs.writeFile(uri, encoder.encode(content));
  return outputs.map((o) => o.uri);
}
