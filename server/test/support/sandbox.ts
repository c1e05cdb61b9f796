// A `--require` preload for the server process in tests (compiled to sandbox.js): every network
// API of Node fails loudly and is recorded; file-system access under a watched folder is recorded.
//   UNRES_SANDBOX_LOG    file that receives one JSON line per recorded call
//   UNRES_SANDBOX_WATCH  folder whose file accesses are recorded (the workspace, for the trust test)
// stdio keeps working: stdin and stdout are pipes that Node wraps without ever calling connect().
/* eslint-disable @typescript-eslint/no-explicit-any */
// `import x = require()`: the module objects themselves (an `import * as` copy would not patch them).
import fs = require('fs');
import path = require('path');

const LOG = process.env.UNRES_SANDBOX_LOG;
const WATCH = process.env.UNRES_SANDBOX_WATCH ? path.resolve(process.env.UNRES_SANDBOX_WATCH) : undefined;
const appendFileSync = fs.appendFileSync;

function record(kind: 'network' | 'file', detail: string): void {
  if (!LOG) return;
  const stack = (new Error().stack ?? '').split('\n').slice(3, 9).map((l) => l.trim());
  appendFileSync(LOG, JSON.stringify({ kind, detail, stack }) + '\n');
}

const describe = (args: unknown[]) => {
  try {
    return JSON.stringify(args.filter((a) => typeof a !== 'function')).slice(0, 200);
  } catch {
    return String(args[0]).slice(0, 200);
  }
};

function refuse(name: string): (...args: unknown[]) => never {
  return function refused(...args: unknown[]): never {
    record('network', `${name} ${describe(args)}`);
    throw new Error(`unres sandbox: network call ${name} refused`);
  };
}

function block(target: any, names: string[], prefix: string): void {
  if (!target) return;
  for (const n of names) if (typeof target[n] === 'function') target[n] = refuse(`${prefix}.${n}`);
}

const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

block(require('net'), ['connect', 'createConnection'], 'net');
block(require('net').Socket.prototype, ['connect'], 'net.Socket.prototype');
block(require('net').Server.prototype, ['listen'], 'net.Server.prototype');
block(require('tls'), ['connect'], 'tls');
block(require('http'), ['request', 'get'], 'http');
block(require('https'), ['request', 'get'], 'https');
block(require('http2'), ['connect'], 'http2');
block(require('dgram'), ['createSocket'], 'dgram');
block(require('dns'), DNS, 'dns');
block(require('dns').promises, DNS, 'dns.promises');
block(require('dns').Resolver?.prototype, DNS, 'dns.Resolver.prototype');
block(require('dns').promises.Resolver?.prototype, DNS, 'dns.promises.Resolver.prototype');
if (typeof (globalThis as any).fetch === 'function') (globalThis as any).fetch = refuse('fetch');
if (typeof (globalThis as any).WebSocket === 'function') (globalThis as any).WebSocket = refuse('WebSocket');
if (typeof (globalThis as any).EventSource === 'function') (globalThis as any).EventSource = refuse('EventSource');

if (WATCH) {
  const inside = (p: unknown): string | undefined => {
    let s: string | undefined;
    if (typeof p === 'string') s = p;
    else if (p instanceof URL) s = p.protocol === 'file:' ? require('url').fileURLToPath(p) : undefined;
    else if (Buffer.isBuffer(p)) s = p.toString();
    if (s === undefined) return undefined;
    const abs = path.resolve(s);
    return abs === WATCH || abs.startsWith(WATCH + path.sep) ? abs : undefined;
  };
  const watch = (target: any, names: string[], prefix: string) => {
    for (const n of names) {
      const original = target[n];
      if (typeof original !== 'function') continue;
      target[n] = function watched(this: unknown, ...args: unknown[]) {
        const p = inside(args[0]);
        if (p) record('file', `${prefix}.${n} ${p}`);
        return original.apply(this, args);
      };
    }
  };
  const FS = ['readFile', 'readFileSync', 'open', 'openSync', 'readdir', 'readdirSync', 'opendir', 'opendirSync', 'stat', 'statSync', 'lstat', 'lstatSync', 'existsSync', 'access', 'accessSync', 'createReadStream', 'watch', 'watchFile', 'realpath', 'realpathSync'];
  watch(fs, FS, 'fs');
  watch(fs.promises, ['readFile', 'open', 'readdir', 'opendir', 'stat', 'lstat', 'access', 'realpath', 'watch'], 'fs.promises');
  // Code loaded from the watched folder (require of a workspace file) is recorded too.
  const Module = require('module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolved(this: unknown, ...args: unknown[]) {
    const file = resolve.apply(this, args);
    if (inside(file)) record('file', `require ${file}`);
    return file;
  };
}
