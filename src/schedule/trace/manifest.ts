/**
 * The manifest of a training trace (docs/trace-format.md): DIR/manifest.json lists, per training
 * step, the loss and per parameter block the files of its Hessian (or already regularized and
 * pruned matrix) and gradient, so that `qnewton train --trace DIR` can schedule a run computed
 * elsewhere (PyTorch, JAX). Pure: parses and checks the JSON text; the files are read by loadTrace.ts.
 */
import { InvalidTraceError } from '../../errors';

/** The `format` value every manifest carries. */
export const TRACE_FORMAT = 'qnewton-trace';
/** The manifest version this reader understands. */
export const TRACE_VERSION = 1;
/** The manifest's file name inside the trace folder. */
export const TRACE_MANIFEST_FILE = 'manifest.json';
/** Default relative asymmetry max|H_ij − H_ji|/max|H| accepted in a trace Hessian (float32 autodiff Hessians are symmetric only to rounding). */
export const DEFAULT_TRACE_SYMMETRY_TOL = 1e-5;

/** One parameter block of one step. */
export interface TraceBlock {
  /** Block name, e.g. "W1" or "fc1.weight". */
  readonly name: string;
  /** Block dimension N: the Hessian is N×N, the gradient has N entries. */
  readonly n: number;
  /** Path (relative to the trace folder) of the N×N matrix: .npy (dense) or .mtx (sparse). */
  readonly hessian: string;
  /** Path of the gradient: .npy (1-D) or .json (an array of numbers). */
  readonly gradient: string;
  /** true: `hessian` is already regularized and pruned (the solver's H̃); it is used as is. Default false. */
  readonly pruned: boolean;
}

/** One training step. */
export interface TraceStep {
  /** Mini-batch loss at the start of the step. */
  readonly loss: number;
  readonly blocks: readonly TraceBlock[];
}

/** A parsed, checked manifest. */
export interface TraceManifest {
  readonly format: typeof TRACE_FORMAT;
  readonly version: typeof TRACE_VERSION;
  /** Free-text description of the model (e.g. "torch MLP 784-32-10 relu"); default "trace". */
  readonly model: string;
  /** Free-text provenance (framework, commit, machine); default "". */
  readonly source: string;
  /** Accepted relative asymmetry of the Hessians (default {@link DEFAULT_TRACE_SYMMETRY_TOL}). */
  readonly symmetryTol: number;
  readonly steps: readonly TraceStep[];
  /** Mini-batch loss after the last step. */
  readonly finalLoss: number;
}

const HESSIAN_EXTENSIONS = ['.npy', '.mtx'];
const GRADIENT_EXTENSIONS = ['.npy', '.json'];

/**
 * Parse and check manifest.json text (`manifestPath` is named in every error). Throws
 * InvalidTraceError for invalid JSON, a wrong format/version, a missing or mistyped field, a
 * duplicate block in a step, or a file path that is absolute, leaves the folder, or has an
 * unsupported extension.
 */
