/**
 * Seeded mutation operators for the hostile-input fuzzer (issue 16): token deletion, duplication
 * and swap, truncation, random bytes, huge numbers, deep nesting, long identifiers, huge
 * registers and expansion bombs, on text; header, dtype, shape and payload edits on .npy bytes.
 * Tokens come from a small regex split of the text (independent of the project's lexer).
 */
import type { Rng } from '../../src/math/rng';

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\s+|[^\sA-Za-z0-9_]/g;

/** Split text into tokens (identifiers, numbers, whitespace runs, single punctuation). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

const HUGE_NUMBERS = [
  '1e309', '-1e309', '1e308', '1.7976931348623157e308', '4294967296', '4294967295', '2147483648', '1e12', '1000000000',
  '9007199254740993', '16777217', '0x' + 'f'.repeat(20), '1e-400', '0', '-0', '0.0', '9'.repeat(400), '1' + '0'.repeat(30), '-1', '1e-170',
];
const SNIPPETS_COMMON = [
  (r: Rng) => `qreg big${r.int(1000)}[${pick(r, ['16777216', '16777217', '4294967296', '1000000000', '10000000'])}];`,
  (r: Rng) => `h q[${pick(r, ['1e9', '4294967296', '-1', '99999999999999999999'])}];`,
  (r: Rng) => `rz(${'('.repeat(200 + r.int(2000))}1${')'.repeat(200 + r.int(2000))}) q[0];`,
  (r: Rng) => `rz(${'-'.repeat(100 + r.int(3000))}1) q[0];`,
  (r: Rng) => `${'g'.repeat(1000 + r.int(70000))} q[0];`,
  (r: Rng) => `rx(${pick(r, HUGE_NUMBERS)}) q[0];`,
  (r: Rng) => gateChain(r, 'a'),
];
const SNIPPETS_V3 = [
  (r: Rng) => `pow(${pick(r, ['1e12', '1e6', '-1e9', '0.5', '1e309', '3'])}) @ h q[0];`,
  (r: Rng) => `ctrl(${pick(r, ['1000000', '0', '-1', '1e12', '2'])}) @ h q[0], q[1];`,
  (r: Rng) => `for int i in [0:${pick(r, ['999999', '1e9', '99999999999'])}] { for int j in [0:99999] { x q[0]; } }`,
  (r: Rng) => `for int i in [0:1:${pick(r, ['1e15', '-5', '10'])}] x q[0];`,
  (r: Rng) => `${'{'.repeat(100 + r.int(2000))}x q[0];${'}'.repeat(100 + r.int(2000))}`,
  (r: Rng) => `${'inv @ '.repeat(100 + r.int(2000))}x q[0];`,
  (r: Rng) => `qubit[${pick(r, ['16777216', '4294967296', '1e9'])}] w; h w;`,
  (r: Rng) => `h q[0:${pick(r, ['1e15', '4294967296', '99'])}];`,
];

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[r.int(xs.length)];
}

/**
 * `gate P0 a { h a; }` then k definitions each calling the previous twice (2^k gates when
 * expanded); with parameters every instance gets its own angle (2t, 2t + 1), so memoization cannot help.
 */
function gateChain(r: Rng, q: string): string {
  const k = 20 + r.int(60);
  const p = `z${r.int(1e6)}_`;
  const param = r.next() < 0.5;
  let s = param ? `gate ${p}0(t) ${q} { rz(t) ${q}; }\n` : `gate ${p}0 ${q} { h ${q}; }\n`;
  for (let i = 1; i <= k; i++) {
    s += param ? `gate ${p}${i}(t) ${q} { ${p}${i - 1}(2 * t) ${q}; ${p}${i - 1}(2 * t + 1) ${q}; }\n` : `gate ${p}${i} ${q} { ${p}${i - 1} ${q}; ${p}${i - 1} ${q}; }\n`;
  }
  return s + `${p}${k}${param ? '(0.5)' : ''} q[0];`;
}

