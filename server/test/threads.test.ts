// The server's main thread first (server/src/threads.ts): every other thread of the process at
// the lowest scheduling priority, on Linux, unless UNRES_THREAD_PRIORITY=default.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { BACKGROUND_NICE, backgroundThreadsLow } from '../src/threads';
import { startServer } from './support/lspClient';

describe('threads: the main thread first', () => {
  const setup = (over: Partial<Parameters<typeof backgroundThreadsLow>[0]> = {}) => {
    const set: [number, number][] = [];
    const lowered = backgroundThreadsLow({ platform: 'linux', pid: 100, env: {}, threads: () => ['100', '101', '102', 'self'], setPriority: (id, nice) => set.push([id, nice]), ...over });
    return { lowered, set };
  };

  it('lowers every thread but the main one, to nice 19', () => {
    assert.deepStrictEqual(setup(), { lowered: 2, set: [[101, BACKGROUND_NICE], [102, BACKGROUND_NICE]] });
  });

  it('changes nothing off Linux, or with UNRES_THREAD_PRIORITY=default', () => {
    assert.deepStrictEqual(setup({ platform: 'darwin' }), { lowered: 0, set: [] });
    assert.deepStrictEqual(setup({ env: { UNRES_THREAD_PRIORITY: 'default' } }), { lowered: 0, set: [] });
  });

  it('goes on past a thread it may not change, and starts without /proc', () => {
    const set: number[] = [];
    const lowered = backgroundThreadsLow({ platform: 'linux', pid: 1, env: {}, threads: () => ['1', '2', '3'], setPriority: (id) => {
      if (id === 2) throw new Error('ESRCH');
      set.push(id);
    } });
    assert.deepStrictEqual({ lowered, set }, { lowered: 1, set: [3] });
    assert.strictEqual(backgroundThreadsLow({ platform: 'linux', pid: 1, env: {}, threads: () => { throw new Error('ENOENT'); }, setPriority: () => assert.fail('no thread to change') }), 0);
  });

  // The scheduling priority of each thread of a running server, from /proc (field 19 of stat).
  const niceOf = (pid: number) =>
    readdirSync(`/proc/${pid}/task`).map((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      return { tid: Number(tid), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
    });

  (process.platform === 'linux' ? it : it.skip)('a real server over stdio: its main thread at 0, its other threads at 19; as Node leaves them with UNRES_THREAD_PRIORITY=default', async () => {
    for (const [env, others] of [[{}, BACKGROUND_NICE], [{ UNRES_THREAD_PRIORITY: 'default' }, 0]] as const) {
      const server = await startServer({ env });
      try {
        const pid = server.process.pid!;
        const threads = niceOf(pid);
        assert.ok(threads.length >= 3, `${threads.length} threads`);
        assert.deepStrictEqual(threads.find((t) => t.tid === pid)?.nice, 0, 'main thread');
        assert.deepStrictEqual(threads.filter((t) => t.tid !== pid).map((t) => t.nice), threads.filter((t) => t.tid !== pid).map(() => others), JSON.stringify(env));
      } finally {
        await server.stop();
      }
    }
  });
});
