import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { placeholders, selectRows } from '../shared/lean-rows';
import { StepMode } from './access-scope';
import { DepartmentDecision, StepStatus } from './access-request.entity';

/** One department's slot of one step, with its step's state: a row of a request's timeline. */
export interface SlotRecord {
  /** The slot's id (AccessStepDepartment). */
  id: number;
  requestId: number;
  stepId: number;
  position: number;
  mode: StepMode;
  stepStatus: StepStatus;
  stepVersion: number;
  startedAt: Date | null;
  dueAt: Date | null;
  completedAt: Date | null;
  escalatedAt: Date | null;
  departmentId: number;
  departmentName: string;
  departmentCode: string;
  departmentActive: boolean;
  decision: DepartmentDecision;
  approverId: number | null;
  approverName: string | null;
  comment: string | null;
  decidedAt: Date | null;
}

type Nullable<T> = T | null;
const toDate = (value: unknown): Date | null =>
  value == null ? null : value instanceof Date ? value : new Date(value as number | string);

/**
 * The slots of requests in chain order (position, then the order the departments were listed),
 * with the department's and approver's names: one statement for any number of requests.
 */
export async function selectSlots(em: EntityManager, requestIds: readonly number[]): Promise<SlotRecord[]> {
  if (!requestIds.length) return [];
  const rows = await selectRows<Record<string, unknown>>(
    em,
    `select d.id as id, s.request_id as request_id, s.id as step_id, s.position as position, s.mode as mode,
       s.status as step_status, s.version as step_version, s.started_at as started_at, s.due_at as due_at,
       s.completed_at as completed_at, s.escalated_at as escalated_at, d.department_id as department_id,
       o.name as department_name, o.code as department_code, o.active as department_active, d.decision as decision, d.approver_id as approver_id,
       u.display_name as approver_name, d.comment as comment, d.decided_at as decided_at
     from access_step s
       join access_step_department d on d.step_id = s.id
       join organization o on o.id = d.department_id
       left join "user" u on u.id = d.approver_id
     where s.request_id in (${placeholders(requestIds.length)})
     order by s.request_id, s.position, d.id`,
    requestIds,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    requestId: Number(row.request_id),
    stepId: Number(row.step_id),
    position: Number(row.position),
    mode: row.mode as StepMode,
    stepStatus: row.step_status as StepStatus,
    stepVersion: Number(row.step_version),
    startedAt: toDate(row.started_at),
    dueAt: toDate(row.due_at),
    completedAt: toDate(row.completed_at),
    escalatedAt: toDate(row.escalated_at),
    departmentId: Number(row.department_id),
    departmentName: String(row.department_name),
    departmentCode: String(row.department_code),
    departmentActive: Boolean(row.department_active),
    decision: row.decision as DepartmentDecision,
    approverId: row.approver_id == null ? null : Number(row.approver_id),
    approverName: (row.approver_name as Nullable<string>) ?? null,
    comment: (row.comment as Nullable<string>) ?? null,
    decidedAt: toDate(row.decided_at),
  }));
}

/**
 * Escalation is decided at read time: a step still PENDING past its due time is escalated
 * whether or not the hourly job has marked it yet; one the job marked stays so.
 */
export const isEscalated = (
  step: { stepStatus?: StepStatus; status?: StepStatus; dueAt: Date | null; escalatedAt: Date | null },
  now: Date,
) =>
  !!step.escalatedAt ||
  ((step.stepStatus ?? step.status) === StepStatus.PENDING && !!step.dueAt && step.dueAt.getTime() < now.getTime());

/** Per-request loader of requests' slots: a page of requests costs one statement. */
export function decisionLoaders(em: EntityManager) {
  return {
    accessSlotsByRequestId: new DataLoader<number, SlotRecord[]>(async (ids) => {
      const slots = await selectSlots(em, ids);
      const byRequest = new Map(ids.map((id) => [id, [] as SlotRecord[]]));
      for (const slot of slots) byRequest.get(slot.requestId)?.push(slot);
      return ids.map((id) => byRequest.get(id)!);
    }),
  };
}
