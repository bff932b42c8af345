import { QasmSyntaxError } from '../errors';

/**
 * Token kinds of OpenQASM 2 and 3 (one lexer serves both; the parsers reject what their version
 * does not have). A regular (not const) enum so that the per-file swc transform keeps it.
 */
export enum Tok {
  EOF, Ident, Int, Real, String,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Comma, Semi, Colon, At,
  Plus, Minus, Star, Slash, Caret, Power, Percent,
  Arrow, Eq, EqEq, NotEq, Lt, Gt, Le, Ge, AndAnd, OrOr, Bang, Tilde, Amp, Pipe,
}

const TOK_TEXT: Readonly<Record<number, string>> = {
  [Tok.EOF]: 'end of file', [Tok.Ident]: 'a name', [Tok.Int]: 'an integer', [Tok.Real]: 'a number', [Tok.String]: 'a string',
  [Tok.LParen]: "'('", [Tok.RParen]: "')'", [Tok.LBracket]: "'['", [Tok.RBracket]: "']'", [Tok.LBrace]: "'{'", [Tok.RBrace]: "'}'",
  [Tok.Comma]: "','", [Tok.Semi]: "';'", [Tok.Colon]: "':'", [Tok.At]: "'@'",
  [Tok.Plus]: "'+'", [Tok.Minus]: "'-'", [Tok.Star]: "'*'", [Tok.Slash]: "'/'", [Tok.Caret]: "'^'", [Tok.Power]: "'**'", [Tok.Percent]: "'%'",
  [Tok.Arrow]: "'->'", [Tok.Eq]: "'='", [Tok.EqEq]: "'=='", [Tok.NotEq]: "'!='", [Tok.Lt]: "'<'", [Tok.Gt]: "'>'", [Tok.Le]: "'<='",
  [Tok.Ge]: "'>='", [Tok.AndAnd]: "'&&'", [Tok.OrOr]: "'||'", [Tok.Bang]: "'!'", [Tok.Tilde]: "'~'", [Tok.Amp]: "'&'", [Tok.Pipe]: "'|'",
};

/** Human description of a token kind, for "expected X" messages. */
export function describeTok(kind: Tok): string {
  return TOK_TEXT[kind] ?? `token ${kind}`;
}

/** Saved lexer position (see {@link Lexer.save}); restoring re-lexes the token at that point. */
export interface LexState {
  readonly pos: number;
  readonly line: number;
  readonly lineStart: number;
}

/** Longest identifier (gate, register, parameter name) the lexer accepts, in UTF-16 code units. */
export const MAX_IDENTIFIER_LENGTH = 1024;

const C_0 = 48, C_9 = 57, C_a = 97, C_z = 122, C_A = 65, C_Z = 90, C__ = 95, C_DOT = 46;
const NON_ASCII_LETTER = /[\p{L}\p{Nl}]/u;

function isIdentStart(c: number): boolean {
  return (c >= C_a && c <= C_z) || (c >= C_A && c <= C_Z) || c === C__;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= C_0 && c <= C_9);
}
function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

/**
 * Hand-written OpenQASM lexer. It keeps only the CURRENT token, in fields (kind, start, end,
 * line, col, num), and advances with `next()`: no token objects, no regular expression per
 * character (only non-ASCII characters are tested with a Unicode regex), so 100k-gate files lex
 * in milliseconds. Comments (`//`, `/* *\/`) and whitespace are skipped. Lines and columns are
 * 1-based; columns count UTF-16 code units.
 */
export class Lexer {
  readonly text: string;
  readonly fileName: string | undefined;
  kind: Tok = Tok.EOF;
  start = 0;
  end = 0;
  line = 1;
  col = 1;
  /** Numeric value of an Int or Real token. */
  num = 0;
  private pos = 0;
  private curLine = 1;
  private lineStart = 0;

  constructor(text: string, fileName?: string) {
    this.text = text;
    this.fileName = fileName;
    this.next();
  }

