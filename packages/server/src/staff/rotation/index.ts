/**
 * The rotation solver's public face for the staff domain (issue 11 point 4): the job calls
 * `planRotation` with a `RotationInput` read from its tables, forwards its progress, and
 * stores the result as a draft; publishing checks the draft with `checkRotationPlan` first.
 */
export { checkRotationPlan, type RotationPlanCheck } from './checker';
export * from './findings';
export * from './model-input';
export { planRotation, type PlanRotationOptions } from './plan-rotation';
export { precheckRotation, type RotationPrecheck } from './pre-check';
export { readRotationFacts } from './rotation-facts';
export { DEFAULT_SOLVE_OPTIONS, solveRotationInThread, type RotationSolveOptions } from './solve-in-thread';
