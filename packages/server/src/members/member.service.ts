import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { AuditEvent } from '../audit/audit.service';
import { Dossier } from '../dossiers/dossier.entity';
import { dossierProjection, DossierRecord } from '../dossiers/dossier.records';
import { listableSql, memberOrganizationFilter, openDossier, refreshDossierStatus } from '../dossiers/dossier.service';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { authorize, authorizeDossierRead, isInSubtree, personalDataReadableSql, servedArea } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { LeanProjection, leanProperties, propertiesFor, selectRows } from '../shared/lean-rows';
import { escapeLike, searchText } from '../shared/like';
import { forUpdate } from '../shared/locking';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { User } from '../users/user.entity';
import { Member } from './member.entity';
import { MemberRelative, RelativeKind } from './member-relative.entity';
import {
  chinaToday,
  checkStageDates,
  optionalDate,
  optionalText,
  validAddress,
  validDate,
  validIdNumber,
  validPhone,
} from './member-validation';
import { allowedTransitions, Gender, MembershipStage, MembershipStatus, STAGE_DATE, stageOfStatus } from './membership';
import { idNumberIndex, opened, PII, sealed } from './personal-data';

export type MemberRecord = Omit<Member, 'organization' | 'user'> & {
  organization: { id: number };
  user: { id: number } | null;
  /** The member's dossier, when the read joined it (the members list does: the page needs no statement of its own for it). */
  dossier?: DossierRecord | null;
};

export const memberProjection = (em: EntityManager, alias = 'm', properties = leanProperties(em, Member)) =>
  new LeanProjection<MemberRecord>(em, Member, properties, alias);

/**
 * Member fields resolved from other columns than their own. With `id`, `organization` and `user`
 * (what the personal-data decision reads) these are all a page of members needs (issue 9 point 13:
 * the unasked text columns cost more than the search they came with).
 */
const DERIVED_FIELDS: Record<string, readonly string[]> = {
  idNumber: ['idNumberEncrypted'],
  phone: ['phoneEncrypted'],
  address: ['addressEncrypted'],
  allowedTransitions: ['membershipStatus'],
  dossier: [],
  relatives: [],
};

export interface RelativeInput {
  kind: RelativeKind;
  name: string;
  relation: string;
  workUnit?: string | null;
  idNumber?: string | null;
}

interface MemberFields {
  name?: string | null;
  gender?: Gender | null;
  ethnicity?: string | null;
  birthDate?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
  education?: string | null;
  workUnit?: string | null;
  post?: string | null;
  organizationId?: string | null;
  applicationDate?: string | null;
  activistDate?: string | null;
  developmentTargetDate?: string | null;
  probationaryDate?: string | null;
  fullMembershipDate?: string | null;
  relatives?: RelativeInput[] | null;
}

export interface CreateMember extends MemberFields {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  organizationId: string;
  /** The stage the member has reached (an existing member's record may start at any stage). */
  stage: MembershipStage;
}

export interface UpdateMember extends MemberFields {
  id: string;
  version: number;
}

const TEXT_LIMITS = { ethnicity: 20, education: 50, workUnit: 100, post: 50 } as const;

/** The member's party organisation: a committee or branch inside the area the archive office serves. */
export async function memberOrganization(tx: EntityManager, id: string, office: Organization): Promise<Organization> {
  const organization = await tx.findOne(Organization, parseId(id, 'organizationId'));
  if (!organization) throw badInput('organizationId', 'common.notFound', { entity: 'Organization' });
  const partyTypes = [OrganizationType.COMMITTEE, OrganizationType.GENERAL_BRANCH, OrganizationType.BRANCH];
  if (!partyTypes.includes(organization.type)) throw badInput('organizationId', 'member.organizationType');
  // An archive office keeps the dossiers of the organisations under its own parent.
  const served = servedArea(office.path);
  if (!isInSubtree(organization.path, served)) throw badInput('organizationId', 'member.outsideOffice');
  return organization;
}

/** The caller's archive office and account: a dossier is opened in their custody. */
export async function custodianOf(
  ctx: ServiceContext,
  tx: EntityManager,
): Promise<{ office: Organization; archivist: User }> {
  const actor = authorize(ctx.actor, 'dossier.keep', {
    organizationPath: ctx.actor?.organizationPath ?? '',
    custodianId: ctx.actor?.organizationId,
  });
  const office = await tx.findOneOrFail(Organization, actor.organizationId);
  if (office.type !== OrganizationType.ARCHIVE_OFFICE) throw badInput('organizationId', 'dossier.custodianType');
  return { office, archivist: await tx.findOneOrFail(User, actor.userId) };
}

