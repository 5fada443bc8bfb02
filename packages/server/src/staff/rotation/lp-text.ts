/**
 * A model written out in CPLEX LP format, which HiGHS reads directly. Rows of a hard rule can
 * be made elastic (a slack with a large cost), which is how an infeasible plan is explained:
 * the slacks that the relaxed model has to use name the rules that cannot all be met.
 */
import type { Finding } from './findings';
import type { RotationRule } from './model-input';

export type LpTerm = [coefficient: number, variable: string];

/** The hard rule a row states, for whom and when: what a broken slack of it reports. */
export interface RowOwner extends Finding {
  /** `definition`: a row that defines a helper variable, never relaxed. */
  rule: RotationRule | 'definition';
  staffId?: number;
  postId?: number;
  period?: string;
}

export interface LpModelText {
  text: string;
  /** Slack variable → the hard row it relaxes (only when built elastic). */
  slacks: Map<string, RowOwner>;
  variables: number;
  rows: number;
  /** The objective's constant term (the preference credit added back). */
  constant: number;
}

/** Cost of breaking one hard row in the elastic (diagnosis) model: above any medium penalty. */
export const ELASTIC_ROW_COST = 1_000_000;

export class LpText {
  // Summed per variable: the LP reader does not add up a variable named twice in one row.
  private readonly objective = new Map<string, number>();
  private objectiveConstant = 0;
  private readonly rowLines: string[] = [];
  private readonly bounds: string[] = [];
  private readonly binaries: string[] = [];
  private readonly slacks = new Map<string, RowOwner>();
  private rowCount = 0;
  private variableCount = 0;

  /** `elasticRules`: rules whose rows get a slack instead of holding strictly. */
  constructor(private readonly elasticRules: ReadonlySet<string> = new Set()) {}

  binary(name: string): string {
    this.binaries.push(name);
    this.variableCount++;
    return name;
  }

  continuous(name: string, upper: number | null): string {
    this.bounds.push(upper === null ? ` ${name} >= 0` : ` 0 <= ${name} <= ${upper}`);
    this.variableCount++;
    return name;
  }

  cost(coefficient: number, variable: string): void {
    this.objective.set(variable, (this.objective.get(variable) ?? 0) + coefficient);
  }

  constant(value: number): void {
    this.objectiveConstant += value;
  }

  row(terms: LpTerm[], sense: '<=' | '>=' | '=', rhs: number, owner: RowOwner): void {
    const name = `r${this.rowCount++}`;
    const all = merged(terms);
    if (this.elasticRules.has(owner.rule)) {
      if (sense !== '>=') all.push([-1, this.slack(`${name}m`, owner)]);
      if (sense !== '<=') all.push([1, this.slack(`${name}p`, owner)]);
    }
    this.rowLines.push(` ${name}: ${formatTerms(all)} ${sense} ${rhs}`);
  }

  private slack(name: string, owner: RowOwner): string {
    this.continuous(name, null);
    this.cost(ELASTIC_ROW_COST, name);
    this.slacks.set(name, owner);
    return name;
  }

  build(): LpModelText {
    const costs = [...this.objective].filter(([, c]) => c !== 0).map(([v, c]): LpTerm => [c, v]);
    const objective = formatTerms(costs) + (this.objectiveConstant ? ` + ${this.objectiveConstant}` : '');
    const text = [
      'Minimize',
      ` obj: ${objective || '0'}`,
      'Subject To',
      ...this.rowLines,
      'Bounds',
      ...this.bounds,
      'Binaries',
      ...chunk(this.binaries, 20).map((names) => ` ${names.join(' ')}`),
      'End',
      '',
    ].join('\n');
    return {
      text,
      slacks: this.slacks,
      variables: this.variableCount,
      rows: this.rowCount,
      constant: this.objectiveConstant,
    };
  }
}

function merged(terms: LpTerm[]): LpTerm[] {
  const sums = new Map<string, number>();
  for (const [c, v] of terms) sums.set(v, (sums.get(v) ?? 0) + c);
  return [...sums].map(([v, c]) => [c, v]);
}

function formatTerms(terms: LpTerm[]): string {
  const pieces = terms.map(([c, v], i) => {
    const sign = c < 0 ? '-' : i === 0 ? '' : '+';
    const size = Math.abs(c);
    return `${sign}${sign ? ' ' : ''}${size === 1 ? '' : `${size} `}${v}`;
  });
  // Short lines: the LP reader accepts a row continued on the next line.
  return chunk(pieces, 12)
    .map((line) => line.join(' '))
    .join('\n   ');
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