export function parseTraceManifest(text: string, manifestPath: string): TraceManifest {
  const fail = (what: string, fix: string): never => { throw new InvalidTraceError(manifestPath, `${manifestPath}: ${what}; ${fix} (see docs/trace-format.md)`); };
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { return fail(`not valid JSON (${(e as Error).message})`, 'write the manifest with json.dump'); }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('the manifest is not a JSON object', `write {"format": "${TRACE_FORMAT}", "version": ${TRACE_VERSION}, "steps": [...], "finalLoss": ...}`);
  const m = raw as Record<string, unknown>;
  if (m.format !== TRACE_FORMAT) fail(`"format" is ${JSON.stringify(m.format)}`, `set "format": "${TRACE_FORMAT}"`);
  if (m.version !== TRACE_VERSION) fail(`"version" is ${JSON.stringify(m.version)}, this reader understands ${TRACE_VERSION}`, `set "version": ${TRACE_VERSION}`);
  const finite = (v: unknown, where: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where} is ${JSON.stringify(v)}, not a finite number`, 'record the loss as a plain float (not NaN)');
    return v as number;
  };
  const text_ = (v: unknown, where: string, dflt: string): string => {
    if (v === undefined) return dflt;
    if (typeof v !== 'string') fail(`${where} is not a string`, 'give a string or leave it out');
    return v as string;
  };
  const symmetryTol = m.symmetryTol === undefined ? DEFAULT_TRACE_SYMMETRY_TOL : finite(m.symmetryTol, '"symmetryTol"');
  if (!(symmetryTol >= 0)) fail(`"symmetryTol" is ${symmetryTol}`, 'give a number >= 0');
  const filePath = (v: unknown, where: string, exts: readonly string[]): string => {
    if (typeof v !== 'string' || v.length === 0) fail(`${where} is missing`, `name the file relative to the trace folder (${exts.join(' or ')})`);
    const p = v as string;
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.split(/[\\/]/).includes('..')) fail(`${where} "${p}" is not inside the trace folder`, 'use a relative path without ".."');
    if (!exts.some((e) => p.toLowerCase().endsWith(e))) fail(`${where} "${p}" has an unsupported extension`, `use ${exts.join(' or ')}`);
    return p;
  };
  if (!Array.isArray(m.steps) || m.steps.length === 0) fail('"steps" is missing or empty', 'list one entry per training step');
  const steps = (m.steps as unknown[]).map((sRaw, si): TraceStep => {
    const at = `steps[${si}]`;
    if (typeof sRaw !== 'object' || sRaw === null) fail(`${at} is not an object`, 'give {"loss": ..., "blocks": [...]}');
    const s = sRaw as Record<string, unknown>;
    const loss = finite(s.loss, `${at}.loss`);
    if (!Array.isArray(s.blocks) || s.blocks.length === 0) fail(`${at}.blocks is missing or empty`, 'list the parameter blocks of the step');
    const seen = new Set<string>();
    const blocks = (s.blocks as unknown[]).map((bRaw, bi): TraceBlock => {
      const bat = `${at}.blocks[${bi}]`;
      if (typeof bRaw !== 'object' || bRaw === null) fail(`${bat} is not an object`, 'give {"name", "n", "hessian", "gradient"}');
      const b = bRaw as Record<string, unknown>;
      if (typeof b.name !== 'string' || b.name.length === 0) fail(`${bat}.name is missing`, 'name the parameter block (e.g. "W1")');
      const name = b.name as string;
      if (seen.has(name)) fail(`${at} lists block "${name}" twice`, 'list each block once per step');
      seen.add(name);
      if (typeof b.n !== 'number' || !Number.isInteger(b.n) || b.n < 1) fail(`${bat}.n is ${JSON.stringify(b.n)}`, 'give the block dimension N as an integer >= 1');
      if (b.pruned !== undefined && typeof b.pruned !== 'boolean') fail(`${bat}.pruned is not true/false`, 'give true for an already pruned matrix or leave it out');
      return {
        name, n: b.n as number,
        hessian: filePath(b.hessian, `${bat}.hessian`, HESSIAN_EXTENSIONS),
        gradient: filePath(b.gradient, `${bat}.gradient`, GRADIENT_EXTENSIONS),
        pruned: b.pruned === true,
      };
    });
    return { loss, blocks };
  });
  return {
    format: TRACE_FORMAT, version: TRACE_VERSION,
    model: text_(m.model, '"model"', 'trace'), source: text_(m.source, '"source"', ''),
    symmetryTol, steps, finalLoss: finite(m.finalLoss, '"finalLoss"'),
  };
}

/** The manifest as JSON text (2-space indent, fixed key order, trailing newline): what recordTrace writes. */
export function formatTraceManifest(m: TraceManifest): string {
  return JSON.stringify({
    format: m.format, version: m.version, model: m.model, source: m.source, symmetryTol: m.symmetryTol,
    steps: m.steps.map((s) => ({ loss: s.loss, blocks: s.blocks.map((b) => ({ name: b.name, n: b.n, hessian: b.hessian, gradient: b.gradient, ...(b.pruned ? { pruned: true } : {}) })) })),
    finalLoss: m.finalLoss,
  }, null, 2) + '\n';
}
