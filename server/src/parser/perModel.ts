// Values derived from a model, made once per model: a model is one version of one text, so what
// is computed from it alone (an index, the outline, the document's own symbol) never goes stale,
// and it is dropped with the model.
import type { ResolutionModel } from './model';

/** A store of one value per model: `of(model, make)` calls `make` for the first ask only. */
export function perModel<T>(): (model: ResolutionModel, make: () => T) => T {
  const values = new WeakMap<ResolutionModel, { value: T }>();
  return (model, make) => {
    let hit = values.get(model);
    if (!hit) values.set(model, (hit = { value: make() }));
    return hit.value;
  };
}
