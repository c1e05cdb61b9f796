// When the server is free: no message of the client being handled, and none about to be. Work
// that nobody waits for (a collection after a large document's new version, see memory.ts) runs
// then, not in the middle of an answer. Node and LSP only, no editor specifics.
//
// Why not setImmediate: a document's model is made when a request first needs it, so the
// collection that frees the previous version was asked for inside that request. The request
// yields once after a long parse (service/limits.ts, `afterModel`) and the collection, queued
// first, ran in that gap: on a 10 MB text every outline after an edit waited for a full
// collection before it was sent.
import type { Message, MessageStrategy } from 'vscode-languageserver/node';

type Next = Parameters<MessageStrategy['handleMessage']>[1];

export class Activity {
  /** Messages being handled: started and their handler's promise not yet settled. */
  private running = 0;
  /** Messages started so far: a wait that saw one start looks again. */
  private starts = 0;
  private waiting: (() => void)[] = [];
  private looking = false;

  constructor(private readonly nextTurn: (run: () => void) => void = setImmediate) {}

  /** Given to the connection (`ConnectionOptions.messageStrategy`): counts each message while it is handled. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message: Message, next: Next) => {
      this.starts++;
      this.running++;
      let result: unknown;
      try {
        result = next(message);
      } catch (e) {
        this.settled();
        throw e;
      }
      if (result instanceof Promise) return result.finally(() => this.settled()) as ReturnType<Next>;
      this.settled();
      return result as ReturnType<Next>;
    },
  };

  /**
   * Runs `run` once the server is free. The connection starts its next queued message in a turn
   * of its own after the last one settles, so free is: nothing running, and no message started
   * over two turns.
   */
  whenFree(run: () => void): void {
    this.waiting.push(run);
    this.look();
  }

  private settled(): void {
    this.running--;
    this.look();
  }

  private look(): void {
    if (this.looking || this.running > 0 || this.waiting.length === 0) return;
    this.looking = true;
    const seen = this.starts;
    this.nextTurn(() =>
      this.nextTurn(() => {
        this.looking = false;
        if (this.running > 0) return; // looked at again when it settles
        if (this.starts !== seen) return this.look();
        for (const run of this.waiting.splice(0)) run();
      }),
    );
  }
}
