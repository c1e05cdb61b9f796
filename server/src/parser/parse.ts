// Entry point of the pure parser: text in, model out. No LSP, no VS Code, no I/O.
//   front matter (masthead, enacting formula) → page furniture (marked, offsets kept)
//   → segmenter reading furniture as blanks → model with exact source spans.
import { CleanText } from './cleanText';
import { findFurniture } from './furniture';
import { parseFrontMatter } from './masthead';
import { ResolutionModel } from './model';
import { segment } from './segmenter';

export function parse(text: string): ResolutionModel {
  const front = parseFrontMatter(text);
  const furniture = findFurniture(text, front);
  const clean = new CleanText(text, furniture);
  const body = segment(text, clean, front);
  const model: ResolutionModel = { text, ...body, furniture };
  if (front.masthead) model.masthead = front.masthead;
  if (front.enactingFormula) model.enactingFormula = front.enactingFormula;
  return model;
}
