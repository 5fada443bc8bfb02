/**
 * The baseline's answers to the scale suite (bench/scale.ts), hand-written SQL with the same
 * rules Dangan applies, so the comparison is fair:
 *
 * - **members page / ID-number search** (the SPA's `Members` query): the page statement joins
 *   member, organisation and dossier under the caller's scope (subtree, or custody of the
 *   dossier for an archivist) and the filter (organisation subtree and status, or the blind
 *   index of the ID number); a count statement with the same conditions; the catalogue and the
 *   categories of the page's current materials for each dossier's completeness rate. ID number
 *   and phone are decrypted (AES-256-GCM, the same keyring) and masked unless the caller keeps
 *   the dossier, as Dangan's field policy does.
 * - **dossier page** (the SPA's `DossierPage`): one statement for the dossier with its member,
 *   organisations, archivist and the caller's scope; one for its materials with their files;
 *   one for the catalogue. Contents, notes of restricted categories and files only for the
 *   custodian archivist.
 *
 * What it leaves out: GraphQL, the per-field policy machinery, and the SENSITIVE_READ audit entry
 * that Dangan writes when it unmasks (the dossier page read by its custodian).
 */
import { MembershipStage, stageRank } from '../../src/members/membership';
import { PII } from '../../src/members/personal-data';
import { maskIdentifier } from '../../src/policy/masking';
import { parseIndexKey, parsePiiKeys, PiiKey, PiiKeyring } from '../../src/shared/pii/keyring';
import type { Row, Run } from './baseline';
import { BENCH_PII_KEYS } from './shared';

export const SCALE_OPERATIONS = new Set(['Members', 'DossierPage']);

const keyring = new PiiKeyring(
  parsePiiKeys(BENCH_PII_KEYS.PII_KEYS) as PiiKey[],
  parseIndexKey(BENCH_PII_KEYS.PII_INDEX_KEY) as Buffer,
);

/** The caller: user, organisation, roles and path, from a live session of an active user. */
const ACTOR = {
  pg: `select a.id as user_id, a.organization_id as org_id, a.role_list, o.path from session s
         join "user" a on a.id = s.user_id join organization o on o.id = a.organization_id
        where s.id = $1 and a.id = $2 and s.revoked_at is null and s.expires_at > now() and a.status = 'ACTIVE'`,
  sqlite: `select a.id as user_id, a.organization_id as org_id, a.role_list, o.path from session s
         join user a on a.id = s.user_id join organization o on o.id = a.organization_id
        where s.id = ? and a.id = ? and s.revoked_at is null and s.expires_at > ? and a.status = 'ACTIVE'`,
};

/** Successor of a path's last character: the subtree's upper bound (organizations/subtree.ts). */
const upper = {
  pg: (column: string) => `left(${column}, -1) || '0'`,
  sqlite: (column: string) => `substr(${column}, 1, length(${column}) - 1) || '0'`,
};

/** Rows the caller may read: the subtree of their organisation, or dossiers their archive office keeps. */
const scope = (dialect: 'pg' | 'sqlite') =>
  `((o.path >= actor.path and o.path < ${upper[dialect]('actor.path')})
     or (actor.role_list like '%,ARCHIVIST,%' and d.custodian_id = actor.org_id))`;

const MEMBER_COLUMNS = `m.id, m.name, m.gender, m.birth_date, m.id_number_encrypted, m.phone_encrypted, m.membership_status,
  m.stage, o.id as organization_id, o.name as organization_name, d.id as dossier_id, d.status as dossier_status,
  d.completion_deadline, d.custodian_id, actor.org_id as actor_org, actor.role_list`;

function memberStatements(filter: 'subtree' | 'idNumber') {
  const make = (dialect: 'pg' | 'sqlite') => {
    const p = dialect === 'pg' ? (n: number) => `$${n}` : () => '?';
    const conditions =
      filter === 'subtree'
        ? `m.organization_id in (select c.id from organization f join organization c
             on c.path >= f.path and c.path < ${upper[dialect]('f.path')} where f.id = ${p(3)})
           and m.membership_status = ${p(4)}`
        : `m.id_number_index = ${p(3)}`;
    const from = `from actor, member m join organization o on o.id = m.organization_id
      left join dossier d on d.member_id = m.id where ${scope(dialect)} and ${conditions}`;
    const actor = `with actor as (${ACTOR[dialect]})`;
    const limit = p(filter === 'subtree' ? 5 : 4);
    return {
      page: `${actor} select ${MEMBER_COLUMNS} ${from} order by m.id limit ${limit}`,
      count: `${actor} select count(*) as count ${from}`,
    };
  };
  const pg = make('pg');
  const sqlite = make('sqlite');
  return { page: { pg: pg.page, sqlite: sqlite.page }, count: { pg: pg.count, sqlite: sqlite.count } };
}

