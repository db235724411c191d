// "Reveal": opens an article at a span and selects it. Used by tree items, search results and
// the cross-reference panel (which posts the same arguments).
import * as vscode from 'vscode';

export const REVEAL_COMMAND = 'pressAnnotator.reveal';

/** A span in an article, addressed the way the core does: path on the folder's file system. */
export interface RevealTarget {
  /** Article URI (string form, so it survives JSON: command links, webview messages). */
  uri: string;
  start: number;
  end: number;
}

export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, (target: RevealTarget) => reveal(target));
}

export async function reveal(target: RevealTarget, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri, true));
  const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function revealCommand(target: RevealTarget, title = 'Reveal in editor'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [target] };
}
