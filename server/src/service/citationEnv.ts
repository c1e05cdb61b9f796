// What the citation features share: the catalogue (bundled + workspace), the workspace files, the
// open documents, and the citations of a model (computed once per model and catalogue).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CatalogueStore } from '../catalogue/store';
import type { WorkspaceFiles } from '../catalogue/workspaceFiles';
import { citationIndex, CitationIndex } from '../citations';
import { compactSymbol } from '../citations/hit';
import type { Paragraph, ResolutionModel } from '../parser/model';
import { perModel } from '../parser/perModel';
import { allParagraphs } from '../parser/query';

export interface OpenResolution {
  uri: string;
  doc?: TextDocument;
  model: ResolutionModel;
}

export interface CitationEnv {
  catalogue: CatalogueStore;
  workspace?: WorkspaceFiles;
  /** A resolution known by its symbol: an open document first (the freshest text), then the workspace. */
  resolution(compactSymbol: string): OpenResolution | undefined;
}

export function citationsOf(env: CitationEnv, model: ResolutionModel): CitationIndex {
  return citationIndex(model, env.catalogue.knowledge());
}

const paragraphIndex = perModel<Map<string, Paragraph>>();

/** A paragraph by its model id (`OP1(a)`, `PP3`, `ANNEX1:5`); the ids are indexed once per model. */
export function paragraphById(model: ResolutionModel, id: string): Paragraph | undefined {
  const index = paragraphIndex(model, () => {
    const ids = new Map<string, Paragraph>();
    for (const p of allParagraphs(model)) if (!ids.has(p.id)) ids.set(p.id, p);
    return ids;
  });
  return index.get(id);
}

/** A symbol without its spaces (`S/RES/2331(2016)`): how symbols are compared and linked. */
export const compact = compactSymbol;

/** `https://undocs.org/S/RES/2331(2016)`: the UN's resolver for document symbols. */
export const undocsUrl = (symbol: string) => `https://undocs.org/${compact(symbol)}`;
