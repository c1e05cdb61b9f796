// Fixture texts (copied from the shared corpus into test-fixtures/) and the three text shapes.
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './lspClient';

export const FIXTURES = path.join(PROJECT_ROOT, 'test-fixtures');

export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'utf8');
}

export function fixtureJson<T = any>(rel: string): T {
  return JSON.parse(fixture(rel)) as T;
}

export function listFixtures(dir: string, ext = '.txt'): string[] {
  return readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith(ext)).sort();
}

/** The shapes a drafter holds a text in: as given, flattened onto one line, CRLF line ends. */
export function shape(text: string, s: 'orig' | 'flat' | 'crlf'): string {
  if (s === 'flat') return text.replace(/\s*\r?\n\s*/g, ' ').trim();
  if (s === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  return text;
}
