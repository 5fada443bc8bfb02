import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service';
import {
  DISTRICTS,
  EDUCATION,
  ETHNICITIES,
  generator,
  GIVEN,
  INVALIDATION_REASONS,
  Random,
  STREETS,
  SURNAMES,
} from '../dossiers/demo-dossiers';
import { DossierStatus } from '../dossiers/dossier.entity';
import { addMonthsTo } from '../dossiers/lifecycle.shared';
import { MaterialStatus } from '../dossiers/material.entity';
import { isRequiredAt } from '../dossiers/material-category.entity';
import { isLateFiling } from '../dossiers/material.service';
import { RETIRED_REVIEW_INTERVAL_MONTHS, REVIEW_INTERVAL_MONTHS } from '../dossiers/review.service';
import { idNumberCheckCharacter } from '../members/id-number';
import { chinaToday } from '../members/member-validation';
import { Gender, MembershipStage as S, MembershipStatus, STAGE_DATE, STAGES, stageRank } from '../members/membership';
import { idNumberIndex, PII } from '../members/personal-data';
import { OrganizationType as T } from '../organizations/organization.entity';
import { selectRows } from '../shared/lean-rows';
import { PiiKeyring } from '../shared/pii/keyring';
import { bulkTransaction } from './bulk-insert';
import { seedDemoData } from './demo-data';

/**
 * Scale data (issue 9 point 13, `pnpm seed:scale --members N`): N synthetic members with their
 * dossiers and about 20 materials each, under an organisation tree of ~N/100 branches, for the
 * benchmark and for trying the SPA on a realistic volume. Everything is written with bulk
 * inserts (db/bulk-insert.ts) in one transaction per batch of members; personal data is
 * encrypted with the real keyring, so the server reads the rows as its own. Deterministic (a
 * seeded generator); ID numbers are valid (GB 11643) and unique by construction, from area codes
 * the demo data does not use.
 *
 * The tree: committees `SCnn` with five general branches each and branches under those. The
 * first half of the committees sit under the city committee (SZ), whose archive office A keeps
 * their dossiers; the second half under the education committee (SZ-02), kept by office B. So a
 * committee's subtree holds about 1/C of the members, a general branch 1/5 of that.
 *
 * One showcase member (the first) has a dossier of exactly SHOWCASE_MATERIALS materials, kept
 * by office A: the benchmark reads it as the SPA's dossier page does.
 */

export const SHOWCASE_MATERIALS = 100;
const DAY = 24 * 3600_000;
const GENERAL_BRANCHES = 5;
const MEMBERS_PER_BRANCH = 100;
/** Area codes the demo data does not use, so demo and scale ID numbers never collide. */
const AREA_CODES = ['130102', '140105', '210102', '220102', '230102', '340102', '350102', '360102', '410102', '430102'];
const BIRTH_FROM = Date.UTC(1950, 0, 1);
/** Birth dates 1950-01-01 … 2003-12-31: everyone was at least 18 when they applied. */
const BIRTH_DAYS = Math.round((Date.UTC(2003, 11, 31) - BIRTH_FROM) / DAY) + 1;
/** Coprime with BIRTH_DAYS: member i's birth day is spread over the range, still one-to-one. */
const DAY_STRIDE = 7919;
const UNITS = [
  '市直机关',
  '市第一中学',
  '市人民医院',
  '市供电公司',
  '市税务局',
  '区政府办公室',
  '街道办事处',
  '市规划局',
];
const POSTS = ['科员', '副科长', '科长', '教师', '工程师', '医师', '一级主任科员', '退休'];

export interface ScaleSeedOptions {
  members: number;
  keyring: PiiKeyring;
  now?: Date;
  /** DOSSIER_COMPLETION_DAYS. */
  completionDays?: number;
  /** Members per transaction (default 2000). */
  batch?: number;
  log?: (line: string) => void;
}

