// The main thread first. Node starts V8 with four worker threads (optimising compiler, concurrent
// marking and sweeping, parallel scavenges) at the main thread's scheduling priority; on a
// two-core machine they took the core the main thread was waiting for: the server's main thread,
// runnable, waited 3.5-9 ms for a core in 13 of the slowest 15 keystrokes into a 300 KB volume.
// Chrome runs V8's background tasks on threads of lower priority; here the other threads of the
// process are given the lowest (nice 19) once, at start, before any document arrives. They still
// run whenever a core is free. Linux only (a thread is addressed by its id there); elsewhere, and
// with UNRES_THREAD_PRIORITY=default, nothing changes.
import { readdirSync } from 'fs';
import { setPriority } from 'os';

export const BACKGROUND_NICE = 19;

export interface ThreadParts {
  platform: string;
  pid: number;
  env: Record<string, string | undefined>;
  /** Ids of the process's threads. */
  threads: () => string[];
  setPriority: (id: number, nice: number) => void;
}

const NODE_PARTS: ThreadParts = {
  platform: process.platform,
  pid: process.pid,
  env: process.env,
  threads: () => readdirSync('/proc/self/task'),
  setPriority,
};

/** Lowers the priority of every thread of this process but the main one; returns how many it lowered. */
export function backgroundThreadsLow(parts: Partial<ThreadParts> = {}): number {
  const { platform, pid, env, threads, setPriority: set } = { ...NODE_PARTS, ...parts };
  if (platform !== 'linux' || env.UNRES_THREAD_PRIORITY === 'default') return 0;
  let lowered = 0;
  let ids: string[];
  try {
    ids = threads();
  } catch {
    return 0;
  }
  for (const id of ids) {
    const tid = Number(id);
    if (!Number.isInteger(tid) || tid === pid) continue;
    try {
      set(tid, BACKGROUND_NICE);
      lowered++;
    } catch {
      // A thread that ended meanwhile, or a system that refuses: the server runs as it would have.
    }
  }
  return lowered;
}
