// The cross-reference panel: for an entity or a claim, every article, mention (with its line),
// quotation and claim involving it, grouped by article with counts; a click or Enter on a row
// reveals it in the editor.
//
// Security: a strict Content-Security-Policy with a per-load nonce (no inline code, nothing
// remote: default-src 'none'); the one script and stylesheet are bundled from media/webview/ into
// dist/; the script builds the page with textContent only, so article text (which may contain
// "<script>" or "<img onerror>") is never parsed as HTML. The panel's state (what it shows and
// which row had focus) is kept with the webview's setState, and a WebviewPanelSerializer brings
// it back after a reload.
import * as vscode from 'vscode';
import { randomBytes } from 'crypto';
import { crossReference, CrossReference } from '../core/search/cross-reference';
import { baseName } from '../core/workspace/paths';
import { Analyses } from './analyses';
import { entityAt } from './entity-summary';
import { IndexService } from './index-service';
import { reveal } from './reveal';

export const XREF_VIEW_TYPE = 'pressAnnotator.crossReferences';
export const SHOW_XREF_COMMAND = 'pressAnnotator.showCrossReferences';

/** What the webview renders: the core's cross-reference plus each article's URI and name. */
export interface XrefViewModel {
  xref: CrossReference;
  articles: { path: string; uri: string; name: string }[];
}

/** Messages the webview sends. */
type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'rendered'; summary: RenderedSummary };

/** What the webview reports after rendering (read by tests, which cannot see into the iframe). */
export interface RenderedSummary {
  targetId: string;
  title: string;
  articleHeadings: string[];
  rows: number;
  /** Elements the page holds: a script or img element here would mean article text became HTML. */
  scriptElements: number;
  imgElements: number;
  /** True when "<script>" or "<b>" from an article appears as literal text. */
  markupShownAsText: boolean;
  /** True if a script payload of the test fixture ran. */
  payloadRan: boolean;
}

export class XrefPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targetId: string | undefined;
  private model: XrefViewModel | undefined;
  private rendered: { id: string; resolve: (summary: RenderedSummary) => void }[] = [];
  lastRendered: RenderedSummary | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: IndexService) {}

  /** Opens (or reuses) the panel on an entity cluster id or a claim id. */
  async show(id: string): Promise<XrefViewModel | undefined> {
    const index = await this.service.ready();
    if (!index) {
      void vscode.window.showWarningMessage('Press Annotator: the workspace index is not available (open a folder of articles).');
      return undefined;
    }
    const xref = await crossReference(index, id);
    if (!xref) {
      void vscode.window.showWarningMessage(`Press Annotator: nothing is known about "${id}" in this workspace.`);
      return undefined;
    }
    const model: XrefViewModel = {
      xref,
      articles: xref.articles.map((a) => ({ path: a.path, uri: this.uriOf(a.path), name: baseName(a.path) })),
    };
    const panel = this.ensurePanel();
    this.targetId = id;
    panel.title = `Cross-references: ${xref.target.kind === 'entity' ? xref.target.name : `claim ${xref.target.id}`}`;
    this.lastRendered = undefined;
    this.model = model;
    // Also sent again when the page says it is ready (it may still be loading now).
    await panel.webview.postMessage({ type: 'show', model });
    panel.reveal(undefined, true);
    return model;
  }

  /** Resolves with the next render summary the webview reports for the target `id`. */
  nextRender(id: string): Promise<RenderedSummary> {
    return new Promise((resolve) => this.rendered.push({ id, resolve }));
  }

  /** Restores a panel VS Code kept across a reload (see the serializer). */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    this.adopt(panel);
    const id = typeof state === 'object' && state !== null && typeof (state as { targetId?: unknown }).targetId === 'string' ? (state as { targetId: string }).targetId : undefined;
    if (id) void this.show(id);
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(XREF_VIEW_TYPE, 'Cross-references', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.extensionUri));
    this.adopt(panel);
    return panel;
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message));
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.model = undefined;
    });
  }

  private async onMessage(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      if (this.model) await this.panel?.webview.postMessage({ type: 'show', model: this.model });
    } else if (message.type === 'reveal') {
      await reveal({ uri: message.uri, start: message.start, end: message.end }, vscode.ViewColumn.One);
    } else if (message.type === 'rendered') {
      this.lastRendered = message.summary;
      const waiting = this.rendered.filter((r) => r.id === message.summary.targetId);
      this.rendered = this.rendered.filter((r) => r.id !== message.summary.targetId);
      for (const { resolve } of waiting) resolve(message.summary);
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('webview.css')}">
<title>Cross-references</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="empty">Loading…</p></main>
<script nonce="${nonce}" src="${asset('webview.js')}"></script>
</body>
</html>`;
  }

  private uriOf(path: string): string {
    return this.service.uriOf(path).toString();
  }

  /** The id shown, for the serializer's state and tests. */
  get shownId(): string | undefined {
    return this.panel ? this.targetId : undefined;
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    // Only the bundled assets may be loaded: no workspace file, nothing else of the extension.
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    enableFindWidget: true,
  };
}

/** `{ entityId }` from hovers, `{ claimId }` from claims, a tree node (entity or claim), a plain id, or (none) the entity under the cursor. */
export type XrefArgument = string | { entityId?: string; claimId?: string; cluster?: { id: string }; entry?: { claim: { id: string } } } | undefined;

/** The cluster id of the highlighted entity under the cursor of the active editor. */
export function entityUnderCursor(analyses: Analyses, service: IndexService): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const current = editor && analyses.current(editor.document);
  const mention = current && entityAt(current.analysis, editor.document.offsetAt(editor.selection.active));
  return mention && (service.index?.clusterOf(mention.type, mention.id)?.id ?? mention.id);
}

export function registerXrefPanel(panel: XrefPanel, idUnderCursor: () => string | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SHOW_XREF_COMMAND, async (arg: XrefArgument) => {
      // Tree items pass their node: an entity node carries its cluster.
      const id = typeof arg === 'string' ? arg : arg?.entityId ?? arg?.claimId ?? arg?.cluster?.id ?? arg?.entry?.claim.id ?? idUnderCursor();
      if (!id) {
        void vscode.window.showInformationMessage('Press Annotator: put the cursor on a highlighted entity or a claim, or use "Search Entities".');
        return undefined;
      }
      return panel.show(id);
    }),
    vscode.window.registerWebviewPanelSerializer(XREF_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel, state) {
        panel.restore(webviewPanel, state);
      },
    }),
  ];
}