export interface ScaleSeedResult {
  organizations: number;
  members: number;
  dossiers: number;
  materials: number;
  /** The dossier with SHOWCASE_MATERIALS materials, its member and the member's ID number. */
  showcase: { dossierId: number; memberId: number; idNumber: string };
  /** Codes of the generated committees, in order; the first half are office A's. */
  committees: string[];
  tookMs: number;
}

interface Place {
  branchId: number;
  officeId: number;
  archivistId: number;
  retiredBranch: boolean;
}

interface Category {
  id: number;
  code: string;
  nameZh: string;
  requiredFrom: S | null;
  filingLimitMonths: number;
}

const isoDay = (date: Date | number) => new Date(date).toISOString().slice(0, 10);
const plusDays = (day: string, days: number) => isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** Member i's ID number: (area, birth day, sequence) is one-to-one with i; the sequence's parity is the gender. */
export function scaleIdNumber(i: number, gender: Gender): { idNumber: string; birthDate: string } {
  const area = AREA_CODES[i % AREA_CODES.length];
  const j = Math.floor(i / AREA_CODES.length);
  const birthDate = isoDay(BIRTH_FROM + ((j * DAY_STRIDE) % BIRTH_DAYS) * DAY);
  const sequence = Math.floor(j / BIRTH_DAYS) * 2 + (gender === Gender.MALE ? 1 : 0);
  if (sequence > 999) throw new Error('too many members for the synthetic ID number space');
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return { idNumber: first17 + idNumberCheckCharacter(first17), birthDate };
}

