// Hovers over citations ("resolution 1590 (2005)", "S/2006/591", "paragraph 8 above").
// PLACE FOR THE CITATIONS WORK: add the hover assertions here, using
// `vscode.executeHoverProvider` (document uri + position) on test-fixtures/corpus/texts/ files and
// the keys in test-fixtures/corpus/citations/*.json. Until then these are pending (not counted as
// passed or failed).
describe('hover (citations)', () => {
  it('shows the cited resolution for "resolution 1590 (2005)" in S/RES/1706 (2006)');
  it('shows the internal paragraph for "paragraphs 8, 9 and 12 below"');
});
