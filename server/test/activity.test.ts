// When the server is free (server/src/activity.ts): work nobody waits for (a collection after a
// large document's new version) runs after the answers, never in a pause inside a request.
import * as assert from 'assert';
import { PassThrough, Writable } from 'stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Activity } from '../src/activity';
import { PieceMessageReader, PieceMessageWriter } from '../src/transport';

const frame = (body: object) => {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
};

describe('activity: running work once the server is free', () => {
  /** An Activity whose turns are run by hand. */
  const manual = () => {
    const turns: (() => void)[] = [];
    const activity = new Activity((run) => turns.push(run));
    const turn = () => turns.splice(0).forEach((run) => run());
    /** Starts a message whose handler settles when `settle` is called. */
    const start = () => {
      let settle!: () => void;
      const done = activity.messageStrategy.handleMessage({ jsonrpc: '2.0' }, () => new Promise<void>((r) => (settle = r)));
      return { settle: async () => (settle(), await done) };
    };
    return { activity, turn, start, pending: () => turns.length };
  };

  it('waits while a message is handled, then two turns with nothing started', async () => {
    const { activity, turn, start } = manual();
    const ran: string[] = [];
    const request = start();
    activity.whenFree(() => ran.push('run'));
    turn();
    turn();
    assert.deepStrictEqual(ran, [], 'nothing runs while a handler has not settled');
    await request.settle();
    turn();
    assert.deepStrictEqual(ran, [], 'not in the first turn: the connection starts its next message in one');
    turn();
    assert.deepStrictEqual(ran, ['run']);
  });

  it('a message started between the two turns puts it off until that one settles too', async () => {
    const { activity, turn, start } = manual();
    const ran: string[] = [];
    activity.whenFree(() => ran.push('run'));
    turn();
    const next = start();
    turn();
    turn();
    turn();
    assert.deepStrictEqual(ran, [], 'the queued message went first');
    await next.settle();
    turn();
    turn();
    assert.deepStrictEqual(ran, ['run']);
  });

  it('a synchronous handler, and one that throws, count as settled at once', () => {
    const { activity, turn } = manual();
    const ran: string[] = [];
    activity.messageStrategy.handleMessage({ jsonrpc: '2.0' }, () => undefined);
    assert.throws(() =>
      activity.messageStrategy.handleMessage({ jsonrpc: '2.0' }, () => {
        throw new Error('handler failed');
      }),
    );
    activity.whenFree(() => ran.push('a'));
    activity.whenFree(() => ran.push('b'));
    turn();
    turn();
    assert.deepStrictEqual(ran, ['a', 'b'], 'both run, in order, once');
    turn();
    turn();
    assert.deepStrictEqual(ran, ['a', 'b']);
  });

  /**
   * A real connection over the server's transport: a request that asks for work when free, then
   * yields a turn before it answers (as `afterModel` does after a long parse). Returns the order in
   * which the answer was written and the work ran.
   */
  async function order(activity: Activity | undefined, schedule: (run: () => void) => void): Promise<string[]> {
    const events: string[] = [];
    let both!: () => void;
    const done = new Promise<void>((resolve) => (both = resolve));
    const event = (e: string) => {
      events.push(e);
      if (events.length === 2) both();
    };
    const input = new PassThrough();
    const output = new Writable({
      write(chunk: Buffer, _enc, next) {
        if (chunk.toString('utf8').includes('"result":"answer"')) event('answer written');
        next();
      },
    });
    const connection = createConnection(
      ProposedFeatures.all,
      new PieceMessageReader(input),
      new PieceMessageWriter(output),
      activity ? { messageStrategy: activity.messageStrategy } : undefined,
    );
    connection.onRequest('test/slow', async () => {
      schedule(() => event('work ran'));
      await new Promise<void>((r) => setImmediate(r));
      return 'answer';
    });
    connection.listen();
    input.write(frame({ jsonrpc: '2.0', id: 1, method: 'test/slow', params: {} }));
    await done;
    connection.dispose();
    return events;
  }

  it('work asked for inside a request runs after its answer is written', async () => {
    const activity = new Activity();
    assert.deepStrictEqual(await order(activity, (run) => activity.whenFree(run)), ['answer written', 'work ran']);
    // What it replaces: the next turn falls in the request's own pause, before the answer.
    assert.deepStrictEqual(await order(undefined, setImmediate), ['work ran', 'answer written']);
  });
});
