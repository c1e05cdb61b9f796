// One value per model (server/src/parser/perModel.ts): made at the first ask only, kept on the
// model without changing the model's data.
import * as assert from 'assert';
import { parse } from '../src/parser/parse';
import { perModel } from '../src/parser/perModel';
import { fixture } from './support/fixtures';

describe('perModel: one value per model', () => {
  const text = fixture('corpus/texts/S-RES-1706-2006.txt');

  it('makes the value at the first ask of each model only', () => {
    const store = perModel<{ n: number }>();
    let made = 0;
    const make = () => ({ n: ++made });
    const a = parse(text);
    const b = parse(text);
    const first = store(a, make);
    assert.strictEqual(store(a, make), first);
    assert.notStrictEqual(store(b, make), first);
    assert.strictEqual(made, 2);
    // Two stores keep their own values on the same model.
    assert.strictEqual(perModel<string>()(a, () => 'other'), 'other');
    assert.strictEqual(store(a, make), first);
  });

  it("leaves the model's data as it was: its keys, its JSON, deep equality with a model never asked", () => {
    const asked = parse(text);
    const never = parse(text);
    const keys = Object.keys(asked);
    const json = JSON.stringify(asked);
    perModel<number[]>()(asked, () => [1, 2, 3]);
    assert.deepStrictEqual(Object.keys(asked), keys);
    assert.strictEqual(JSON.stringify(asked), json);
    assert.deepStrictEqual(asked, never);
  });

  it('works on a frozen model', () => {
    const store = perModel<object>();
    const model = Object.freeze(parse('The Security Council,\n1. Decides to remain seized of the matter.'));
    const value = store(model, () => ({}));
    assert.strictEqual(store(model, () => assert.fail('made twice')), value);
  });
});
