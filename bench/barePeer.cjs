// The transport floor of the server measurements: a bare Node process on the same stdio pipes that
// does the least any Node language server must do for a request, and nothing else. It reads each
// frame, JSON.parses it, and answers every request with the JSON last given by the notification
// `bench/answer` (the real server's answer to the same request, so the same bytes go back), as one
// write. No document is kept, nothing is parsed, no library is loaded.
'use strict';

// Bytes read and not yet taken; a body is joined once all of it has come (joining each chunk as
// it came made the 10 MB didOpen quadratic, still being read when the first timed request came).
let chunks = [];
let size = 0;
/** Length of the body being read, or -1 while a header is. */
let bodyLength = -1;
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

const joined = () => {
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  chunks = [all];
  return all;
};

process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
  size += chunk.length;
  for (;;) {
    if (bodyLength < 0) {
      const all = joined();
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = /content-length:\s*(\d+)/i.exec(all.toString('latin1', 0, end));
      if (!length) throw new Error('bare peer: a frame without Content-Length');
      bodyLength = Number(length[1]);
      chunks = [all.subarray(end + 4)];
      size = chunks[0].length;
    }
    if (size < bodyLength) return;
    const all = joined();
    const body = all.toString('utf8', 0, bodyLength);
    chunks = [all.subarray(bodyLength)];
    size = chunks[0].length;
    bodyLength = -1;
    handle(JSON.parse(body));
  }
});
