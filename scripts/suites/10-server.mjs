// Parser, model and language-service unit tests, plus the LSP tests that spawn the built server
// over stdio (server/test/**/*.test.ts, compiled by `npm run build`).
import { runMocha, testFiles } from '../lib/mocha.mjs';

export const name = 'server unit + LSP';
export const run = () => runMocha(testFiles('server/out/test'));