function applyRelatives(
  ctx: ServiceContext,
  tx: EntityManager,
  member: Member,
  inputs: RelativeInput[],
  today: string,
) {
  return inputs.map((input, i) => {
    const field = `relatives.${i}`;
    const relative = new MemberRelative();
    relative.member = ref(member);
    relative.kind = input.kind;
    relative.name = requiredText(`${field}.name`, input.name, 50);
    relative.relation = requiredText(`${field}.relation`, input.relation, 20);
    relative.workUnit = optionalText(`${field}.workUnit`, input.workUnit, 100);
    const idNumber = input.idNumber?.trim()
      ? validIdNumber(`${field}.idNumber`, input.idNumber, null, today).value
      : null;
    relative.idNumberEncrypted = sealed(ctx.settings.pii, idNumber, PII.relativeIdNumber);
    relative.sortOrder = i;
    tx.persist(relative);
    return relative;
  });
}

/** Copies validated fields onto the member: the ID number checked against the final birth date and gender. */
function applyFields(ctx: ServiceContext, member: Member, input: MemberFields, today: string): string[] {
  const changed: string[] = [];
  if (input.name != null) {
    member.name = requiredText('name', input.name, 50);
    changed.push('name');
  }
  if (input.gender != null) {
    member.gender = input.gender;
    changed.push('gender');
  }
  if (input.birthDate != null) {
    member.birthDate = validDate('birthDate', input.birthDate, today);
    changed.push('birthDate');
  }
  for (const field of ['ethnicity', 'education', 'workUnit', 'post'] as const) {
    if (input[field] === undefined) continue;
    const value = optionalText(field, input[field], TEXT_LIMITS[field]);
    if (field === 'ethnicity' && !value) throw badInput(field, 'common.required');
    member[field] = value!;
    changed.push(field);
  }
  const pii = ctx.settings.pii;
  const idNumber = input.idNumber != null ? input.idNumber : opened(pii, member.idNumberEncrypted, PII.idNumber);
  if (!idNumber) throw badInput('idNumber', 'common.required');
  const facts = validIdNumber('idNumber', idNumber, member, today);
  if (input.idNumber != null) {
    member.idNumberEncrypted = pii.encrypt(facts.value, PII.idNumber);
    member.idNumberIndex = idNumberIndex(pii, facts.value);
    changed.push('idNumber');
  }
  if (input.phone !== undefined) {
    member.phoneEncrypted = sealed(pii, validPhone(input.phone), PII.phone);
    changed.push('phone');
  }
  if (input.address !== undefined) {
    member.addressEncrypted = sealed(pii, validAddress(input.address), PII.address);
    changed.push('address');
  }
  for (const field of Object.values(STAGE_DATE)) {
    if (input[field] === undefined) continue;
    member[field] = optionalDate(field, input[field], today);
    changed.push(field);
  }
  checkStageDates(member.stage, member, member.birthDate);
  return changed;
}

async function assertUniqueIdNumber(tx: EntityManager, member: Member) {
  const other = await tx.findOne(Member, { idNumberIndex: member.idNumberIndex }, { fields: ['id'] });
  if (other && other.id !== member.id) throw badInput('idNumber', 'member.idNumber.taken');
}

/** A unique index is the last word on ID numbers: two concurrent creations cannot both pass. */
function uniqueIdNumberRace(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) throw badInput('idNumber', 'member.idNumber.taken');
  throw error;
}

export async function memberEvent(
  tx: EntityManager,
  action: string,
  member: Member,
  details?: Record<string, unknown>,
): Promise<AuditEvent> {
  const organization = await tx.findOneOrFail(Organization, member.organization.id);
  // No personal data in the trail: the label is the name, the details say what changed.
  return { action, target: `Member:${member.id}`, label: member.name, organizationPath: organization.path, details };
}

/**
 * A new member checked by every rule of createMember but uniqueness (which the caller checks,
 * one by one or in a batch), not yet persisted: bulk import validates its rows with this.
 */
export async function validatedNewMember(
  ctx: ServiceContext,
  tx: EntityManager,
  input: CreateMember,
  office: Organization,
  today: string,
): Promise<Member> {
  const organization = await memberOrganization(tx, input.organizationId, office);
  const member = new Member({
    name: requiredText('name', input.name, 50),
    gender: input.gender,
    ethnicity: input.ethnicity,
    birthDate: validDate('birthDate', input.birthDate, today),
    idNumberEncrypted: '',
    idNumberIndex: '',
    stage: input.stage,
    organization,
  });
  applyFields(ctx, member, input, today);
  return member;
}

