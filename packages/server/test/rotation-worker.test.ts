import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { syntheticRotationInput } from '../bench/rotation-instances';
import type { RotationProgress } from '../src/staff/rotation/model-input';
import { planRotation } from '../src/staff/rotation/plan-rotation';

const sourceDir = join(__dirname, '..', 'src', 'staff', 'rotation');

describe('the rotation solver in a worker thread', () => {
  it('solves from the TypeScript source, forwards progress and leaves the event loop free', async () => {
    const input = syntheticRotationInput({ staff: 40, posts: 8, months: 36, seed: 3 });
    const reports: RotationProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    const result = await planRotation(input, { timeLimitSeconds: 8, onProgress: (r) => reports.push(r) });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(result.feasible, JSON.stringify(result.violations)).toBe(true);
    expect(result.assignments.length).toBeGreaterThan(0);
    const stages = reports.map((r) => r.stage);
    expect(stages).toEqual(expect.arrayContaining(['pre-check', 'building', 'solving', 'done']));
    // A blocked loop would tick once at the end; a free one about every 20 ms (loaded machine: a third).
    expect(ticks).toBeGreaterThan(elapsed / 20 / 3);
  });

  it('runs from the compiled CommonJS build, where the worker is solve-worker.js', () => {
    // The layout of `dist/staff/rotation/`, made by TypeScript's own transpiler (no type check).
    const outDir = join(__dirname, '..', 'node_modules', '.cache', 'rotation-dist-test');
    mkdirSync(outDir, { recursive: true });
    for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.ts'))) {
      const { outputText } = ts.transpileModule(readFileSync(join(sourceDir, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      });
      writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
    }
    const input = syntheticRotationInput({ staff: 12, posts: 4, months: 24, seed: 5 });
    const script = `require(${JSON.stringify(join(outDir, 'plan-rotation.js'))})
      .planRotation(${JSON.stringify(input)}, { timeLimitSeconds: 5 })
      .then((r) => console.log(JSON.stringify({ feasible: r.feasible, status: r.status, rows: r.assignments.length })));`;
    const printed = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(JSON.parse(printed)).toMatchObject({ feasible: true, status: 'optimal' });
  });
});
