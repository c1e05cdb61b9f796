// "Resolution: Select Paragraph…": ask the server for the range of a paragraph address and select
// and reveal it. Takes the address as an argument too, for keybindings and tests.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ParagraphSummaryRequest, SelectParagraphRequest, SelectParagraphResult } from '../../../server/src/protocol/lspExt';
import { parseParagraphQuery } from '../../../server/src/parser/query';

export function registerSelectParagraph(getClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('unres.selectParagraph', async (arg?: unknown): Promise<SelectParagraphResult | null | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || editor.document.languageId !== 'un-resolution' || !client) {
      void vscode.window.showWarningMessage('Select Paragraph works in a resolution editor (run "Resolution: Treat this file as a resolution" first).');
      return undefined;
    }
    const textDocument = client.code2ProtocolConverter.asTextDocumentIdentifier(editor.document);
    let paragraph = typeof arg === 'string' ? arg : undefined;
    if (paragraph === undefined) {
      const summary = await client.sendRequest(ParagraphSummaryRequest, { textDocument });
      paragraph = await vscode.window.showInputBox({
        title: 'Select Paragraph',
        prompt: `Paragraph to select: ${summary?.summary ?? ''}`,
        placeHolder: 'e.g. 3, OP3, PP2, 3(a)(ii), annex 5',
        validateInput: (value) =>
          value.trim() === '' || parseParagraphQuery(value)
            ? undefined
            : 'Type a paragraph address: 3 (operative), PP3 (preambular), 3(a)(ii), annex 5, annex II 5',
      });
      if (paragraph === undefined || paragraph.trim() === '') return undefined;
    }
    const result = await client.sendRequest(SelectParagraphRequest, { textDocument, paragraph });
    if (!result) {
      const summary = await client.sendRequest(ParagraphSummaryRequest, { textDocument });
      void vscode.window.showInformationMessage(`No paragraph "${paragraph}" in this resolution (it has ${summary?.summary ?? 'no recognised paragraphs'}).`);
      return null;
    }
    const range = client.protocol2CodeConverter.asRange(result.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return result;
  });
}
