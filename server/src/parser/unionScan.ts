// A global scan for the union of several patterns, `(?:p0|p1|…)`, made of a few smaller scans.
//
// Why: V8's regular expression engine passes over characters that cannot start a match in a
// tight loop only when it can tell, from the pattern, which characters may stand at its first
// positions and there are few of them. The union of the segmenter's candidates (digits, stops,
// brackets, dashes, capitals; look-arounds) defeats that, so the engine tried every position of
// the text: the body scan took 4.8-4.9 million instructions per 100 KB (callgrind), the
// benchmark's floor scan 0.7 million. As two groups whose first characters it can tell, merged
// here, 3.1-3.6 million, with the union's matches in the union's order.
//
// The merged scan finds what the union finds: the leftmost match at or after `lastIndex`; at one
// position the earliest pattern that matches there; no match overlapping the one before it (the
// next search starts where that match ended); groups numbered as in the union. Each group's last
// match is kept and reused while the scan has not passed its start.

/** Where one pattern's groups stand in its group's expression and in the union. */
interface Member {
  /** Index of the pattern in the union. */
  part: number;
  /** Its first group in the group's expression: defined whenever the pattern matched. */
  first: number;
  /** Its first group in the union. */
  out: number;
  count: number;
}

interface Group {
  re: RegExp;
  members: Member[];
}

/**
 * Number of capturing groups of a pattern source, read from the source: "(" outside a character
 * class and not escaped, other than "(?:", look-arounds and other "(?" forms, a named group "(?<n>"
 * counted. Compiling `|source` and matching it on '' told the same, but compiled every part once
 * more at start: 1.5-2 ms of a cold start, most of it the opening words' alternation.
 */
export function capturingGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') n++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') n++;
    }
  }
  return n;
}

export class UnionScan {
  readonly groups: Group[];
  /** Groups of the union, and so the length of a match array less one. */
  readonly width: number;
  /** One group: its expression is the union, groups numbered alike, so its matches are the union's. */
  readonly whole: boolean;

  /**
   * `parts` are the patterns of the union, in order; `split` lists, per group, the indices of the
   * parts it scans (each part in exactly one group). Every part must capture in its first group
   * whenever it matches: that group tells which part matched. A single group is the union as one
   * expression, and its scanner returns that expression's matches as they are.
   */
  constructor(
    parts: string[],
    split: number[][],
    /** Put before each group's alternatives (a look-ahead on the first character, say). */
    head = '',
  ) {
    const counts = parts.map(capturingGroups);
    const outs: number[] = [];
    let width = 0;
    for (const c of counts) {
      outs.push(1 + width);
      width += c;
    }
    const seen = split.flat().sort((a, b) => a - b);
    if (seen.length !== parts.length || seen.some((p, i) => p !== i)) throw new Error('each part must be in exactly one group');
    for (const [i, c] of counts.entries()) if (c === 0) throw new Error(`part ${i} has no group to tell that it matched`);
    this.width = width;
    this.whole = split.length === 1;
    this.groups = split.map((members) => {
      let first = 1;
      return {
        re: new RegExp(`${head}(?:${members.map((p) => parts[p]).join('|')})`, 'g'),
        members: members.map((part) => {
          const m = { part, first, out: outs[part], count: counts[part] };
          first += counts[part];
          return m;
        }),
      };
    });
  }

  /** A scanner for one pass over one text (it keeps matches of that text: drop it after the pass). */
  scanner(): UnionScanner {
    return new UnionScanner(this);
  }
}

export class UnionScanner {
  /** Where the next search starts, as a global RegExp's lastIndex (0 again after the last match). */
  lastIndex = 0;
  private text: string | undefined;
  /**
   * Per group, its leftmost match from `from[g]` on (null: none), the part that made it, and where
   * it was searched from (-1: not yet).
   */
  private readonly found: (RegExpExecArray | null)[];
  private readonly foundBy: (Member | undefined)[];
  private readonly from: number[];
  /**
   * The match returned by a merged scan: one array, reused, so it must be read before the next
   * `exec`. A new one per match, given `index` and `input`, was a tenth of this method's time.
   */
  private readonly out: RegExpExecArray;

  constructor(private readonly union: UnionScan) {
    this.found = union.groups.map(() => null);
    this.foundBy = union.groups.map(() => undefined);
    this.from = union.groups.map(() => -1);
    this.out = Object.assign(new Array<string | undefined>(union.width + 1).fill(undefined), { index: 0, input: '' }) as RegExpExecArray;
  }

  /** The next match, as a global RegExp's exec finds it (see `out`: read it before the next call). */
  exec(text: string): RegExpExecArray | null {
    const { groups } = this.union;
    if (this.union.whole) {
      // Nothing to merge or renumber: the expression's own match, without a copy.
      const re = groups[0].re;
      re.lastIndex = this.lastIndex;
      const m = re.exec(text);
      this.lastIndex = m === null ? 0 : m.index + m[0].length;
      return m;
    }
    if (text !== this.text) {
      this.text = text;
      this.from.fill(-1);
    }
    const at = this.lastIndex;
    let best: RegExpExecArray | null = null;
    let bestMember: Member | undefined;
    for (let g = 0; g < groups.length; g++) {
      let m = this.found[g];
      const from = this.from[g];
      // A kept match stands while the search start has not passed it (nor gone back before where
      // it was searched from): the leftmost match from `from` on is also the leftmost from `at`.
      if (from < 0 || from > at || (m !== null && m.index < at)) {
        const re = groups[g].re;
        re.lastIndex = at;
        m = this.found[g] = re.exec(text);
        this.foundBy[g] = m === null ? undefined : memberOf(groups[g].members, m);
        this.from[g] = at;
      }
      if (m === null || (best !== null && m.index > best.index)) continue;
      const member = this.foundBy[g]!;
      if (best === null || m.index < best.index || member.part < bestMember!.part) {
        best = m;
        bestMember = member;
      }
    }
    if (best === null) {
      this.lastIndex = 0;
      return null;
    }
    const out = this.out;
    out.fill(undefined as unknown as string);
    out[0] = best[0];
    for (let k = 0; k < bestMember!.count; k++) out[bestMember!.out + k] = best[bestMember!.first + k];
    out.index = best.index;
    out.input = text;
    this.lastIndex = best.index + best[0].length;
    return out;
  }
}

function memberOf(members: Member[], m: RegExpExecArray): Member {
  for (const member of members) if (m[member.first] !== undefined) return member;
  return members[0];
}