export async function createMember(ctx: ServiceContext, input: CreateMember): Promise<Member> {
  const today = chinaToday(ctx.now());
  return runAudited(ctx, async (tx) => {
    const { office, archivist } = await custodianOf(ctx, tx);
    const member = await validatedNewMember(ctx, tx, input, office, today);
    await assertUniqueIdNumber(tx, member);
    tx.persist(member);
    applyRelatives(ctx, tx, member, input.relatives ?? [], today);
    openDossier(ctx, tx, member, office, archivist);
    await tx.flush().catch(uniqueIdNumberRace);
    return {
      result: member,
      audit: await memberEvent(tx, 'MEMBER_CREATED', member, { stage: member.stage, custodian: office.code }),
    };
  });
}

/** Loads and locks a member whose dossier the caller's office keeps; NOT_FOUND otherwise. */
async function lockKeptMember(ctx: ServiceContext, tx: EntityManager, id: string) {
  const member = await tx.findOne(Member, parseId(id), forUpdate(tx));
  const dossier = member && (await tx.findOne(Dossier, { member: member.id }, forUpdate(tx)));
  const organization = member && (await tx.findOne(Organization, member.organization.id));
  if (!member || !dossier || !organization) throw notFound('Member');
  try {
    authorize(ctx.actor, 'dossier.keep', { organizationPath: organization.path, custodianId: dossier.custodian.id });
  } catch {
    throw notFound('Member');
  }
  return { member, dossier, office: await tx.findOneOrFail(Organization, dossier.custodian.id) };
}

export async function updateMember(ctx: ServiceContext, input: UpdateMember): Promise<Member> {
  const today = chinaToday(ctx.now());
  return runAudited(ctx, async (tx) => {
    const { member, office } = await lockKeptMember(ctx, tx, input.id);
    if (member.version !== input.version) throw conflict();
    const changed = applyFields(ctx, member, input, today);
    if (input.organizationId != null) {
      member.organization = tx.getReference(
        Organization,
        (await memberOrganization(tx, input.organizationId, office)).id,
        {
          wrapped: true,
        },
      );
      changed.push('organization');
    }
    if (input.relatives != null) {
      await tx.nativeDelete(MemberRelative, { member: member.id });
      applyRelatives(ctx, tx, member, input.relatives, today);
      changed.push('relatives');
    }
    await assertUniqueIdNumber(tx, member);
    await tx.flush().catch(uniqueIdNumberRace);
    return { result: member, audit: await memberEvent(tx, 'MEMBER_UPDATED', member, { changed }) };
  });
}

export interface ChangeMembershipStatus {
  id: string;
  version: number;
  status: MembershipStatus;
  /** The day of the change: the new stage's date, or the retirement / transfer / death date. */
  date: string;
}

/** Moves a member along the allowed transitions (requirements §2), with the date of the move. */
export async function changeMembershipStatus(ctx: ServiceContext, input: ChangeMembershipStatus): Promise<Member> {
  const today = chinaToday(ctx.now());
  const date = validDate('date', input.date, today);
  return runAudited(ctx, async (tx) => {
    const { member, dossier } = await lockKeptMember(ctx, tx, input.id);
    if (member.version !== input.version) throw conflict();
    const from = member.membershipStatus;
    if (!allowedTransitions(from).includes(input.status)) {
      throw badInput('status', 'member.transitionNotAllowed', { from, to: input.status });
    }
    const stage = stageOfStatus(input.status);
    const latest = [...Object.values(STAGE_DATE).map((field) => member[field]), member.statusDate]
      .filter(Boolean)
      .sort()
      .at(-1);
    if (latest && date < latest) throw badInput('date', 'member.dateOrder');
    if (stage && stage !== member.stage) {
      member[STAGE_DATE[stage]] = date;
      member.stage = stage;
    } else {
      member.statusDate = date;
    }
    member.membershipStatus = input.status;
    await refreshDossierStatus(ctx, tx, dossier);
    return {
      result: member,
      audit: await memberEvent(tx, 'MEMBERSHIP_STATUS_CHANGED', member, { from, to: input.status, date }),
    };
  });
}

export type MemberOrder = 'ID' | 'NAME' | 'BIRTH_DATE' | 'RECENTLY_UPDATED';