  /** Source text of the current token (strings without their quotes). */
  get value(): string {
    if (this.kind === Tok.String) return this.text.slice(this.start + 1, this.end - 1);
    return this.text.slice(this.start, this.end);
  }

  /** The position before the current token; `restore` makes that token current again. */
  save(): LexState {
    return { pos: this.start, line: this.line, lineStart: this.start - (this.col - 1) };
  }

  /** Go back to a saved position. */
  restore(s: LexState): void {
    this.pos = s.pos;
    this.curLine = s.line;
    this.lineStart = s.lineStart;
    this.next();
  }

  /** A syntax error at the current token. */
  error(message: string): QasmSyntaxError {
    return new QasmSyntaxError(message, this.line, this.col, this.fileName);
  }

  /** Describe the current token for messages: `'foo'`, `end of file`, ... */
  describe(): string {
    if (this.kind === Tok.EOF) return 'end of file';
    const t = this.text.slice(this.start, this.end);
    return `'${t.length > 30 ? t.slice(0, 30) + '…' : t}'`;
  }

  /** Advance to the next token. */
  next(): void {
    const text = this.text;
    const n = text.length;
    let p = this.pos;
    // skip whitespace and comments
    for (;;) {
      if (p >= n) break;
      const c = text.charCodeAt(p);
      if (c === 10) { p++; this.curLine++; this.lineStart = p; continue; }
      if (c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff) { p++; continue; }
      if (c === 47 && p + 1 < n) {
        const d = text.charCodeAt(p + 1);
        if (d === 47) { // line comment
          p += 2;
          while (p < n && text.charCodeAt(p) !== 10) p++;
          continue;
        }
        if (d === 42) { // block comment
          const l0 = this.curLine, c0 = p - this.lineStart + 1;
          p += 2;
          for (;;) {
            if (p >= n) throw new QasmSyntaxError("unterminated comment: expected '*/' to close the comment opened here", l0, c0, this.fileName);
            const e = text.charCodeAt(p);
            if (e === 42 && p + 1 < n && text.charCodeAt(p + 1) === 47) { p += 2; break; }
            if (e === 10) { this.curLine++; this.lineStart = p + 1; }
            p++;
          }
          continue;
        }
      }
      break;
    }
    this.start = p;
    this.line = this.curLine;
    this.col = p - this.lineStart + 1;
    if (p >= n) { this.kind = Tok.EOF; this.end = p; this.pos = p; return; }
    const c = text.charCodeAt(p);
    if (isIdentStart(c) || c > 127) {
      if (c > 127 && !NON_ASCII_LETTER.test(text[p])) throw this.error(`unexpected character '${text[p]}'`);
      p++;
      while (p < n) {
        const d = text.charCodeAt(p);
        if (isIdentPart(d)) { p++; continue; }
        if (d > 127 && (NON_ASCII_LETTER.test(text[p]) || /\p{N}/u.test(text[p]))) { p++; continue; }
        break;
      }
      if (p - this.start > MAX_IDENTIFIER_LENGTH) {
        throw this.error(`name '${text.slice(this.start, this.start + 30)}…' is ${p - this.start} characters long; names may have at most ${MAX_IDENTIFIER_LENGTH}`);
      }
      this.kind = Tok.Ident;
    } else if (isDigit(c) || (c === C_DOT && p + 1 < n && isDigit(text.charCodeAt(p + 1)))) {
      p = this.lexNumber(p);
    } else if (c === 34 || c === 39) {
      const q = c;
      p++;
      while (p < n && text.charCodeAt(p) !== q && text.charCodeAt(p) !== 10) p++;
      if (p >= n || text.charCodeAt(p) !== q) throw this.error('unterminated string: expected a closing quote on the same line');
      p++;
      this.kind = Tok.String;
    } else {
      p = this.lexPunct(p, c);
    }
    this.end = p;
    this.pos = p;
  }

