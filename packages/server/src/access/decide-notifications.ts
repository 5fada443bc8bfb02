import { EntityManager } from '@mikro-orm/knex';
import { NotificationKind } from '../notifications/notification.entity';
import { activeUsersWithRole, notify } from '../notifications/notification.service';
import { Role } from '../users/role';

/** What a notice about a request names: its id (the subject) and number (the words). */
export interface NoticeRequest {
  id: number;
  number: string;
  requesterId: number;
}

const subjectOf = (request: NoticeRequest) => `AccessRequest:${request.id}`;

/**
 * A step became PENDING: every active APPROVER of its departments is told it waits for them
 * (issue 10 §7), except the requester and whoever already decided on this request (neither may
 * decide it). Call it inside the change's transaction: at filing for the first step (A1's
 * createAccessRequest), and when a step approves and the next opens (decide.service).
 */
export async function notifyStepOpened(
  tx: EntityManager,
  request: NoticeRequest,
  step: { position: number },
  departmentIds: readonly number[],
  now: Date,
  { exclude = [] }: { exclude?: readonly number[] } = {},
): Promise<number> {
  const skip = new Set([request.requesterId, ...exclude]);
  const recipients = (await activeUsersWithRole(tx, departmentIds, Role.APPROVER)).filter((id) => !skip.has(id));
  return notify(
    tx,
    recipients,
    {
      kind: NotificationKind.ACCESS_STEP_WAITING,
      subject: subjectOf(request),
      params: { number: request.number, position: step.position },
    },
    now,
  );
}

/** A notice to the request's requester (and grantee) about it, with the request's number. */
const tellRequester = (
  tx: EntityManager,
  request: NoticeRequest,
  kind: NotificationKind,
  params: Record<string, string>,
  now: Date,
): number =>
  notify(
    tx,
    [request.requesterId],
    { kind, subject: subjectOf(request), params: { number: request.number, ...params } },
    now,
  );

/** The request was approved or rejected: its requester is told. */
export const notifyRequestDecided = (
  tx: EntityManager,
  request: NoticeRequest,
  outcome: 'APPROVED' | 'REJECTED',
  now: Date,
): number => tellRequester(tx, request, NotificationKind.ACCESS_REQUEST_DECIDED, { outcome }, now);

/** The grant was revoked by someone else: the grantee is told why. */
export const notifyGrantRevoked = (tx: EntityManager, request: NoticeRequest, reason: string, now: Date): number =>
  tellRequester(tx, request, NotificationKind.ACCESS_GRANT_REVOKED, { reason }, now);

/** The grant expires soon (grant-expiry.jobs.ts). */
export const notifyGrantExpiring = (tx: EntityManager, request: NoticeRequest, expiresAt: Date, now: Date): number =>
  tellRequester(tx, request, NotificationKind.ACCESS_GRANT_EXPIRING, { expiresAt: expiresAt.toISOString() }, now);

/** A step is past its time limit (escalation.jobs.ts): its waiting approvers and the overseers are told. */
export function notifyStepEscalated(
  tx: EntityManager,
  request: NoticeRequest,
  step: { position: number },
  recipientIds: readonly number[],
  now: Date,
): number {
  return notify(
    tx,
    recipientIds,
    {
      kind: NotificationKind.ACCESS_STEP_ESCALATED,
      subject: subjectOf(request),
      params: { number: request.number, position: step.position },
    },
    now,
  );
}
