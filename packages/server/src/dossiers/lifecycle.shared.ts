import { EntityManager } from '@mikro-orm/knex';
import { Member } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { authorize } from '../policy/policy';
import { conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { Dossier } from './dossier.entity';

/**
 * Locks a dossier the caller's archive office keeps (custody, requirements §4) at the version
 * the caller saw: NOT_FOUND outside custody (existence is not revealed), CONFLICT when stale.
 */
export async function lockKeptDossierAt(ctx: ServiceContext, tx: EntityManager, id: string, version: number) {
  const dossier = await tx.findOne(Dossier, parseId(id, 'dossierId'), forUpdate(tx));
  const member = dossier && (await tx.findOne(Member, dossier.member.id));
  const organization = member && (await tx.findOne(Organization, member.organization.id));
  if (!dossier || !member || !organization) throw notFound('Dossier');
  try {
    authorize(ctx.actor, 'dossier.keep', { organizationPath: organization.path, custodianId: dossier.custodian.id });
  } catch {
    throw notFound('Dossier');
  }
  if (dossier.version !== version) throw conflict();
  return { dossier, member, organizationPath: organization.path };
}

/** `date` plus whole calendar months (the day clamped to the month's end). */
export function addMonthsTo(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

/** `YYYY-MM-DD` plus days. */
export const addDaysTo = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
