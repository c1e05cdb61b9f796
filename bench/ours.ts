// In-process entry of the benchmark, bundled by bench/build.mjs into bench/out/ours.cjs with the
// same esbuild settings as dist/server.js: the parser and outline code the server runs.
export { parse, reparse, editSince, modelId } from '../server/src/parser/parse';
export { provideDocumentSymbols, makeOutline, outlineJsonParts } from '../server/src/service/languageFeatures/documentSymbols';
export { TextDocument } from 'vscode-languageserver-textdocument';
export { EditLog } from '../server/src/editLog';
// What the server writes for an outline (see bench/server.mjs, the bare peer's answer).
export { asciiJson } from '../server/src/service/asciiJson';
