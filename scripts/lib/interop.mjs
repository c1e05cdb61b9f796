// esbuild gives an ES module's import of a CommonJS module an interop view (__toESM): a new object
// with a getter for each of the module's exports. vscode-languageserver's entry points export some
// 700 names each, and the server's modules import them five times: 3-4 ms of a cold start. For a
// module that declares itself a compiled ES module (`__esModule`, as TypeScript's output does), the
// view adds no `default` and each getter reads the module's own export, so the module itself is
// used in its place. Other modules keep the view.
export function withoutInterop(code) {
  return code.replace(/__toESM\((require_\w+)\(\)\)/g, (call, name) => {
    const start = code.indexOf(`var ${name} = __commonJS({`);
    const end = start < 0 ? -1 : code.indexOf('\n});\n', start);
    const body = end < 0 ? '' : code.slice(start, end);
    return /Object\.defineProperty\(exports\d*, "__esModule", \{ value: true \}\)/.test(body) ? `${name}()` : call;
  });
}