  private lexNumber(p: number): number {
    const text = this.text, n = text.length;
    const s = p;
    let isReal = false;
    if (text.charCodeAt(p) === C_0 && p + 1 < n) {
      const x = text.charCodeAt(p + 1) | 32;
      const radix = x === 120 ? 16 : x === 98 ? 2 : x === 111 ? 8 : 0; // 0x 0b 0o
      if (radix) {
        p += 2;
        const ds = p;
        while (p < n && (isIdentPart(text.charCodeAt(p)))) p++;
        const digits = text.slice(ds, p).replace(/_/g, '');
        const v = parseInt(digits, radix);
        if (!digits || Number.isNaN(v)) throw this.error(`malformed number '${text.slice(s, p)}'`);
        this.num = v;
        this.kind = Tok.Int;
        return p;
      }
    }
    while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === C__)) p++;
    if (p < n && text.charCodeAt(p) === C_DOT) {
      isReal = true;
      p++;
      while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === C__)) p++;
    }
    if (p < n && (text.charCodeAt(p) | 32) === 101) { // e / E
      let q = p + 1;
      if (q < n && (text.charCodeAt(q) === 43 || text.charCodeAt(q) === 45)) q++;
      if (q < n && isDigit(text.charCodeAt(q))) {
        isReal = true;
        p = q;
        while (p < n && isDigit(text.charCodeAt(p))) p++;
      }
    }
    if (p < n && isIdentStart(text.charCodeAt(p))) {
      let q = p;
      while (q < n && isIdentPart(text.charCodeAt(q))) q++;
      throw this.error(`malformed number '${text.slice(s, q)}': a number cannot be followed directly by letters`);
    }
    let lit = text.slice(s, p);
    if (lit.indexOf('_') >= 0) lit = lit.replace(/_/g, '');
    this.num = Number(lit);
    this.kind = isReal ? Tok.Real : Tok.Int;
    return p;
  }

  private lexPunct(p: number, c: number): number {
    const text = this.text;
    const d = p + 1 < text.length ? text.charCodeAt(p + 1) : 0;
    switch (c) {
      case 40: this.kind = Tok.LParen; return p + 1;
      case 41: this.kind = Tok.RParen; return p + 1;
      case 91: this.kind = Tok.LBracket; return p + 1;
      case 93: this.kind = Tok.RBracket; return p + 1;
      case 123: this.kind = Tok.LBrace; return p + 1;
      case 125: this.kind = Tok.RBrace; return p + 1;
      case 44: this.kind = Tok.Comma; return p + 1;
      case 59: this.kind = Tok.Semi; return p + 1;
      case 58: this.kind = Tok.Colon; return p + 1;
      case 64: this.kind = Tok.At; return p + 1;
      case 43: this.kind = Tok.Plus; return p + 1;
      case 45: if (d === 62) { this.kind = Tok.Arrow; return p + 2; } this.kind = Tok.Minus; return p + 1;
      case 42: if (d === 42) { this.kind = Tok.Power; return p + 2; } this.kind = Tok.Star; return p + 1;
      case 47: this.kind = Tok.Slash; return p + 1;
      case 94: this.kind = Tok.Caret; return p + 1;
      case 37: this.kind = Tok.Percent; return p + 1;
      case 61: if (d === 61) { this.kind = Tok.EqEq; return p + 2; } this.kind = Tok.Eq; return p + 1;
      case 33: if (d === 61) { this.kind = Tok.NotEq; return p + 2; } this.kind = Tok.Bang; return p + 1;
      case 60: if (d === 61) { this.kind = Tok.Le; return p + 2; } this.kind = Tok.Lt; return p + 1;
      case 62: if (d === 61) { this.kind = Tok.Ge; return p + 2; } this.kind = Tok.Gt; return p + 1;
      case 38: if (d === 38) { this.kind = Tok.AndAnd; return p + 2; } this.kind = Tok.Amp; return p + 1;
      case 124: if (d === 124) { this.kind = Tok.OrOr; return p + 2; } this.kind = Tok.Pipe; return p + 1;
      case 126: this.kind = Tok.Tilde; return p + 1;
      default: {
        const cp = text.codePointAt(p) ?? c;
        throw this.error(`unexpected character '${String.fromCodePoint(cp)}'`);
      }
    }
  }
}
