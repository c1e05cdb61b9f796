// Markdown for hovers. Every piece of document or catalogue text goes through `text()` or `code()`,
// so that nothing a document says can become a link, an image, HTML or a command in a hover.

/** Escapes Markdown and HTML in text shown inline: `[x](command:…)` stays visible text. */
export function text(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}\[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/, (_, a, b, c) => `${a}\\${b}${c}`)
    .replace(/:\/\//g, ':&#47;&#47;');
}

/** A code span: shown verbatim (symbols keep their exact characters). */
export function code(s: string): string {
  const clean = s.replace(/\s+/g, ' ').replace(/`/g, 'ʼ');
  return `\`${clean}\``;
}

/** A link we make ourselves (undocs.org, a catalogue source, a workspace file); never from document text. */
export function link(label: string, url: string): string {
  // Parentheses stay (they balance in UN symbols: "S/RES/2331(2016)"); spaces and angle brackets are encoded.
  const safe = /^(?:https:\/\/|file:\/\/)/.test(url) && balanced(url) ? url.replace(/[\s<>]/g, (c) => encodeURIComponent(c)) : '';
  return safe ? `[${text(label)}](${safe})` : text(label);
}

function balanced(url: string): boolean {
  let depth = 0;
  for (const c of url) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2016-12-20` → `20 December 2016`, as UN documents write dates. */
export function unDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** `S/PV.7847` → `7847th meeting`. */
export function meetingOrdinal(record: string): string | undefined {
  const m = /^S\/PV\.(\d+)/.exec(record) ?? /^(\d+)$/.exec(record);
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix} meeting`;
}