const BY_SUBTREE = memberStatements('subtree');
const BY_ID_NUMBER = memberStatements('idNumber');

const CATALOGUE = {
  pg: `select id, code, name_zh, name_en, required_from, sensitivity, active from material_category order by sort_order, id`,
  sqlite: `select id, code, name_zh, name_en, required_from, sensitivity, active from material_category order by sort_order, id`,
};

const isoDate = (value: unknown) =>
  value == null ? null : (value instanceof Date ? value : new Date(value as number)).toISOString();

/** Required categories at a stage, as Dangan's completeness computes them. */
const requiredAt = (category: Row, stage: MembershipStage) =>
  Boolean(category.active) &&
  category.required_from != null &&
  stageRank(category.required_from as MembershipStage) <= stageRank(stage);

async function currentCategories(run: Run, dialect: string, dossierIds: number[]): Promise<Map<number, Set<number>>> {
  const byDossier = new Map<number, Set<number>>(dossierIds.map((id) => [id, new Set()]));
  if (!dossierIds.length) return byDossier;
  const marks = dossierIds.map((_, i) => (dialect === 'postgresql' ? `$${i + 1}` : '?')).join(', ');
  const sql = `select dossier_id, category_id from material where dossier_id in (${marks}) and status = 'CURRENT'`;
  for (const row of await run({ pg: sql, sqlite: sql }, dossierIds)) {
    byDossier.get(Number(row.dossier_id))?.add(Number(row.category_id));
  }
  return byDossier;
}

