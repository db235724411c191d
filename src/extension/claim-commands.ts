// The claim commands: Tag Claim on the selection (palette, editor context menu, keybinding),
// Edit Status, Edit, Open Sources, Delete (with Undo), Show Orphaned Claims, Open Sidecar. Each
// takes optional arguments (for CodeLens and hover links, keybindings, scripts and tests); with
// none it asks through quick picks and input boxes.
import * as vscode from 'vscode';
import { ratingOf } from '../core/claims/ratings';
import type { Claim, ClaimStatus } from '../core/claims/types';
import { clip, oneLine } from '../core/text/spaces';
import { Analyses } from './analyses';
import { askClaimDetails, ClaimDetails, pickStatus } from './claim-prompts';
import { CLAIM_COMMANDS } from './claim-view';
import { ClaimsService } from './claims-service';

/** `{ uri, claimId }` as CodeLenses and hover links pass them. */
interface ClaimRef {
  uri?: string;
  claimId?: string;
}

export function registerClaimCommands(claims: ClaimsService, analyses: Analyses): vscode.Disposable[] {
  const run = <A>(command: string, handler: (args: A) => Promise<unknown>) =>
    vscode.commands.registerCommand(command, async (args: A) => {
      try {
        return await handler(args);
      } catch (error) {
        // The store's messages name the file and say what to do (a conflict, a read-only sidecar).
        void vscode.window.showErrorMessage(`Press Annotator: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });

  return [
    run<Partial<ClaimDetails> & { skipPrompts?: boolean }>(CLAIM_COMMANDS.tag, async (args) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !analyses.isArticle(editor.document) || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage('Press Annotator: select the words of the claim in an article first.');
        return undefined;
      }
      const selection = editor.selection;
      const details = args?.skipPrompts
        ? { status: args.status ?? 'pending', speaker: args.speaker, sources: args.sources ?? [], note: args.note }
        : await askClaimDetails(analyses.analysisOf(editor.document), args);
      if (!details) return undefined;
      const claim = await claims.tag(editor.document, selection, details);
      vscode.window.setStatusBarMessage(`Press Annotator: claim ${claim.id} tagged (${ratingOf(claim.status).label.en})`, 4000);
      return claim;
    }),

    run<ClaimRef & { status?: ClaimStatus }>(CLAIM_COMMANDS.editStatus, async (args) => {
      const { document, claim } = await resolve(claims, args);
      const status = args?.status ?? (await pickStatus(claim.status));
      if (!status) return undefined;
      return claims.update(document, claim.id, (c) => ({ ...c, status }));
    }),

    run<ClaimRef & { details?: ClaimDetails }>(CLAIM_COMMANDS.edit, async (args) => {
      const { document, claim } = await resolve(claims, args);
      const details = args?.details ?? (await askClaimDetails(analyses.analysisOf(document), claim));
      if (!details) return undefined;
      return claims.update(document, claim.id, (c) => withDetails(c, details));
    }),

    run<ClaimRef>(CLAIM_COMMANDS.openSources, async (args) => {
      const { claim } = await resolve(claims, args);
      if (claim.sources.length === 0) {
        void vscode.window.showInformationMessage('Press Annotator: this claim has no sources yet (Edit adds some).');
        return undefined;
      }
      const source = claim.sources.length === 1
        ? claim.sources[0]
        : (await vscode.window.showQuickPick(claim.sources.map((s) => ({ label: s.title ?? s.url, description: s.title ? s.url : undefined, source: s })), { title: 'Open which source?' }))?.source;
      if (source) await vscode.env.openExternal(vscode.Uri.parse(source.url, true));
      return source;
    }),

    run<ClaimRef & { undoable?: boolean }>(CLAIM_COMMANDS.delete, async (args) => {
      const { document, claim } = await resolve(claims, args);
      const removed = await claims.remove(document, claim.id);
      const undo = 'Undo';
      void vscode.window.showInformationMessage(`Press Annotator: claim "${shorten(removed.text)}" deleted.`, undo).then(async (choice) => {
        if (choice === undo) await claims.restore(document, removed);
      });
      return removed;
    }),

    run<ClaimRef>(CLAIM_COMMANDS.showOrphans, async (args) => {
      const document = await documentFor(args);
      const orphans = claims.claimsOf(document).filter((c) => c.state === 'orphaned');
      const picked = await vscode.window.showQuickPick(
        orphans.map((o) => ({ label: o.claim.text, description: ratingOf(o.claim.status).label.en, detail: `Last seen around offset ${o.claim.anchor.start}; kept in the sidecar until you delete it`, claim: o.claim })),
        { title: `${orphans.length} orphaned claim${orphans.length === 1 ? '' : 's'}: the words are no longer in the article`, placeHolder: 'Pick one to delete it or copy its words' },
      );
      if (!picked) return orphans;
      const action = await vscode.window.showQuickPick(['Copy its words', 'Delete it'], { title: shorten(picked.claim.text) });
      if (action === 'Copy its words') await vscode.env.clipboard.writeText(picked.claim.text);
      if (action === 'Delete it') await vscode.commands.executeCommand(CLAIM_COMMANDS.delete, { uri: document.uri.toString(), claimId: picked.claim.id });
      return orphans;
    }),

    run<ClaimRef>(CLAIM_COMMANDS.openSidecar, async (args) => {
      const document = await documentFor(args);
      const file = await claims.sidecar(document.uri);
      if (!file.exists) {
        void vscode.window.showInformationMessage(`Press Annotator: ${claims.sidecarUri(document.uri).path.split('/').pop()} does not exist yet: Tag Claim creates it.`);
        return undefined;
      }
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(claims.sidecarUri(document.uri)), vscode.ViewColumn.Beside);
      return editor.document.uri.toString();
    }),
  ];
}

function withDetails(claim: Claim, details: ClaimDetails): Claim {
  const { speaker, note, ...rest } = claim;
  return { ...rest, status: details.status, sources: details.sources, ...(details.speaker ? { speaker: details.speaker } : {}), ...(details.note ? { note: details.note } : {}) };
}

/** The document named by `args.uri`, else the active one. */
async function documentFor(args: ClaimRef | undefined): Promise<vscode.TextDocument> {
  if (args?.uri) return vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('open an article first');
  return editor.document;
}

/** The claim named by the arguments, else the one under the cursor. */
async function resolve(claims: ClaimsService, args: ClaimRef | undefined): Promise<{ document: vscode.TextDocument; claim: Claim }> {
  const document = await documentFor(args);
  await claims.sidecar(document.uri);
  const anchored = claims.claimsOf(document);
  let found = args?.claimId ? anchored.find((c) => c.claim.id === args.claimId) : undefined;
  if (!found && !args?.claimId) {
    const editor = vscode.window.activeTextEditor;
    const offset = editor && editor.document === document ? document.offsetAt(editor.selection.active) : -1;
    found = anchored.find((c) => c.state !== 'orphaned' && c.start <= offset && offset <= c.end);
  }
  if (!found) throw new Error(args?.claimId ? `claim ${args.claimId} is not in this article's sidecar` : 'put the cursor on a claim first');
  return { document, claim: found.claim };
}

function shorten(text: string): string {
  return clip(oneLine(text), 60);
}
