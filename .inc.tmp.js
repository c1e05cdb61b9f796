const fs = require('fs');
const { parse, reparse } = require('./server/out/src/parser/parse.js');
const files = ['test-fixtures/corpus/texts/A-RES-80-5.txt', 'test-fixtures/corpus/texts/A-RES-80-8.txt', 'test-fixtures/corpus/texts/S-RES-1590-2005.txt', 'test-fixtures/corpus/pdftotext/texts/S_2018_693-EN.txt', 'test-fixtures/corpus/pdftotext/texts/S_2017_77-EN.txt', 'test-fixtures/corpus/pdftotext/texts/S_2024_557-EN.txt', 'test-fixtures/corpus/texts/S-RES-1706-2006.txt'];
let seed = 1; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const inserts = ['x', ' ', 'e', ';', '.', '\n', '(a) ', '3. ', 'Recalling ', 'Decides ', '17-20704 (E)', ', ', 'Annex ', '“', '”', 'paragraph ', '\n\n'];
let bad = 0, total = 0, incr = 0;
const strip = (m) => JSON.stringify({ ...m, text: undefined });
for (const f of files) {
  for (const flat of [false, true]) {
    let text = fs.readFileSync(f, 'utf8'); if (flat) text = text.replace(/\s*\r?\n\s*/g, ' ');
    let model = parse(text);
    for (let i = 0; i < 150; i++) {
      const at = rnd(text.length);
      const del = rnd(4) === 0 ? rnd(30) : 0;
      const ins = inserts[rnd(inserts.length)];
      text = text.slice(0, at) + ins + text.slice(at + del);
      const inc = reparse(model, text);
      const fresh = parse(text);
      total++;
      if (strip(inc) !== strip(fresh)) { bad++; if (bad < 4) console.log('MISMATCH', f, flat, at, JSON.stringify(ins), del); }
      model = inc;
    }
  }
}
console.log('mismatches', bad, '/', total, require('./server/out/src/parser/parse.js').reparseStats);
// debug first mismatch
{
  seed = 1;
  outer: for (const f of files) for (const flat of [false, true]) {
    let text = fs.readFileSync(f, 'utf8'); if (flat) text = text.replace(/\s*\r?\n\s*/g, ' ');
    let model = parse(text);
    for (let i = 0; i < 150; i++) {
      const at = rnd(text.length); const del = rnd(4) === 0 ? rnd(30) : 0; const ins = inserts[rnd(inserts.length)];
      text = text.slice(0, at) + ins + text.slice(at + del);
      const inc = reparse(model, text); const fresh = parse(text);
      if (strip(inc) !== strip(fresh)) {
        const a = JSON.parse(strip(inc)), b = JSON.parse(strip(fresh));
        for (const k of Object.keys(b)) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
          console.log('differs in', k);
          const A = JSON.stringify(a[k]), B = JSON.stringify(b[k]);
          let p = 0; while (A[p] === B[p]) p++;
          console.log(' inc  ', A.slice(Math.max(0,p-200), p+200)); console.log(' fresh', B.slice(Math.max(0,p-200), p+200));
        }
        break outer;
      }
      model = inc;
    }
  }
}
