// In-process entry for the benchmark: the same parser and outline code the server bundles.
export { parse } from '../server/src/parser/parse';
export { provideDocumentSymbols } from '../server/src/service/languageFeatures/documentSymbols';
export { TextDocument } from 'vscode-languageserver-textdocument';
