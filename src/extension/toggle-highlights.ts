// "Press Annotator: Toggle Highlights": flips pressAnnotator.highlights.enabled where it is set
// (workspace folder settings when the workspace sets it, else user settings).
import * as vscode from 'vscode';
import { KEYS, SECTION } from './settings';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'pressAnnotator.toggleHighlights';

export function registerToggleHighlights(): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, async () => {
    const config = vscode.workspace.getConfiguration(SECTION);
    const inspected = config.inspect<boolean>(KEYS.highlights);
    const enabled = config.get<boolean>(KEYS.highlights) !== false;
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(KEYS.highlights, !enabled, target);
    return !enabled;
  });
}
