import { currentLocale, t } from '@/app/i18n';
import type {
  AccessScope,
  ChainTemplateFieldsFragment,
  ChainStepInput,
  ScopeChainTemplateFieldsFragment,
  StepMode,
} from '@/gql/graphql';
import { serverRules } from '@/gql/rules';

export type ScopeChain = ScopeChainTemplateFieldsFragment;
export type ChainTemplate = ChainTemplateFieldsFragment;

export const ACCESS_SCOPES: readonly AccessScope[] = serverRules.enums.AccessScope;
export const STEP_MODES: readonly StepMode[] = serverRules.enums.StepMode;

/**
 * The server's bounds of a template (access/chain-templates.ts CHAIN_LIMITS; not in @/gql/rules):
 * checked here so the form answers before the round trip; the server checks again.
 */
export const CHAIN_LIMITS = { maxSteps: 10, maxDepartments: 10, minHours: 1, maxHours: 720 } as const;
/** The server's limit on a revocation reason (access/grant.service.ts REVOKE_REASON_MAX). */
export const REVOKE_REASON_MAX = 500;

function labelOf(name: 'AccessScope' | 'StepMode', value: string): string {
  const labels: Record<string, string> = serverRules.labels[currentLocale()][name];
  return labels[value] ?? value;
}
export const scopeLabel = (scope: AccessScope): string => labelOf('AccessScope', scope);
export const stepModeLabel = (mode: StepMode): string => labelOf('StepMode', mode);

/** One step as the editor holds it. `key` keeps rows stable while they are reordered. */
export interface StepDraft {
  key: number;
  mode: StepMode;
  departmentIds: string[];
  /** null: no limit. */
  timeLimitHours: number | null;
}

let nextKey = 1;
export function newStep(mode: StepMode = 'ALL_OF'): StepDraft {
  return { key: nextKey++, mode, departmentIds: [], timeLimitHours: null };
}

export function draftsOf(template: ChainTemplate | null | undefined): StepDraft[] {
  return (template?.steps ?? []).map((step) => ({
    key: nextKey++,
    mode: step.mode,
    departmentIds: step.departments.map((department) => department.id),
    timeLimitHours: step.timeLimitHours ?? null,
  }));
}

export function stepsInput(steps: readonly StepDraft[]): ChainStepInput[] {
  return steps.map((step) => ({
    mode: step.mode,
    departmentIds: [...step.departmentIds],
    ...(step.timeLimitHours == null ? {} : { timeLimitHours: step.timeLimitHours }),
  }));
}

/**
 * What is wrong with the steps, keyed like the server's field paths (`steps`,
 * `steps.1.departmentIds`, `steps.1.timeLimitHours`), so browser and server errors land on the
 * same step. Empty when the steps may be sent. Departments the server would refuse because they
 * are unknown or disabled are its to judge; the pickers only offer enabled departments.
 */
export function validateSteps(steps: readonly StepDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (steps.length === 0) errors.steps = t('accessAdmin.templates.errors.noSteps');
  if (steps.length > CHAIN_LIMITS.maxSteps) {
    errors.steps = t('accessAdmin.templates.errors.tooManySteps', { max: CHAIN_LIMITS.maxSteps });
  }
  steps.forEach((step, i) => {
    const field = `steps.${i}.departmentIds`;
    if (step.departmentIds.length === 0) {
      errors[field] = t('accessAdmin.templates.errors.emptyStep', { step: i + 1 });
    } else if (new Set(step.departmentIds).size !== step.departmentIds.length) {
      errors[field] = t('accessAdmin.templates.errors.departmentTwice', { step: i + 1 });
    } else if (step.departmentIds.length > CHAIN_LIMITS.maxDepartments) {
      errors[field] = t('accessAdmin.templates.errors.tooManyDepartments', { max: CHAIN_LIMITS.maxDepartments });
    }
    const hours = step.timeLimitHours;
    if (
      hours != null &&
      !(Number.isInteger(hours) && hours >= CHAIN_LIMITS.minHours && hours <= CHAIN_LIMITS.maxHours)
    ) {
      errors[`steps.${i}.timeLimitHours`] = t('accessAdmin.templates.errors.timeLimit', {
        min: CHAIN_LIMITS.minHours,
        max: CHAIN_LIMITS.maxHours,
      });
    }
  });
  return errors;
}

/** The server names a step's field as `steps.1.departmentIds`, sometimes under `input.`. */
export function stepFieldPath(field: string): string {
  return field.replace(/^input\./, '');
}

/** Moves the item at `from` to `to` (a new array). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Time left of a grant, in the largest useful units: "3 天 4 小时", "2 h 5 min", "expired". */
export function timeLeftText(remainingSeconds: number): string {
  if (remainingSeconds <= 0) return t('accessAdmin.grants.expired');
  const minutes = Math.floor(remainingSeconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return t('accessAdmin.grants.leftDays', { days, hours });
  if (hours > 0) return t('accessAdmin.grants.leftHours', { hours, minutes: mins });
  return t('accessAdmin.grants.leftMinutes', { minutes: Math.max(mins, remainingSeconds > 0 ? 1 : 0) });
}

/** Share of the grant's whole span still left, 0–100. */
export function remainingPercent(grantedAt: string, expiresAt: string, remainingSeconds: number): number {
  const span = (new Date(expiresAt).getTime() - new Date(grantedAt).getTime()) / 1000;
  if (!(span > 0) || remainingSeconds <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((remainingSeconds / span) * 100)));
}

/** el-progress colour: plenty of time, running out (under a day or a fifth), almost gone. */
export function remainingStatus(percent: number, remainingSeconds: number): 'success' | 'warning' | 'exception' {
  if (remainingSeconds < 3600 || percent < 5) return 'exception';
  if (remainingSeconds < 86_400 || percent < 20) return 'warning';
  return 'success';
}

/** Hours, one decimal, for the dashboard; '—' when there are none. */
export function hoursText(hours: number | null | undefined): string {
  return hours == null ? '—' : t('accessAdmin.hours', { hours: Math.round(hours * 10) / 10 });
}

/** The grant a dossier export goes through: the request it was granted by. */
export interface CoveringGrant {
  requestId: string;
  requestNumber: string;
}

/**
 * Of the caller's active grants, the one covering `dossierId` that lasts longest (any would do;
 * the longest-lasting is the least likely to expire during the download). Null when none does.
 */
export function grantCovering(
  grants: ReadonlyArray<{
    expiresAt: string;
    request: { id: string; number: string; dossiers: ReadonlyArray<{ id: string }> };
  }>,
  dossierId: string,
): CoveringGrant | null {
  const covering = grants
    .filter((grant) => grant.request.dossiers.some((dossier) => dossier.id === dossierId))
    .sort((a, b) => b.expiresAt.localeCompare(a.expiresAt))[0];
  return covering ? { requestId: covering.request.id, requestNumber: covering.request.number } : null;
}

/** The server's purpose codes (access/purposes.ts): upper case, digits, underscores. */
export const PURPOSE_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{1,31}$/;
