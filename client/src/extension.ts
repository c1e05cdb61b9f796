// The VS Code client: starts the bundled language server (no network) and contributes the
// resolution commands. All resolution knowledge lives in the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerSelectParagraph } from './commands/selectParagraph';
import { registerTreatAsResolution } from './commands/treatAsResolution';
import { registerFirstLineDetection } from './detectFirstLine';
import { UnresInitializationOptions, WorkspaceTrustNotification } from '../../server/src/protocol/lspExt';

export const LANGUAGE_ID = 'un-resolution';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  // The bundle itself: the code cache dist/server.js would load it from is made for the build's
  // Node.js, never VS Code's (see server/src/launch.ts).
  const serverModule = context.asAbsolutePath(path.join('dist', 'server-bundle.js'));
  // Over stdio, as other editors run it: the server reads and writes messages in pieces and sends
  // the outline as the JSON it keeps (server/src/transport.ts). Over Node IPC each message is one
  // string parsed and made whole, and with a 5 MB document open the server peaked at 124-133 MB
  // (wrapped) and 107-108 MB (flattened), against 95-97 MB over stdio.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: 'vscode-remote' },
    ],
    synchronize: { configurationSection: 'unres' },
    // The server reads the workspace catalogue and workspace resolutions only in a trusted workspace.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies UnresInitializationOptions,
  };
  client = new LanguageClient('unres', 'UN Resolutions', serverOptions, clientOptions);
  context.subscriptions.push(registerSelectParagraph(() => client), registerTreatAsResolution(), registerFirstLineDetection(context, LANGUAGE_ID));
  await client.start();
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustNotification, { trusted: true })),
  );
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