function randomChars(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const c = r.next();
    s += c < 0.5 ? String.fromCharCode(32 + r.int(95)) : c < 0.7 ? String.fromCharCode(r.int(32)) : c < 0.9 ? String.fromCharCode(128 + r.int(0x2f00)) : String.fromCharCode(0xd800 + r.int(0x800));
  }
  return s;
}

/** Names of the text mutation operators (for the report of a failing case). */
export type TextMutation = 'delete' | 'duplicate' | 'swap' | 'truncate' | 'randomBytes' | 'hugeNumber' | 'deepNesting' | 'longIdentifier' | 'snippet' | 'duplicateLine' | 'swapLines';
const TEXT_MUTATIONS: readonly TextMutation[] = ['delete', 'duplicate', 'swap', 'truncate', 'randomBytes', 'hugeNumber', 'deepNesting', 'longIdentifier', 'snippet', 'duplicateLine', 'swapLines'];

/** Apply one random text mutation; `qasm3` enables OpenQASM 3 snippets (pow, ctrl, for, blocks). */
export function mutateText(text: string, r: Rng, qasm3: boolean): { text: string; mutation: TextMutation } {
  const mutation = pick(r, TEXT_MUTATIONS);
  const toks = tokenize(text);
  const n = toks.length;
  const at = n === 0 ? 0 : r.int(n);
  const indexOf = (pred: (t: string) => boolean): number => {
    const cand: number[] = [];
    for (let i = 0; i < n; i++) if (pred(toks[i])) cand.push(i);
    return cand.length ? pick(r, cand) : -1;
  };
  if (mutation === 'duplicateLine' || mutation === 'swapLines') {
    // whole statements: the result often stays valid and reaches the expansion steps
    const lines = text.split('\n');
    const i = r.int(lines.length), j = r.int(lines.length);
    if (mutation === 'duplicateLine') lines.splice(i, 0, ...Array<string>(1 + r.int(r.next() < 0.1 ? 200 : 3)).fill(lines[i]));
    else { const t = lines[i]; lines[i] = lines[j]; lines[j] = t; }
    return { text: lines.join('\n'), mutation };
  }
  switch (mutation) {
    case 'delete': { const len = 1 + r.int(4); toks.splice(at, len); break; }
    case 'duplicate': { const len = 1 + r.int(8); const times = 1 + r.int(r.next() < 0.1 ? 500 : 3); toks.splice(at, 0, ...Array<string>(times).fill(toks.slice(at, at + len).join(''))); break; }
    case 'swap': { const b = n === 0 ? 0 : r.int(n); const t = toks[at]; toks[at] = toks[b]; toks[b] = t; break; }
    case 'truncate': return { text: text.slice(0, r.int(text.length + 1)), mutation };
    case 'randomBytes': { const p = r.int(text.length + 1); return { text: text.slice(0, p) + randomChars(r, 1 + r.int(16)) + text.slice(p), mutation }; }
    case 'hugeNumber': { const i = indexOf((t) => /^\d/.test(t)); if (i >= 0) toks[i] = pick(r, HUGE_NUMBERS); else toks.splice(at, 0, pick(r, HUGE_NUMBERS)); break; }
    case 'deepNesting': {
      const i = indexOf((t) => /^\d/.test(t) || t === 'pi');
      const k = 50 + r.int(3000);
      const wrapped = r.next() < 0.5 ? `${'('.repeat(k)}${i >= 0 ? toks[i] : '1'}${')'.repeat(k)}` : `${'-'.repeat(k)}${i >= 0 ? toks[i] : '1'}`;
      if (i >= 0) toks[i] = wrapped; else toks.splice(at, 0, wrapped);
      break;
    }
    case 'longIdentifier': { const i = indexOf((t) => /^[A-Za-z_]/.test(t)); const id = 'x'.repeat(r.next() < 0.5 ? 1000 + r.int(100) : 30000 + r.int(40000)); if (i >= 0) toks[i] = id; else toks.splice(at, 0, id); break; }
    case 'snippet': {
      const pool = qasm3 ? [...SNIPPETS_COMMON, ...SNIPPETS_V3] : SNIPPETS_COMMON;
      // insert after a statement end so the snippet has a chance to parse
      const semi = indexOf((t) => t === ';');
      toks.splice(semi >= 0 ? semi + 1 : at, 0, '\n' + pick(r, pool)(r) + '\n');
      break;
    }
  }
  return { text: toks.join(''), mutation };
}

