// Entry point of the pure parser: text in, model out. (Stub, replaced by the real segmenter.)
import { ResolutionModel } from './model';

export function parse(text: string): ResolutionModel {
  return { text, preamble: [], operative: [], headings: [], closing: [], annexes: [], furniture: [] };
}
