/**
 * Reading a training trace folder (docs/trace-format.md) from disk: the manifest and every file
 * it names are checked up front (openTrace), then each block's Hessian and gradient are loaded
 * when it is replayed (loadTraceBlock), with their sizes checked against the manifest. Every
 * problem is an InvalidTraceError naming the file and the fix.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InvalidTraceError, QnError } from '../../errors';
import type { CsrMatrix } from '../../math/csrMatrix';
import { loadMatrixFile } from '../../math/io/loadMatrixFile';
import { parseNpyVector } from '../../math/io/npy';
import { parseTraceManifest, TRACE_MANIFEST_FILE, TraceBlock, TraceManifest } from './manifest';

/** An opened trace: its folder and checked manifest. */
export interface OpenedTrace {
  readonly dir: string;
  readonly manifestPath: string;
  readonly manifest: TraceManifest;
}

/** One block's data. */
export interface TraceBlockData {
  /** The N×N symmetric matrix (exactly symmetrized within the manifest's symmetryTol). */
  readonly matrix: CsrMatrix;
  readonly gradient: Float64Array;
}

const DOC = 'see docs/trace-format.md';

/**
 * Open a trace folder: read and check manifest.json and check that every file it names exists.
 * Throws InvalidTraceError (missing folder, missing/invalid manifest, missing file).
 */
export function openTrace(dir: string): OpenedTrace {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new InvalidTraceError(dir, `trace folder ${dir} does not exist or is not a folder; pass the folder that holds ${TRACE_MANIFEST_FILE} (${DOC})`);
  }
  const manifestPath = path.join(dir, TRACE_MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) {
    throw new InvalidTraceError(manifestPath, `${manifestPath} not found: a trace folder needs a ${TRACE_MANIFEST_FILE} listing steps, blocks and files (${DOC}; docs/write_trace.py writes one from a PyTorch model)`);
  }
  const manifest = parseTraceManifest(fs.readFileSync(manifestPath, 'utf8'), manifestPath);
  manifest.steps.forEach((s, si) => s.blocks.forEach((b, bi) => {
    for (const key of ['hessian', 'gradient'] as const) {
      const file = path.join(dir, b[key]);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        throw new InvalidTraceError(file, `${file} (steps[${si}].blocks[${bi}].${key} of ${manifestPath}) does not exist; write the file or correct the path in the manifest (${DOC})`, { step: si, block: b.name });
      }
    }
  }));
  return { dir, manifestPath, manifest };
}

function withoutSource(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function matrixFix(e: QnError): string {
  if ('asymmetry' in e.details) return 'symmetrize it before saving ((H + Hᵀ)/2), or raise "symmetryTol" in the manifest if the asymmetry is rounding';
  if (/not finite|NaN/i.test(e.message)) return 'the Hessian has NaN/Infinity entries: recompute it (did the loss diverge?) or leave this step out of the trace';
  return `save the block Hessian as a square float32/float64 .npy or a Matrix Market .mtx (${DOC})`;
}

function readGradient(file: string): Float64Array {
  const bytes = fs.readFileSync(file);
  if (file.toLowerCase().endsWith('.npy')) return parseNpyVector(bytes, file);
  let raw: unknown;
  try { raw = JSON.parse(bytes.toString('utf8')); } catch (e) {
    throw new InvalidTraceError(file, `${file}: not valid JSON (${(e as Error).message}); write the gradient as a JSON array of numbers`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new InvalidTraceError(file, `${file}: the gradient must be a non-empty JSON array of numbers`);
  const g = new Float64Array(raw.length);
  raw.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidTraceError(file, `${file}: gradient entry ${i} is ${JSON.stringify(v)}, not a finite number; recompute the gradient or leave this step out`, { index: i });
    g[i] = v;
  });
  return g;
}

/**
 * Load one block of an opened trace and check it: the matrix must be N×N, finite and symmetric
 * within the manifest's symmetryTol, the gradient N finite numbers (N from the manifest).
 * Throws InvalidTraceError naming the file otherwise.
 */
export function loadTraceBlock(trace: OpenedTrace, step: number, block: TraceBlock): TraceBlockData {
  const hFile = path.join(trace.dir, block.hessian);
  const gFile = path.join(trace.dir, block.gradient);
  const where = `block "${block.name}" of step ${step}`;
  let matrix: CsrMatrix;
  try {
    matrix = loadMatrixFile(hFile, { symmetryTol: trace.manifest.symmetryTol }).matrix;
  } catch (e) {
    if (!(e instanceof QnError) || e instanceof InvalidTraceError) throw e;
    throw new InvalidTraceError(hFile, `${hFile}: ${withoutSource(e.message, hFile)} (${where}); ${matrixFix(e)}`, { cause: e.code, ...e.details });
  }
  if (matrix.n !== block.n) {
    throw new InvalidTraceError(hFile, `${hFile}: the matrix is ${matrix.n}×${matrix.n} but ${trace.manifestPath} gives n = ${block.n} for ${where}; correct "n" in the manifest or save the right block`, { n: block.n, actual: matrix.n });
  }
  let gradient: Float64Array;
  try {
    gradient = readGradient(gFile);
  } catch (e) {
    if (!(e instanceof QnError) || e instanceof InvalidTraceError) throw e;
    throw new InvalidTraceError(gFile, `${gFile}: ${withoutSource(e.message, gFile)} (${where}); save the gradient as a 1-D float .npy or a JSON array`, { cause: e.code, ...e.details });
  }
  if (gradient.length !== block.n) {
    throw new InvalidTraceError(gFile, `${gFile}: the gradient has ${gradient.length} entries but ${where} has n = ${block.n} (the Hessian is ${block.n}×${block.n}); save the gradient of the same block`, { n: block.n, actual: gradient.length });
  }
  return { matrix, gradient };
}
