// What a citation pass carries from one version of a document to the next (region hashes, word
// counts): a table per version that finds the table of the version it was made from by an edit.
import type { ResolutionModel } from '../parser/model';
import { editSince, EditRange, modelId } from '../parser/parse';

/** Tables of the versions read last, per kind: a few, for a few documents edited in turn. */
const RECENT = 4;

export abstract class CarriedTable<T extends CarriedTable<T>> {
  protected readonly id: number | undefined;
  /** The table of the version this one was made from by `edit`, if at hand. */
  protected before: T | undefined;
  protected edit: EditRange | undefined;

  /** Keeps nothing of the model but its id: tables outlive their versions, texts must not. */
  constructor(model: ResolutionModel, recent: T[]) {
    this.id = modelId(model);
    for (let k = recent.length - 1; k >= 0 && this.id !== undefined; k--) {
      const edit = editSince(recent[k].id, model);
      if (edit) {
        this.before = recent[k];
        this.edit = edit;
        // The version before has a later one now: it no longer takes from its own predecessor,
        // and holding that one would chain every version of an editing session together.
        recent[k].before = undefined;
        recent[k].edit = undefined;
        break;
      }
    }
    if (this.id === undefined) return;
    recent.push(this as unknown as T);
    if (recent.length > RECENT) recent.shift();
  }
}