/** Sort keys: column and direction; keyset pages continue after the row named by the cursor. */
const ORDERS: Record<MemberOrder, { column: string | null; descending: boolean }> = {
  ID: { column: null, descending: false },
  NAME: { column: 'name', descending: false },
  BIRTH_DATE: { column: 'birth_date', descending: false },
  RECENTLY_UPDATED: { column: 'updated_at', descending: true },
};

export interface MemberFilterInput {
  search?: string | null;
  idNumber?: string | null;
  organizationId?: string | null;
  status?: MembershipStatus | null;
}

export async function listMembers(
  ctx: ServiceContext,
  filter: MemberFilterInput,
  page: PageRequest,
  order: MemberOrder,
  totalCount: boolean,
  /** The member fields the caller selects; every column when not given (the export). */
  fields?: Iterable<string>,
): Promise<Page<MemberRecord>> {
  const scope = await listableSql(ctx, 'member.read');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  const search = searchText('search', filter.search);
  if (search) {
    where.push(`m.name like ? escape '\\'`);
    params.push(`%${escapeLike(search)}%`);
  }
  const idNumber = searchText('idNumber', filter.idNumber, 18);
  if (idNumber) {
    // Exact search through the blind index: nothing is decrypted to find it. Only among members
    // whose ID number the caller reads unmasked: over masked ones it would confirm the hidden digits.
    const readable = await personalDataReadableSql(ctx);
    where.push('m.id_number_index = ?', readable.sql);
    params.push(idNumberIndex(ctx.settings.pii, idNumber), ...readable.params);
  }
  if (filter.organizationId) {
    const subtree = await memberOrganizationFilter(ctx, filter.organizationId, 'organizationId');
    where.push(subtree.sql);
    params.push(...subtree.params);
  }
  if (filter.status) {
    where.push('m.membership_status = ?');
    params.push(filter.status);
  }
  const { column, descending } = ORDERS[order];
  const keys = column ? `m.${column}, m.id` : 'm.id';
  const direction = descending ? 'desc' : 'asc';
  const after = page.afterId
    ? ` and (${keys}) ${descending ? '<' : '>'} (${column ? `(select ${column}, id from member where id = ?)` : '?'})`
    : '';
  const properties = propertiesFor(ctx.em, Member, fields, ['id', 'organization', 'user'], DERIVED_FIELDS);
  const projection = memberProjection(ctx.em, 'm', properties);
  // Whole dossiers: the page primes the dossier loaders that every later field reads.
  const dossier = dossierProjection(ctx.em, 'd', 'dossier_');
  const from = `from member m join organization o on o.id = m.organization_id left join dossier d on d.member_id = m.id where ${where.join(' and ')}`;
  const orderBy = column ? `m.${column} ${direction}, m.id ${direction}` : `m.id ${direction}`;
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${projection.select}, ${dossier.select} ${from}${after} order by ${orderBy} limit ?`, [
      ...params,
      ...(page.afterId ? [page.afterId] : []),
      page.limit + 1,
    ]),
    totalCount ? selectRows<{ count: number | string }>(ctx.em, `select count(*) as count ${from}`, params) : null,
  ]);
  return toPage(
    rows.map((row) => ({ ...projection.read(row), dossier: row.dossier_id == null ? null : dossier.read(row) })),
    page.limit,
    counted ? Number(counted[0].count) : null,
  );
}

/**
 * One member the caller may read: subtree, custody of the dossier, an active grant covering it, or
 * their own record; NOT_FOUND otherwise, as for an id that does not exist.
 */
export async function getMember(ctx: ServiceContext, id: string): Promise<MemberRecord> {
  const projection = memberProjection(ctx.em);
  const rows = await selectRows<Record<string, unknown>>(
    ctx.em,
    `select ${projection.select}, o.path as "memberPath", d.custodian_id as "custodianId", d.id as "dossierId" from member m
      join organization o on o.id = m.organization_id left join dossier d on d.member_id = m.id where m.id = ?`,
    [parseId(id)],
  );
  if (!rows.length) throw notFound('Member');
  const member = projection.read(rows[0]);
  if (ctx.actor && member.user?.id === ctx.actor.userId) return member;
  try {
    await authorizeDossierRead(ctx, 'member.read', 'dossier.keep', {
      organizationPath: rows[0].memberPath as string,
      custodianId: rows[0].custodianId == null ? null : Number(rows[0].custodianId),
      dossierId: rows[0].dossierId == null ? null : Number(rows[0].dossierId),
    });
  } catch {
    throw notFound('Member');
  }
  return member;
}