/** Names of the .npy byte mutation operators. */
export type NpyMutation = 'truncate' | 'flipBytes' | 'dtype' | 'fortran' | 'shape' | 'headerLength' | 'nonFinite' | 'version' | 'text';
const NPY_MUTATIONS: readonly NpyMutation[] = ['truncate', 'flipBytes', 'dtype', 'fortran', 'shape', 'headerLength', 'nonFinite', 'version', 'text'];
const DTYPES = ["'<f8'", "'>f8'", "'<f4'", "'>f4'", "'<i8'", "'|u1'", "'<c16'", "'<f2'", "'|O'", "'=f8'", "'<f16'", "''", "'<f8"];
const SHAPES = ['(100000000, 100000000)', '(1000000000000, 1000000000000)', '(4294967296, 4294967296)', '(-1, 5)', '(5,)', '(3, 3, 3)', '()', '(0, 0)', '(2, 3)', '(1e12, 1e12)', '(5, 5', '(46341, 46341)'];

/** Apply one random mutation to .npy bytes (header text edits keep the rest of the file). */
export function mutateNpy(bytes: Uint8Array, r: Rng): { bytes: Uint8Array; mutation: NpyMutation } {
  const mutation = pick(r, NPY_MUTATIONS);
  const out = Uint8Array.from(bytes);
  const headerEnd = Math.min(out.length, 10 + (out[8] | (out[9] << 8)));
  const header = Buffer.from(out.subarray(10, headerEnd)).toString('latin1');
  const withHeader = (h: string): Uint8Array => {
    const hb = Buffer.from(h, 'latin1');
    const res = new Uint8Array(10 + hb.length + Math.max(0, out.length - headerEnd));
    res.set(out.subarray(0, 10), 0);
    res[8] = hb.length & 0xff; res[9] = (hb.length >> 8) & 0xff;
    res.set(hb, 10);
    res.set(out.subarray(headerEnd), 10 + hb.length);
    return res;
  };
  switch (mutation) {
    case 'truncate': return { bytes: out.subarray(0, r.int(out.length + 1)), mutation };
    case 'flipBytes': { for (let k = 1 + r.int(8); k > 0; k--) out[r.int(out.length)] = r.int(256); return { bytes: out, mutation }; }
    case 'dtype': return { bytes: withHeader(header.replace(/'descr'\s*:\s*'[^']*'/, `'descr': ${pick(r, DTYPES)}`)), mutation };
    case 'fortran': return { bytes: withHeader(header.replace(/(True|False)/, pick(r, ['True', 'False', 'Maybe', '1']))), mutation };
    case 'shape': return { bytes: withHeader(header.replace(/\([^)]*\)/, pick(r, SHAPES))), mutation };
    case 'headerLength': { out[8] = r.int(256); out[9] = r.int(256); return { bytes: out, mutation }; }
    case 'nonFinite': {
      const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
      const p = headerEnd + 8 * r.int(Math.max(1, Math.floor((out.length - headerEnd) / 8)));
      if (p + 8 <= out.length) dv.setFloat64(p, pick(r, [NaN, Infinity, -Infinity, 1e-310, 1e308, -0]), r.next() < 0.5);
      return { bytes: out, mutation };
    }
    case 'version': { out[6] = pick(r, [0, 1, 2, 3, 4, 255]); return { bytes: out, mutation }; }
    case 'text': { const t = mutateText(header, r, false).text; return { bytes: withHeader(t.slice(0, 60000)), mutation }; }
  }
}