export async function seedScaleData(em: EntityManager, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const deadlineDays = options.completionDays ?? 30;
  const batch = options.batch ?? 2000;
  if (!Number.isInteger(options.members) || options.members < 1)
    throw new Error('--members must be a positive integer');

  // The demo organisations, users and catalogue (no demo members): the offices and archivists.
  await seedDemoData(em.fork(), {
    keyring: options.keyring,
    members: false,
    now,
    completionDays: deadlineDays,
  });
  const fork = em.fork();
  const existing = await selectRows(fork, `select id from organization where code = 'SC01'`);
  if (existing.length) throw new Error('This database already holds scale data (organisation SC01): seed a fresh one.');
  const orgs = new Map(
    (await selectRows<{ id: number; code: string; path: string }>(fork, 'select id, code, path from organization')).map(
      (o) => [o.code, { id: Number(o.id), path: o.path }],
    ),
  );
  const users = new Map(
    (await selectRows<{ id: number; username: string }>(fork, 'select id, username from "user"')).map((u) => [
      u.username,
      Number(u.id),
    ]),
  );
  for (const code of ['SZ', 'SZ-02', 'SZ-DA-A', 'SZ-02-DA']) if (!orgs.has(code)) throw new Error(`${code} is missing`);
  for (const name of ['archivist', 'archivist2']) if (!users.has(name)) throw new Error(`user ${name} is missing`);
  const catalogue = (
    await selectRows<Category>(
      fork,
      `select id, code, name_zh as "nameZh", required_from as "requiredFrom", filing_limit_months as "filingLimitMonths"
         from material_category where active = ? order by sort_order, id`,
      [true],
    )
  ).map((c) => ({ ...c, id: Number(c.id), filingLimitMonths: Number(c.filingLimitMonths) }));

  // The organisation tree, level by level (each level's parent ids come from the one before).
  const branches = Math.max(1, Math.ceil(options.members / MEMBERS_PER_BRANCH));
  const committees = Math.min(20, Math.max(2, 2 * Math.ceil(branches / 100)));
  const perGeneral = Math.ceil(branches / (committees * GENERAL_BRANCHES));
  const committeeCodes = Array.from({ length: committees }, (_, c) => `SC${String(c + 1).padStart(2, '0')}`);
  const places: Place[] = [];
  let organizations = 0;
  await bulkTransaction(em.fork(), async (writer) => {
    const at = now;
    const insertLevel = async (level: { code: string; name: string; type: T; parent: string }[]) => {
      const rows = level.map((o) => {
        const parent = orgs.get(o.parent)!;
        return [1, at, at, o.code, o.name, o.type, parent.id, `${parent.path}${o.code}/`, true];
      });
      const columns = ['version', 'created_at', 'updated_at', 'code', 'name', 'type', 'parent_id', 'path', 'active'];
      for (const row of await writer.insert('organization', columns, rows, ['id', 'code', 'path'])) {
        orgs.set(String(row.code), { id: Number(row.id), path: String(row.path) });
      }
      organizations += rows.length;
    };
    await insertLevel(
      committeeCodes.map((code, c) => ({
        code,
        name: `第${c + 1}${c < committees / 2 ? '机关' : '教育'}党委（规模数据）`,
        type: T.COMMITTEE,
        parent: c < committees / 2 ? 'SZ' : 'SZ-02',
      })),
    );
    await insertLevel(
      committeeCodes.flatMap((parent, c) =>
        Array.from({ length: GENERAL_BRANCHES }, (_, g) => ({
          code: `${parent}-G${g + 1}`,
          name: `第${c + 1}党委第${g + 1}党总支`,
          type: T.GENERAL_BRANCH,
          parent,
        })),
      ),
    );
    await insertLevel(
      committeeCodes.flatMap((committee, c) =>
        Array.from({ length: GENERAL_BRANCHES }, (_, g) =>
          Array.from({ length: perGeneral }, (_, b) => ({
            code: `${committee}-G${g + 1}-B${String(b + 1).padStart(2, '0')}`,
            name: `第${c + 1}党委第${g + 1}党总支第${b + 1}党支部`,
            type: T.BRANCH,
            parent: `${committee}-G${g + 1}`,
          })),
        ).flat(),
      ),
    );
  });
  // Branches interleaved across committees, so consecutive members (and ids) spread over the tree.
  for (let b = 0; b < perGeneral; b += 1) {
    for (let g = 0; g < GENERAL_BRANCHES; g += 1) {
      committeeCodes.forEach((committee, c) => {
        const officeA = c < committees / 2;
        places.push({
          branchId: orgs.get(`${committee}-G${g + 1}-B${String(b + 1).padStart(2, '0')}`)!.id,
          officeId: orgs.get(officeA ? 'SZ-DA-A' : 'SZ-02-DA')!.id,
          archivistId: users.get(officeA ? 'archivist' : 'archivist2')!,
          retiredBranch: b === perGeneral - 1 && perGeneral > 1,
        });
      });
    }
  }
  log(`Organisations: ${organizations} (${committees} committees, ${places.length} branches).`);

  const random = generator(20261301);
  const today = chinaToday(now);
  let materials = 0;
  let showcase: ScaleSeedResult['showcase'] | null = null;
  for (let first = 0; first < options.members; first += batch) {
    const count = Math.min(batch, options.members - first);
    const people = Array.from({ length: count }, (_, k) =>
      scaleMember(random, options.keyring, first + k, places[(first + k) % places.length], now, today, deadlineDays),
    );
    await bulkTransaction(em.fork(), async (writer) => {
      const memberIds = new Map(
        (
          await writer.insert(
            'member',
            MEMBER_COLUMNS,
            people.map((p) => p.member),
            ['id', 'id_number_index'],
          )
        ).map((row) => [String(row.id_number_index), Number(row.id)]),
      );
      const dossierRows = people.map((p) => [memberIds.get(p.indexValue)!, ...p.dossier]);
      const dossierIds = new Map(
        (await writer.insert('dossier', DOSSIER_COLUMNS, dossierRows, ['id', 'member_id'])).map((row) => [
          Number(row.member_id),
          Number(row.id),
        ]),
      );
      const materialRows: unknown[][] = [];
      people.forEach((person, k) => {
        const index = first + k;
        const dossierId = dossierIds.get(memberIds.get(person.indexValue)!)!;
        const rows = scaleMaterials(random, person, dossierId, catalogue, today, index === 0 ? SHOWCASE_MATERIALS : 0);
        materialRows.push(...rows);
        if (index === 0) {
          showcase = { dossierId, memberId: memberIds.get(person.indexValue)!, idNumber: person.idNumber };
        }
      });
      await writer.insert('material', MATERIAL_COLUMNS, materialRows);
      materials += materialRows.length;
    });
    const done = first + count;
    if (done === options.members || Math.floor(done / 10_000) !== Math.floor(first / 10_000)) {
      const seconds = (Date.now() - started) / 1000;
      log(`Members ${done} / ${options.members}, materials ${materials} (${seconds.toFixed(1)} s).`);
    }
  }

  if (em.getPlatform() instanceof PostgreSqlPlatform) {
    // What autovacuum does soon after a bulk load: statistics for the planner, and the visibility
    // map that lets counts read indexes only. Outside a transaction, as VACUUM must be.
    for (const table of ['organization', 'member', 'dossier', 'material']) {
      await em.getConnection().execute(`vacuum analyze "${table}"`);
    }
  }
  const result: ScaleSeedResult = {
    organizations,
    members: options.members,
    dossiers: options.members,
    materials,
    showcase: showcase!,
    committees: committeeCodes,
    tookMs: Date.now() - started,
  };
  await recordAudit(
    em.fork(),
    { actor: null, anonymousName: 'system' },
    {
      action: 'SCALE_DATA_SEEDED',
      details: {
        organizations,
        members: result.members,
        dossiers: result.dossiers,
        materials,
        showcaseDossier: `Dossier:${result.showcase.dossierId}`,
        tookMs: result.tookMs,
      },
    },
  );
  return result;
}

