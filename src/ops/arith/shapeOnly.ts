import { DecomposeNotImplementedError } from '../../errors';

/**
 * Thrown when a shape-only op (built from sizes alone, for counting) is asked for gates or a
 * unitary. Shape-only ops have exact `calls` so cost models can fold their call graph, but no
 * data to build a circuit from.
 */
export class ShapeOnlyDecomposeError extends DecomposeNotImplementedError {
  constructor(opName: string, hint: string) {
    super(opName);
    this.message = `op '${opName}' is shape-only (built from sizes, without matrix data): it can be counted but not decomposed or simulated; ${hint}`;
  }
}

/**
 * The angle (radians) that shape-only ops give their data-dependent rotations in `calls`: a
 * generic, non-Clifford value standing for "some arbitrary angle" (its exact value carries no
 * meaning; cost models count such rotations as arbitrary-angle rotations).
 */
export const SHAPE_ONLY_ANGLE_RAD = 0.6180339887498949;