async function members(run: Run, dialect: string, body: Row, actor: unknown[]) {
  const filter = (body.variables?.filter ?? {}) as Row;
  const first = Math.min(Number(body.variables?.first ?? 20), 100);
  const statements = filter.idNumber ? BY_ID_NUMBER : BY_SUBTREE;
  const params = filter.idNumber
    ? [...actor, keyring.blindIndex(String(filter.idNumber), 'idNumber')]
    : [...actor, Number(filter.organizationId), String(filter.status)];
  const [rows, counted, catalogue] = await Promise.all([
    run(statements.page, [...params, first + 1]),
    run(statements.count, params),
    run(CATALOGUE, []),
  ]);
  const page = rows.slice(0, first);
  const present = await currentCategories(
    run,
    dialect,
    page.filter((r) => r.dossier_id != null).map((r) => Number(r.dossier_id)),
  );
  const edges = page.map((r) => {
    const keeps = String(r.role_list).includes(',ARCHIVIST,') && Number(r.custodian_id) === Number(r.actor_org);
    const reveal = (stored: string | null, purpose: string) => {
      if (stored == null) return null;
      const value = keyring.decrypt(stored, purpose);
      return keeps ? value : maskIdentifier(value);
    };
    let dossier = null;
    if (r.dossier_id != null) {
      const required = catalogue.filter((c) => requiredAt(c, r.stage));
      const have = present.get(Number(r.dossier_id))!;
      const deadline = isoDate(r.completion_deadline)!;
      dossier = {
        id: String(r.dossier_id),
        status: r.dossier_status,
        overdue: r.dossier_status === 'ESTABLISHING' && Date.parse(deadline) < Date.now(),
        completeness: {
          rate: required.length ? required.filter((c) => have.has(Number(c.id))).length / required.length : 1,
        },
      };
    }
    return {
      cursor: Buffer.from(String(r.id)).toString('base64'),
      node: {
        id: String(r.id),
        name: r.name,
        gender: r.gender,
        birthDate: r.birth_date,
        idNumber: reveal(r.id_number_encrypted, PII.idNumber),
        phone: reveal(r.phone_encrypted, PII.phone),
        membershipStatus: r.membership_status,
        stage: r.stage,
        organization: { id: String(r.organization_id), name: r.organization_name },
        dossier,
      },
    };
  });
  return {
    data: {
      members: {
        totalCount: Number(counted[0].count),
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

const DOSSIER = {
  pg: `with actor as (${ACTOR.pg})
       select d.id, d.status, d.completion_deadline, d.completed_at, d.custodian_id, m.id as member_id, m.name as member_name,
              m.stage, o.id as organization_id, o.name as organization_name, o.path, c.name as custodian_name,
              u.id as archivist_id, u.display_name as archivist_name, actor.path as actor_path, actor.org_id as actor_org,
              actor.role_list
         from actor, dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
         join organization c on c.id = d.custodian_id join "user" u on u.id = d.archivist_id
        where d.id = $3`,
  sqlite: `with actor as (${ACTOR.sqlite})
       select d.id, d.status, d.completion_deadline, d.completed_at, d.custodian_id, m.id as member_id, m.name as member_name,
              m.stage, o.id as organization_id, o.name as organization_name, o.path, c.name as custodian_name,
              u.id as archivist_id, u.display_name as archivist_name, actor.path as actor_path, actor.org_id as actor_org,
              actor.role_list
         from actor, dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
         join organization c on c.id = d.custodian_id join user u on u.id = d.archivist_id
        where d.id = ?`,
};

const MATERIALS_SQL = (
  mark: string,
) => `select x.id, x.category_id, x.lineage, x.version, x.status, x.title, x.formed_on,
       x.received_on, x.pages, x.notes, x.content, x.sha256, x.late_filing, x.invalidation_reason, x.invalidated_at,
       x.created_at, f.sha256 as file_sha256, f.file_name, s.size, s.content_type
  from material x left join material_file f on f.material_id = x.id left join stored_file s on s.sha256 = f.sha256
 where x.dossier_id = ${mark} order by x.id, f.id`;
const MATERIALS = { pg: MATERIALS_SQL('$1'), sqlite: MATERIALS_SQL('?') };

async function dossierPage(run: Run, body: Row, actor: unknown[]) {
  const id = Number(body.variables?.id);
  const [[dossier], materials, catalogue] = await Promise.all([
    run(DOSSIER, [...actor, id]),
    run(MATERIALS, [id]),
    run(CATALOGUE, []),
  ]);
  const categories = catalogue.map((c) => ({ id: String(c.id), code: c.code, nameZh: c.name_zh, nameEn: c.name_en }));
  if (!dossier) return { data: { dossier: null, materialCategories: categories } };
  const path = String(dossier.path);
  const actorPath = String(dossier.actor_path);
  const archivist = String(dossier.role_list).includes(',ARCHIVIST,');
  const keeps = archivist && Number(dossier.custodian_id) === Number(dossier.actor_org);
  if (!keeps && !path.startsWith(actorPath)) return { data: { dossier: null, materialCategories: categories } };
  const sensitivity = new Map(catalogue.map((c) => [Number(c.id), c.sensitivity]));
  const byId = new Map<number, Row>();
  for (const row of materials) {
    let material = byId.get(Number(row.id));
    if (!material) {
      material = {
        id: String(row.id),
        lineage: row.lineage,
        version: Number(row.version),
        status: row.status,
        title: row.title,
        formedOn: row.formed_on,
        receivedOn: row.received_on,
        pages: row.pages,
        notes: keeps || sensitivity.get(Number(row.category_id)) === 'NORMAL' ? row.notes : null,
        content: keeps ? row.content : null,
        sha256: row.sha256,
        lateFiling: Boolean(row.late_filing),
        invalidationReason: row.invalidation_reason,
        invalidatedAt: isoDate(row.invalidated_at),
        createdAt: isoDate(row.created_at),
        category: { id: String(row.category_id) },
        files: keeps ? [] : null,
      };
      byId.set(Number(row.id), material);
    }
    if (keeps && row.file_sha256 != null) {
      material.files.push({
        sha256: row.file_sha256,
        fileName: row.file_name,
        size: Number(row.size),
        contentType: row.content_type,
      });
    }
  }
  const all = [...byId.values()];
  const present = new Set(all.filter((m) => m.status === 'CURRENT').map((m) => Number(m.category.id)));
  const required = catalogue.filter((c) => requiredAt(c, dossier.stage));
  const missing = required.filter((c) => !present.has(Number(c.id)));
  const deadline = isoDate(dossier.completion_deadline)!;
  return {
    data: {
      dossier: {
        id: String(dossier.id),
        status: dossier.status,
        overdue: dossier.status === 'ESTABLISHING' && Date.parse(deadline) < Date.now(),
        completionDeadline: deadline,
        completedAt: isoDate(dossier.completed_at),
        member: {
          id: String(dossier.member_id),
          name: dossier.member_name,
          stage: dossier.stage,
          organization: { id: String(dossier.organization_id), name: dossier.organization_name },
        },
        custodian: { id: String(dossier.custodian_id), name: dossier.custodian_name },
        archivist: { id: String(dossier.archivist_id), displayName: dossier.archivist_name },
        completeness: {
          rate: required.length ? (required.length - missing.length) / required.length : 1,
          complete: missing.length === 0,
          required: required.map((c) => ({ id: String(c.id), code: c.code, nameZh: c.name_zh, nameEn: c.name_en })),
          missing: missing.map((c) => ({ id: String(c.id) })),
        },
        current: all.filter((m) => m.status === 'CURRENT'),
        superseded: all.filter((m) => m.status === 'SUPERSEDED'),
        invalidated: all.filter((m) => m.status === 'INVALIDATED'),
      },
      materialCategories: catalogue.map((c) => ({
        id: String(c.id),
        code: c.code,
        nameZh: c.name_zh,
        nameEn: c.name_en,
        active: Boolean(c.active),
      })),
    },
  };
}

export function answerScale(run: Run, dialect: string, body: Row, actor: unknown[]) {
  return body.operationName === 'DossierPage' ? dossierPage(run, body, actor) : members(run, dialect, body, actor);
}
