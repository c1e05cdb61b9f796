// The transport floor of the server measurements: a bare Node process on the same stdio pipes that
// does the least any Node language server must do for a request, and nothing else. It reads each
// frame, JSON.parses it, and answers every request with the JSON last given by the notification
// `bench/answer` (the real server's answer to the same request, so the same bytes go back), as one
// write. No document is kept, nothing is parsed, no library is loaded.
'use strict';

let pending = Buffer.alloc(0);
let answer = 'null';

function send(id, resultJson) {
  const body = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":${resultJson}}`;
  process.stdout.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

function handle(msg) {
  if (msg.method === 'bench/answer') answer = msg.params.json;
  else if (msg.method === 'exit') process.exit(0);
  else if (msg.id !== undefined && msg.method !== undefined) send(msg.id, msg.method === 'initialize' ? '{"capabilities":{}}' : msg.method === 'shutdown' ? 'null' : answer);
}

process.stdin.on('data', (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  for (;;) {
    const end = pending.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = /content-length:\s*(\d+)/i.exec(pending.toString('latin1', 0, end));
    if (!length) throw new Error('bare peer: a frame without Content-Length');
    const bodyEnd = end + 4 + Number(length[1]);
    if (pending.length < bodyEnd) return;
    const msg = JSON.parse(pending.toString('utf8', end + 4, bodyEnd));
    pending = pending.subarray(bodyEnd);
    handle(msg);
  }
});