// Columns as the migrations name them; the test reads the rows back through the server.
const MEMBER_COLUMNS = [
  'version',
  'created_at',
  'updated_at',
  'name',
  'gender',
  'ethnicity',
  'birth_date',
  'id_number_encrypted',
  'id_number_index',
  'phone_encrypted',
  'address_encrypted',
  'education',
  'work_unit',
  'post',
  'application_date',
  'activist_date',
  'development_target_date',
  'probationary_date',
  'full_membership_date',
  'status_date',
  'membership_status',
  'stage',
  'organization_id',
];
const DOSSIER_COLUMNS = [
  'member_id',
  'version',
  'created_at',
  'updated_at',
  'custodian_id',
  'archivist_id',
  'status',
  'completion_deadline',
  'completed_at',
  'review_interval_months',
  'next_review_at',
];
const MATERIAL_COLUMNS = [
  'dossier_id',
  'category_id',
  'lineage',
  'version',
  'status',
  'title',
  'formed_on',
  'received_on',
  'pages',
  'notes',
  'content',
  'late_filing',
  'invalidation_reason',
  'invalidated_at',
  'invalidated_by_id',
  'created_by_id',
  'created_at',
];

interface ScalePerson {
  member: unknown[];
  dossier: unknown[];
  idNumber: string;
  indexValue: string;
  name: string;
  stage: S;
  dates: Partial<Record<string, string>>;
  incomplete: boolean;
  archivistId: number;
  openedAt: Date;
}

function stageFor(random: Random): S {
  const roll = random.int(1, 100);
  if (roll <= 10) return S.APPLICANT;
  if (roll <= 20) return S.ACTIVIST;
  if (roll <= 28) return S.DEVELOPMENT_TARGET;
  if (roll <= 38) return S.PROBATIONARY;
  return S.FULL;
}

