// "Resolution: Treat this file as a resolution": switch the active editor's language.
import * as vscode from 'vscode';

export function registerTreatAsResolution(): vscode.Disposable {
  return vscode.commands.registerCommand('unres.treatAsResolution', async (uri?: vscode.Uri) => {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showWarningMessage('Open a file first, then run "Treat this file as a resolution".');
      return undefined;
    }
    return vscode.languages.setTextDocumentLanguage(doc, 'un-resolution');
  });
}
