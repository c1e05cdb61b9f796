// Values derived from a model, made once per model: a model is one version of one text, so what
// is computed from it alone (an index, the outline, the document's own symbol) never goes stale,
// and it is dropped with the model.
import type { ResolutionModel } from './model';

/**
 * A value kept on objects of one kind, beside their data: under a symbol of the slot, not
 * enumerable, so JSON, spreads, key lists and deep comparisons of the object never see it.
 *
 * Not in a WeakMap keyed by the objects: V8's scavenger keeps the values of a WeakMap alive until a
 * full collection proves their keys dead, so the outline of every version typed since the last one
 * was copied again at each scavenge, which took 2-3.3 ms instead of 1.1-1.4 (505 KB surviving
 * instead of 130 KB, typing into a 300 KB volume). On the object, a value dies with it like any
 * other. A frozen object (none the parser or the outline makes) falls back to a WeakMap.
 */
export function hiddenSlot<O extends object, T>(name: string): { get(o: O): T | undefined; set(o: O, value: T): T } {
  const key = Symbol(name);
  // Looked into only once it holds anything: the outline asks every symbol at every keystroke.
  let frozen: WeakMap<O, T> | undefined;
  return {
    get: (o) => (o as Record<symbol, T | undefined>)[key] ?? frozen?.get(o),
    set: (o, value) => {
      if (key in o) (o as Record<symbol, T>)[key] = value;
      else if (Object.isExtensible(o)) Object.defineProperty(o, key, { value, writable: true });
      else (frozen ??= new WeakMap()).set(o, value);
      return value;
    },
  };
}

/** A store of one value per model: `of(model, make)` calls `make` for the first ask only. */
export function perModel<T>(): (model: ResolutionModel, make: () => T) => T {
  const slot = hiddenSlot<ResolutionModel, { value: T }>('unres.perModel');
  return (model, make) => (slot.get(model) ?? slot.set(model, { value: make() })).value;
}
