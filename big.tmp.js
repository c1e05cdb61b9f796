const {startServer}=require('./server/out/test/support/lspClient.js');
const fs=require('fs');
const {parse}=require('./server/out/src/parser/parse.js');
const rss=(pid)=>{const m=/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`,'utf8'));return (Number(m[1])/1024).toFixed(0)+'MB'};
(async()=>{
  const parts=[];for(const d of ['texts','pdftotext/texts']) for(const f of fs.readdirSync('test-fixtures/corpus/'+d)) parts.push(fs.readFileSync('test-fixtures/corpus/'+d+'/'+f,'utf8'));
  const unit=parts.join('\n\n');
  const size=Number(process.argv[2]||50)*1e6;
  let big=unit.repeat(Math.ceil(size/unit.length)).slice(0,size);
  let t0;
  const s=await startServer();
  console.log('rss start', rss(s.process.pid));
  s.open('file:///small.unres', parts[0]);
  await s.symbols('file:///small.unres');
  t0=performance.now();
  s.open('file:///big.unres', big);
  const pBig=s.symbols('file:///big.unres').then(r=>console.log('big symbols', r.length,'top', (performance.now()-t0).toFixed(0),'ms'));
  const t1=performance.now();
  await s.symbols('file:///small.unres'); console.log('small symbols answered after', (performance.now()-t1).toFixed(0),'ms');
  await pBig;
  console.log('rss after', rss(s.process.pid));
  if(0){const t2=performance.now();
  await s.connection.sendRequest('textDocument/hover',{textDocument:{uri:'file:///big.unres'},position:{line:100,character:5}});
  console.log("hover big", (performance.now()-t2).toFixed(0),"ms");}
  await s.stop();
})();
