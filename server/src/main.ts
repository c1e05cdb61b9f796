#!/usr/bin/env node
// Entry of the language server's bundle (dist/server-bundle.js): run by `unres-language-server`
// (dist/server.js, launch.ts) from its code cache, or started directly by VS Code.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, SERVER_VERSION, startServer } from './server';
import { guardedStdin, routeConsole } from './stdio';
import { PieceMessageReader, PieceMessageWriter } from './transport';
import { LARGE_CHARS, largeDocumentHeap } from './memory';
import { backgroundThreadsLow } from './threads';
import { Activity } from './activity';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    `usage: ${SERVER_NAME} --stdio\n\n` +
      'Language server for United Nations resolutions. Speaks LSP over stdin/stdout with --stdio\n' +
      '(also --node-ipc or --socket=PORT). It never opens a network connection of its own.\n',
  );
} else {
  backgroundThreadsLow();
  // Which messages are being handled, so that a collection waits for the answers (see ./activity).
  const activity = new Activity();
  const options = { messageStrategy: activity.messageStrategy };
  if (args.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    startServer(createConnection(ProposedFeatures.all, options), activity);
  } else {
    // stdio (the default): through the frame guard of ./stdio, which also keeps console.* off stdout.
    // Messages are read and written in pieces, never as one large Buffer (see ./transport); a
    // large one sizes the heap for it before it is decoded (see ./memory).
    const input = guardedStdin();
    const connection = createConnection(ProposedFeatures.all, new PieceMessageReader(input, { large: LARGE_CHARS, onLarge: largeDocumentHeap }), new PieceMessageWriter(process.stdout), options);
    input.log = (m) => connection.console.warn(m);
    routeConsole(connection);
    const server = startServer(connection, activity);
    // vscode-languageserver exits when an input stream it was given ends; given a reader, we do.
    input.on('end', () => process.exit(server.shutDownReceived() ? 0 : 1));
  }
}
