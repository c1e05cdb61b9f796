// Values derived from a model, made once per model: a model is one version of one text, so what
// is computed from it alone (an index, the outline, the document's own symbol) never goes stale,
// and it is dropped with the model.
import type { ResolutionModel } from './model';

/**
 * A store of one value per model: `of(model, make)` calls `make` for the first ask only.
 *
 * The value is kept on the model itself, under a symbol of this store (not enumerable, so never
 * part of the model's data), not in a WeakMap keyed by models. V8's scavenger keeps the values of
 * a WeakMap alive until a full collection proves their keys dead: the outline of every version
 * typed since the last one was copied again at each scavenge, which took 2-3.3 ms instead of
 * 1.1-1.4 (505 KB surviving instead of 130 KB, typing into a 300 KB volume). On the model, a
 * value dies with it like any other object. A frozen model (none the parser makes) falls back to
 * a WeakMap.
 */
export function perModel<T>(): (model: ResolutionModel, make: () => T) => T {
  const key = Symbol('unres.perModel');
  const frozen = new WeakMap<ResolutionModel, { value: T }>();
  return (model, make) => {
    const holder = model as unknown as Record<symbol, { value: T } | undefined>;
    let hit = holder[key] ?? frozen.get(model);
    if (!hit) {
      hit = { value: make() };
      if (Object.isExtensible(model)) Object.defineProperty(model, key, { value: hit });
      else frozen.set(model, hit);
    }
    return hit.value;
  };
}
