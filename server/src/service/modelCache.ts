// One model per document version: every feature reads the cached model, none re-parses.
import { ResolutionModel } from '../parser/model';
import { EditRange, parse, reparse } from '../parser/parse';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class ModelCache<D extends VersionedText = VersionedText> {
  private readonly entries = new Map<string, { doc: D; version: number; text: string; model: ResolutionModel }>();

  /**
   * `reparse` turns the previous version's model into the new one's, re-reading only around the
   * edit; a custom parser (tests) gets no incremental path.
   */
  constructor(
    private readonly parser: (text: string) => ResolutionModel = parse,
    private readonly reparser: ((prev: ResolutionModel, text: string, edit?: EditRange) => ResolutionModel) | undefined = parser === parse ? reparse : undefined,
    /** Where a document changed since an earlier version, when the document store knows. */
    private readonly editsSince?: (doc: D, version: number, oldLength: number) => EditRange | undefined,
  ) {}

  get(doc: D): ResolutionModel {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.model;
    const text = doc.getText();
    // A client may re-send the same text under a new version (save, undo to the same state).
    if (hit && hit.text === text) {
      hit.version = doc.version;
      return hit.model;
    }
    // The store's log of edits is asked only about the same document (not one reopened since).
    const edit = hit && hit.doc === doc ? this.editsSince?.(doc, hit.version, hit.text.length) : undefined;
    const model = hit && this.reparser ? this.reparser(hit.model, text, edit) : this.parser(text);
    this.entries.set(doc.uri, { doc, version: doc.version, text, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** The model of each document kept, as last made (none is parsed here). */
  models(): ResolutionModel[] {
    return [...this.entries.values()].map((e) => e.model);
  }
}