function scaleMember(
  random: Random,
  keyring: PiiKeyring,
  index: number,
  place: Place,
  now: Date,
  today: string,
  deadlineDays: number,
): ScalePerson {
  const gender = random.chance(0.5) ? Gender.MALE : Gender.FEMALE;
  const { idNumber, birthDate } = scaleIdNumber(index, gender);
  const showcase = index === 0;
  const stage = showcase ? S.FULL : stageFor(random);
  // Stage dates a year or so apart, the first at 18 or later, none after today.
  const adult = plusDays(birthDate, 365 * 18 + 5);
  let day = earlier(plusDays(adult, random.int(0, 3650)), plusDays(today, -(stageRank(stage) * 400 + 60)));
  if (day < adult) day = adult;
  const dates: Partial<Record<string, string>> = {};
  for (const each of STAGES.slice(0, stageRank(stage) + 1)) {
    dates[STAGE_DATE[each]] = day;
    day = plusDays(day, each === S.PROBATIONARY ? 365 : random.int(120, 380));
  }
  const roll = random.int(1, 1000);
  const old = birthDate < '1962-01-01';
  const status =
    !showcase && stage === S.FULL && (place.retiredBranch || (old && roll <= 500))
      ? MembershipStatus.RETIRED
      : !showcase && roll > 990
        ? MembershipStatus.TRANSFERRED_OUT
        : !showcase && roll > 985
          ? MembershipStatus.DECEASED
          : (stage as unknown as MembershipStatus);
  const lastStageDate = Object.values(dates).sort().at(-1)!;
  const statusDate =
    status === MembershipStatus.RETIRED ||
    status === MembershipStatus.TRANSFERRED_OUT ||
    status === MembershipStatus.DECEASED
      ? earlier(plusDays(lastStageDate, random.int(30, 3000)), today)
      : null;
  const name =
    random.pick(SURNAMES) + Array.from({ length: random.int(1, 2) }, () => random.pick(GIVEN[gender])).join('');
  const phone = `1${random.pick(['38', '39', '50', '58', '86', '89'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  const address = `示范市${random.pick(DISTRICTS)}${random.pick(STREETS)}${random.int(1, 300)}号${random.int(1, 30)}栋${random.int(101, 2804)}室`;
  const openedAt = new Date(
    Math.max(Date.parse(`${lastStageDate}T02:00:00Z`), now.getTime() - random.int(0, 1800) * DAY) -
      random.int(0, 20) * DAY,
  );
  const overdue = !showcase && random.chance(0.1);
  const establishing = !showcase && (overdue || random.chance(0.15));
  const opened = overdue
    ? new Date(now.getTime() - (deadlineDays + random.int(3, 200)) * DAY)
    : establishing
      ? new Date(now.getTime() - random.int(0, deadlineDays - 3) * DAY)
      : new Date(Math.min(openedAt.getTime(), now.getTime() - 40 * DAY));
  const dossierStatus =
    status === MembershipStatus.RETIRED
      ? DossierStatus.RETIRED_COLLECTION
      : status === MembershipStatus.DECEASED
        ? DossierStatus.CLOSED
        : establishing
          ? DossierStatus.ESTABLISHING
          : DossierStatus.COMPLETE;
  const complete = dossierStatus !== DossierStatus.ESTABLISHING;
  const retiredCycle = dossierStatus === DossierStatus.RETIRED_COLLECTION;
  const indexValue = idNumberIndex(keyring, idNumber);
  return {
    idNumber,
    indexValue,
    name,
    stage,
    dates,
    incomplete: !complete,
    archivistId: place.archivistId,
    openedAt: opened,
    member: [
      1,
      opened,
      opened,
      name,
      gender,
      random.pick(ETHNICITIES),
      birthDate,
      keyring.encrypt(idNumber, PII.idNumber),
      indexValue,
      keyring.encrypt(phone, PII.phone),
      random.chance(0.8) ? keyring.encrypt(address, PII.address) : null,
      random.pick(EDUCATION),
      random.pick(UNITS),
      random.pick(POSTS),
      dates.applicationDate ?? null,
      dates.activistDate ?? null,
      dates.developmentTargetDate ?? null,
      dates.probationaryDate ?? null,
      dates.fullMembershipDate ?? null,
      statusDate,
      status,
      stage,
      place.branchId,
    ],
    dossier: [
      1,
      opened,
      opened,
      place.officeId,
      place.archivistId,
      dossierStatus,
      new Date(opened.getTime() + deadlineDays * DAY),
      complete ? new Date(opened.getTime() + random.int(1, deadlineDays - 1) * DAY) : null,
      retiredCycle ? RETIRED_REVIEW_INTERVAL_MONTHS : REVIEW_INTERVAL_MONTHS,
      addMonthsTo(opened, retiredCycle ? RETIRED_REVIEW_INTERVAL_MONTHS : REVIEW_INTERVAL_MONTHS),
    ],
  };
}

/**
 * About 20 materials (15–25; `exactly` when given): a current one of every required category
 * (an incomplete dossier misses a few), revisions that leave SUPERSEDED versions, extra awards
 * and transfer letters, now and then an invalidated copy.
 */
function scaleMaterials(
  random: Random,
  person: ScalePerson,
  dossierId: number,
  catalogue: Category[],
  today: string,
  exactly: number,
): unknown[][] {
  const required = catalogue.filter((category) => isRequiredAt(category.requiredFrom, person.stage));
  const missing = new Set<number>();
  if (person.incomplete && required.length) {
    const count = random.int(1, Math.max(1, Math.ceil(required.length / 2)));
    while (missing.size < Math.min(count, required.length)) missing.add(random.pick(required).id);
  }
  const extras = catalogue.filter(
    (c) => c.code === 'AWARDS' || c.code === 'TRANSFER_LETTER' || c.code === 'DISCIPLINE',
  );
  const target = exactly || random.int(15, 25);
  // Each lineage's versions; the last is CURRENT, the ones before SUPERSEDED.
  const lineages: { category: Category; versions: unknown[][]; lineage: string }[] = [];
  const invalidated: unknown[][] = [];
  let rows = 0;
  const created = (offsetDays: number) =>
    new Date(person.openedAt.getTime() + offsetDays * DAY + random.int(0, 86_399) * 1000);
  const material = (category: Category, lineage: string, version: number, status: MaterialStatus) => {
    const stageDay = person.dates[STAGE_DATE[category.requiredFrom ?? person.stage]] ?? person.dates.applicationDate!;
    const formedOn = earlier(plusDays(stageDay, random.int(0, 60)), today);
    const receivedOn = earlier(plusDays(formedOn, random.chance(0.08) ? random.int(40, 90) : random.int(1, 20)), today);
    const title = `${person.name}${category.nameZh}${version > 1 ? `（第${version}版）` : ''}`;
    return [
      dossierId,
      category.id,
      lineage,
      version,
      status,
      title,
      formedOn,
      receivedOn,
      random.int(1, 12),
      random.chance(0.3) ? '原件，经办人已核对' : null,
      `${person.name}的${category.nameZh}（规模数据示例内容）`,
      isLateFiling(formedOn, receivedOn, category.filingLimitMonths),
      null,
      null,
      null,
      person.archivistId,
      created(random.int(0, 30) + version * 20),
    ];
  };
  const newLineage = (category: Category) => {
    lineages.push({ category, versions: [], lineage: random.uuid() });
    rows += 1;
  };
  for (const category of required) if (!missing.has(category.id)) newLineage(category);
  const candidates = [...required.filter((c) => !missing.has(c.id)), ...extras];
  while (rows < target) {
    const roll = random.int(1, 100);
    if (roll <= 35 && lineages.length) {
      random.pick(lineages).versions.push([]); // one more version of an existing material
      rows += 1;
    } else if (roll <= 95 || !candidates.length) {
      newLineage(random.chance(0.85) ? extras[0] : random.pick(extras));
    } else {
      const row = material(random.pick(candidates), random.uuid(), 1, MaterialStatus.INVALIDATED);
      row[12] = random.pick(INVALIDATION_REASONS);
      row[13] = new Date((row[16] as Date).getTime() + DAY);
      row[14] = person.archivistId;
      invalidated.push(row);
      rows += 1;
    }
  }
  const out: unknown[][] = [];
  for (const { category, versions, lineage } of lineages) {
    const total = versions.length + 1;
    for (let version = 1; version <= total; version += 1) {
      out.push(
        material(category, lineage, version, version === total ? MaterialStatus.CURRENT : MaterialStatus.SUPERSEDED),
      );
    }
  }
  return [...out, ...invalidated];
}
