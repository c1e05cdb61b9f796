// Notifications a test server sends (publishDiagnostics, showMessage, logMessage), kept and waited for.
import type { TestServer } from './lspClient';

export interface Notifications<P> {
  readonly all: P[];
  /** The first notification (already received or to come) that satisfies pred; rejects at the deadline. */
  waitFor(pred: (p: P) => boolean, what: string, timeoutMs?: number): Promise<P>;
}

export function collect<P = any>(server: TestServer, method: string): Notifications<P> {
  const all: P[] = [];
  const waiters: { pred: (p: P) => boolean; resolve: (p: P) => void }[] = [];
  server.connection.onNotification(method, (p: P) => {
    all.push(p);
    for (const w of [...waiters]) {
      if (w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  return {
    all,
    waitFor(pred, what, timeoutMs = 15_000) {
      const seen = all.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} ${what} within ${timeoutMs} ms; got: ${JSON.stringify(all).slice(0, 1500)}`)), timeoutMs);
        waiters.push({
          pred,
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        });
      });
    },
  };
}
