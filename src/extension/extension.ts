// Entry point of the VS Code extension. activate() only wires features; each feature lives in
// its own file in this folder and registers its disposables in context.subscriptions.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
