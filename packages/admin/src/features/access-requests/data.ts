import { currentLocale, t } from '@/app/i18n';
import type {
  AccessRequestDetailFragment,
  AccessRequestRowFragment,
  AccessRequestStatus,
  AccessScope,
  AccessStepSlotFieldsFragment,
  AccessStepStatus,
  DepartmentDecision,
  Sensitivity,
  StepMode,
} from '@/gql/graphql';
import { serverRules } from '@/gql/rules';

export type AccessRequestRow = AccessRequestRowFragment;
export type AccessRequestDetail = AccessRequestDetailFragment;
export type StepSlot = AccessStepSlotFieldsFragment;

/** The scopes in the server's order (IDENTITY, MATERIALS, RESTRICTED). */
export const ACCESS_SCOPES: readonly AccessScope[] = serverRules.enums.AccessScope;
export const ACCESS_REQUEST_STATUSES: readonly AccessRequestStatus[] = serverRules.enums.AccessRequestStatus;

/**
 * The server's filing limits (access/filing.ts FILING_LIMITS): the wizard answers before the
 * round trip; the longest duration is the server's setting, so it is left to the server's answer.
 */
export const FILING = {
  maxDossiers: 20,
  justificationMin: 10,
  justificationMax: 2000,
  purposeDetailsMax: 500,
  defaultDays: 7,
} as const;

type Labelled = 'AccessScope' | 'StepMode' | 'AccessRequestStatus';
function labelOf(name: Labelled, value: string): string {
  const labels: Record<string, string> = serverRules.labels[currentLocale()][name];
  return labels[value] ?? value;
}

export const scopeLabel = (scope: AccessScope): string => labelOf('AccessScope', scope);
export const modeLabel = (mode: StepMode): string => labelOf('StepMode', mode);
export const statusLabel = (status: AccessRequestStatus): string => labelOf('AccessRequestStatus', status);
export const decisionLabel = (decision: DepartmentDecision): string => t(`accessRequest.decision.${decision}`);
export const stepStatusLabel = (status: AccessStepStatus): string => t(`accessRequest.stepStatus.${status}`);

export const STATUS_TAG: Record<AccessRequestStatus, 'warning' | 'success' | 'danger' | 'info'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
};

export const DECISION_TAG: Record<DepartmentDecision, 'warning' | 'success' | 'danger' | 'info'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  NOT_NEEDED: 'info',
};

/** Which scope a material category belongs to: RESTRICTED ones to RESTRICTED, the rest to MATERIALS. */
export const scopeOfSensitivity = (sensitivity: Sensitivity): AccessScope =>
  sensitivity === 'RESTRICTED' ? 'RESTRICTED' : 'MATERIALS';

/** A name in the interface language (purposes and categories carry both). */
export const localName = (named: { nameZh: string; nameEn: string }): string =>
  currentLocale() === 'en' ? named.nameEn : named.nameZh;

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD HH:mm` in the browser's time zone; '—' for none. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "3 days 4 hours" / "3 天 4 小时"; under an hour, minutes. */
export function timeLeft(seconds: number): string {
  if (seconds <= 0) return t('accessRequest.grant.none');
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  if (days > 0) return t('accessRequest.grant.daysHours', { days, hours });
  if (hours > 0) return t('accessRequest.grant.hours', { hours });
  return t('accessRequest.grant.minutes', { minutes: Math.max(1, Math.floor(seconds / 60)) });
}

/** One step of the frozen chain with its departments' slots, in chain order. */
export interface ChainStep {
  position: number;
  mode: StepMode;
  status: AccessStepStatus;
  version: number;
  startedAt: string | null | undefined;
  dueAt: string | null | undefined;
  escalated: boolean;
  slots: StepSlot[];
}

/** Groups the timeline's rows (one per department and step) into steps. */
export function chainSteps(slots: readonly StepSlot[]): ChainStep[] {
  const steps = new Map<number, ChainStep>();
  for (const slot of slots) {
    let step = steps.get(slot.position);
    if (!step) {
      step = {
        position: slot.position,
        mode: slot.mode,
        status: slot.stepStatus,
        version: slot.stepVersion,
        startedAt: slot.startedAt,
        dueAt: slot.dueAt,
        escalated: slot.escalated,
        slots: [],
      };
      steps.set(slot.position, step);
    }
    // Escalation is the step's; say so whichever of its rows carries it.
    step.escalated ||= slot.escalated;
    step.slots.push(slot);
  }
  return [...steps.values()].sort((a, b) => a.position - b.position);
}

/**
 * The slot the signed-in approver may decide: their department's, still PENDING, in the step that
 * is pending now. Null when there is none (the server decides again; this only shapes the page).
 */
export function slotToDecide(
  request: Pick<AccessRequestDetail, 'status' | 'steps'>,
  organizationId: string | undefined,
): StepSlot | null {
  if (request.status !== 'PENDING' || !organizationId) return null;
  return (
    request.steps.find(
      (slot) => slot.stepStatus === 'PENDING' && slot.decision === 'PENDING' && slot.department.id === organizationId,
    ) ?? null
  );
}
