const fs=require('fs');
const {parse}=require('./server/out/src/parser/parse.js');
const {createResolutionService}=require('./server/out/src/service/index.js');
const {TextDocument}=require('vscode-languageserver-textdocument');
const parts=[];for(const d of ['texts','pdftotext/texts']) for(const f of fs.readdirSync('test-fixtures/corpus/'+d)) parts.push(fs.readFileSync('test-fixtures/corpus/'+d+'/'+f,'utf8'));
const unit=parts.join('\n\n');
for (const mb of (process.argv[2]||'1,2,5,10,20').split(',').map(Number)) {
  const size=mb*1e6; const big=unit.repeat(Math.ceil(size/unit.length)).slice(0,size);
  const svc=createResolutionService(); const doc=TextDocument.create('file:///b','x',1,big);
  let t0=performance.now(); svc.model(doc); const tp=performance.now()-t0;
  t0=performance.now(); const sy=svc.documentSymbols(doc); const ts=performance.now()-t0;
  t0=performance.now(); const c=svc.citations(doc); const tc=performance.now()-t0;
  t0=performance.now(); svc.citationDiagnostics(doc); const td=performance.now()-t0;
  console.log(mb,'MB parse',tp.toFixed(0),'symbols',ts.toFixed(0),'citations',tc.toFixed(0),'(',c.length,') diagnostics',td.toFixed(0));
}
