// A `.txt` that starts like a resolution opens as one. VS Code consults a language's `firstLine`
// pattern only for files whose extension no language claims, and the built-in Plain Text language
// claims `.txt`, so the pattern in package.json never fires for `S_2018_221-EN.txt` on its own.
// This applies the same pattern (read from the manifest: one source of truth) to Plain Text
// documents as they open. A document switched once is not switched again in this session, so a
// user who picks "Plain Text" for it keeps that choice.
import * as vscode from 'vscode';

export function firstLinePattern(extension: vscode.Extension<unknown>, languageId: string): RegExp | undefined {
  const langs: { id?: string; firstLine?: string }[] = extension.packageJSON?.contributes?.languages ?? [];
  const src = langs.find((l) => l.id === languageId)?.firstLine;
  if (!src) return undefined;
  try {
    return new RegExp(src.startsWith('^') ? src : `^${src}`);
  } catch {
    return undefined;
  }
}

export function registerFirstLineDetection(context: vscode.ExtensionContext, languageId: string): vscode.Disposable {
  const pattern = firstLinePattern(context.extension, languageId);
  if (!pattern) return new vscode.Disposable(() => undefined);
  const switched = new Set<string>();
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || doc.lineCount === 0) return;
    const key = doc.uri.toString();
    if (switched.has(key)) return;
    if (!pattern.test(doc.lineAt(0).text)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(doc, languageId).then(undefined, () => undefined);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    // An untitled document starts empty: look again once its first line has been typed or pasted.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.isUntitled && e.contentChanges.some((c) => c.range.start.line === 0)) check(e.document);
    }),
  );
}
