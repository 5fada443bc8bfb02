import { EntityManager } from '@mikro-orm/knex';
import { idNumberCheckCharacter } from '../members/id-number';
import { isLateFiling } from './material.service';
import { Member } from '../members/member.entity';
import { MemberRelative, RelativeKind } from '../members/member-relative.entity';
import { chinaToday } from '../members/member-validation';
import { Gender, MembershipStage as S, MembershipStatus, STAGE_DATE, STAGES, stageRank } from '../members/membership';
import { idNumberIndex, PII, sealed } from '../members/personal-data';
import { Organization } from '../organizations/organization.entity';
import { placeholders, selectRows } from '../shared/lean-rows';
import { PiiKeyring } from '../shared/pii/keyring';
import { User } from '../users/user.entity';
import { detectContentType, SIGNATURE_LENGTH } from '../files/content-type';
import { FileStore } from '../files/file-store';
import { StoredFile } from '../files/stored-file.entity';
import { Dossier, DossierStatus } from './dossier.entity';
import { demoPdf, demoPng, DemoScan, sha256Of } from './demo-files';
import { Material, MaterialStatus } from './material.entity';
import { isRequiredAt, MaterialCategory } from './material-category.entity';
import { MaterialFile } from './material-file.entity';

/**
 * Demo members with their dossiers and materials (issue 9 point 10): synthetic but realistic,
 * the same every time (a seeded generator), relative to the day of seeding so that some
 * dossiers are overdue and others still within their deadline. Most materials come with a
 * small generated scan (demo-files.ts) in the real file store. Written with bulk inserts, so
 * seeding stays a matter of a second or two on either dialect.
 */

const DAY = 24 * 3600_000;
const CHUNK = 200;

/** mulberry32: a tiny deterministic generator, enough for demo data. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (probability: number) => next() < probability;
  const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
  return { int, pick, chance, uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}` };
}
export type Random = ReturnType<typeof generator>;

export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文',
];
export const GIVEN = {
  MALE: [...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国志文博涛峰晨阳东亮林'],
  FEMALE: [...'芳娜敏静丽艳娟霞秀英华玲红梅琳燕雪倩婷颖慧莉佳欣怡璐晶洁丹萍月琴兰'],
};
const AREA_CODES = ['110101', '110105', '110108', '320102', '320106', '330106', '370102', '420106', '440305', '510107'];
export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '蒙古族'];
export const EDUCATION = ['大学本科', '大学本科', '硕士研究生', '大专', '博士研究生', '中专'];
export const DISTRICTS = ['东城区', '西城区', '南湖区', '北山区', '新城区'];
export const STREETS = ['人民路', '解放路', '建设路', '和平街', '文化路', '中山路', '长江路', '学府路'];
const RELATIVES: [RelativeKind, string][] = [
  [RelativeKind.FAMILY, '配偶'],
  [RelativeKind.FAMILY, '父亲'],
  [RelativeKind.FAMILY, '母亲'],
  [RelativeKind.FAMILY, '儿子'],
  [RelativeKind.FAMILY, '女儿'],
  [RelativeKind.SOCIAL, '舅舅'],
];
export const INVALIDATION_REASONS = ['重复归档', '材料内容与本人不符', '复印件，原件已归档', '未经组织盖章确认'];

/** Where the demo members belong: office → branches with their work units and posts. */
const BRANCHES: { office: string; archivist: string; branch: string; units: string[]; posts: string[] }[] = [
  {
    office: 'SZ-DA-A',
    archivist: 'archivist',
    branch: 'SZ-01-Z1-B1',
    units: ['市委办公室', '市政府办公室', '市发展和改革委员会'],
    posts: ['科员', '副科长', '科长', '一级主任科员'],
  },
  {
    office: 'SZ-DA-A',
    archivist: 'archivist',
    branch: 'SZ-01-Z1-B2',
    units: ['市财政局', '市人力资源和社会保障局'],
    posts: ['科员', '副科长', '科长', '四级调研员'],
  },
  {
    office: 'SZ-DA-A',
    archivist: 'archivist',
    branch: 'SZ-01-B3',
    units: ['市住房和城乡建设局', '市交通运输局'],
    posts: ['科员', '工程师', '副科长', '科长'],
  },
  {
    office: 'SZ-02-DA',
    archivist: 'archivist2',
    branch: 'SZ-02-Z1-B1',
    units: ['示范市第一中学'],
    posts: ['教师', '一级教师', '高级教师', '教研组长', '年级组长'],
  },
];
const RETIRED_BRANCH = {
  office: 'SZ-02-DA',
  archivist: 'archivist2',
  branch: 'SZ-02-Z1-B2',
  units: ['示范市第一中学（退休）'],
  posts: ['退休教师'],
};

/** Members per active branch, and in the retired teachers' branch. */
const PER_BRANCH = 50;
const RETIRED_COUNT = 40;

type Scenario = 'complete' | 'withinDeadline' | 'overdue' | 'retired';

interface DemoMember {
  row: Record<string, unknown>;
  idNumber: string;
  stage: S;
  scenario: Scenario;
  office: string;
  archivist: string;
  dossierCreatedAt: Date;
  user?: number;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
const earlier = (a: string, b: string) => (a < b ? a : b);

function idNumber(random: Random, birthDate: string, gender: Gender, taken: Set<string>): string {
  for (;;) {
    const sequence = random.int(0, 49) * 2 + (gender === Gender.MALE ? 1 : 0) + random.int(0, 4) * 100;
    const first17 = `${random.pick(AREA_CODES)}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    const value = first17 + idNumberCheckCharacter(first17);
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}

/** Dates of each stage reached: a year or so apart, probation exactly one year, none after `latest`. */
function stageDates(random: Random, stage: S, birthDate: string, latest: string): Partial<Record<string, string>> {
  const adult = plusDays(birthDate, 365 * 18 + 5);
  const span = stageRank(stage) * 400 + 60;
  let day = earlier(plusDays(adult, random.int(0, 3650)), plusDays(latest, -span));
  if (day < adult) day = adult;
  const dates: Partial<Record<string, string>> = {};
  for (const each of STAGES.slice(0, stageRank(stage) + 1)) {
    dates[STAGE_DATE[each]] = day;
    day = plusDays(day, each === S.PROBATIONARY ? 365 : random.int(120, 380));
  }
  return dates;
}

function personalRow(
  random: Random,
  keyring: PiiKeyring,
  taken: Set<string>,
  spec: {
    name?: string;
    gender: Gender;
    birthYear: number;
  },
) {
  const birthDate = `${spec.birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const name =
    spec.name ??
    random.pick(SURNAMES) + Array.from({ length: random.int(1, 2) }, () => random.pick(GIVEN[spec.gender])).join('');
  const id = idNumber(random, birthDate, spec.gender, taken);
  const phone = `1${random.pick(['38', '39', '50', '58', '86', '89'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  const address = `示范市${random.pick(DISTRICTS)}${random.pick(STREETS)}${random.int(1, 300)}号${random.int(1, 30)}栋${random.int(101, 2804)}室`;
  return {
    id,
    row: {
      name,
      gender: spec.gender,
      ethnicity: random.pick(ETHNICITIES),
      birthDate,
      idNumberEncrypted: keyring.encrypt(id, PII.idNumber),
      idNumberIndex: idNumberIndex(keyring, id),
      phoneEncrypted: sealed(keyring, phone, PII.phone),
      addressEncrypted: sealed(keyring, address, PII.address),
      education: random.pick(EDUCATION),
    },
  };
}

function stageFor(random: Random): S {
  const roll = random.int(1, 100);
  if (roll <= 15) return S.APPLICANT;
  if (roll <= 30) return S.ACTIVIST;
  if (roll <= 40) return S.DEVELOPMENT_TARGET;
  if (roll <= 55) return S.PROBATIONARY;
  return S.FULL;
}

function scenarioFor(random: Random): Scenario {
  const roll = random.int(1, 100);
  if (roll <= 55) return 'complete';
  if (roll <= 75) return 'withinDeadline';
  return 'overdue';
}

/** When the dossier was opened: long ago when complete, within the deadline, or past it. */
function dossierOpened(random: Random, scenario: Scenario, now: Date, deadlineDays: number): Date {
  const daysAgo = {
    complete: random.int(60, 1500),
    retired: random.int(400, 3000),
    withinDeadline: random.int(0, deadlineDays - 3),
    overdue: random.int(deadlineDays + 3, deadlineDays + 200),
  }[scenario];
  return new Date(now.getTime() - daysAgo * DAY - random.int(0, 8 * 3600) * 1000);
}

function demoMembers(random: Random, keyring: PiiKeyring, now: Date, deadlineDays: number, requester: User) {
  const today = chinaToday(now);
  const taken = new Set<string>();
  const members: DemoMember[] = [];
  const add = (
    place: (typeof BRANCHES)[number],
    scenario: Scenario,
    spec: { name?: string; gender?: Gender; stage?: S; user?: number },
  ) => {
    const gender = spec.gender ?? (random.chance(0.5) ? Gender.MALE : Gender.FEMALE);
    const retired = scenario === 'retired';
    const stage = retired ? S.FULL : (spec.stage ?? stageFor(random));
    const birthYear = retired ? random.int(1944, 1962) : random.int(1966, 2001);
    const personal = personalRow(random, keyring, taken, { name: spec.name, gender, birthYear });
    const dossierCreatedAt = dossierOpened(random, scenario, now, deadlineDays);
    const latest = retired
      ? plusDays(String(personal.row.birthDate), 365 * 55)
      : earlier(today, isoDay(dossierCreatedAt));
    const dates = stageDates(random, stage, String(personal.row.birthDate), latest);
    members.push({
      idNumber: personal.id,
      stage,
      scenario,
      office: place.office,
      archivist: place.archivist,
      dossierCreatedAt,
      user: spec.user,
      row: {
        ...personal.row,
        ...dates,
        workUnit: random.pick(place.units),
        post: random.pick(place.posts),
        stage,
        membershipStatus: retired ? MembershipStatus.RETIRED : (stage as unknown as MembershipStatus),
        statusDate: retired ? earlier(plusDays(String(personal.row.birthDate), 365 * 60 + 20), today) : null,
        organization: place.branch,
        user: spec.user ?? null,
        version: 1,
        createdAt: dossierCreatedAt,
        updatedAt: dossierCreatedAt,
      },
    });
  };
  // The requester demo user's own record (api.md `User.member`), complete, in office A's custody.
  add(BRANCHES[0], 'complete', { name: requester.displayName, gender: Gender.MALE, stage: S.FULL, user: requester.id });
  for (const place of BRANCHES) {
    for (let i = 0; i < PER_BRANCH; i += 1) add(place, random.chance(0.04) ? 'retired' : scenarioFor(random), {});
  }
  for (let i = 0; i < RETIRED_COUNT; i += 1) add(RETIRED_BRANCH, 'retired', {});
  return members;
}

async function insertInChunks(
  em: EntityManager,
  entity: new (...args: never[]) => object,
  rows: Record<string, unknown>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(entity, rows.slice(i, i + CHUNK));
}

async function idsBy(em: EntityManager, table: string, column: string, keys: readonly unknown[]) {
  const ids = new Map<string, number>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const rows = await selectRows<{ id: number | string; k: unknown }>(
      em,
      `select id, ${column} as k from ${table} where ${column} in (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) ids.set(String(row.k), Number(row.id));
  }
  return ids;
}

/** The materials of one dossier: every required category unless the scenario leaves some missing. */
function demoMaterials(
  random: Random,
  member: DemoMember,
  dossierId: number,
  archivistId: number,
  catalogue: MaterialCategory[],
  today: string,
) {
  const required = catalogue.filter((category) => isRequiredAt(category.requiredFrom, member.stage));
  const incomplete = member.scenario === 'withinDeadline' || member.scenario === 'overdue';
  const missing = new Set<number>();
  if (incomplete) {
    const count = Math.min(required.length, random.int(1, Math.max(1, Math.ceil(required.length / 2))));
    while (missing.size < count) missing.add(random.pick(required).id);
  }
  const filed = required.filter((category) => !missing.has(category.id));
  const extras = catalogue.filter((category) => category.code === 'AWARDS' && random.chance(0.2));
  const rows: Record<string, unknown>[] = [];
  const name = String(member.row.name);
  const material = (category: MaterialCategory, overrides: Record<string, unknown> = {}) => {
    const stage = category.requiredFrom ?? member.stage;
    const stageDay = String(member.row[STAGE_DATE[stage]] ?? member.row.applicationDate);
    const formedOn = earlier(plusDays(stageDay, random.int(0, 20)), today);
    const receivedOn = earlier(plusDays(formedOn, random.chance(0.08) ? random.int(40, 90) : random.int(1, 20)), today);
    const createdAt = new Date(member.dossierCreatedAt.getTime() + random.int(0, 2 * 24 * 3600) * 1000);
    return {
      dossier: dossierId,
      category: category.id,
      lineage: random.uuid(),
      version: 1,
      status: MaterialStatus.CURRENT,
      title: `${name}${category.nameZh}`,
      formedOn,
      receivedOn,
      // A few pages, as most dossier materials have: each page count of a category is one more scan to store.
      pages: random.int(1, 4),
      notes: random.chance(0.3) ? '原件，经办人已核对' : null,
      content: `${name}的${category.nameZh}（示例内容）`,
      lateFiling: isLateFiling(formedOn, receivedOn, category.filingLimitMonths),
      createdBy: archivistId,
      createdAt,
      ...overrides,
    };
  };
  for (const category of [...filed, ...extras]) {
    const row = material(category);
    if (random.chance(0.1)) {
      // Revised once: the first version stays as SUPERSEDED under the same lineage.
      rows.push({ ...row, status: MaterialStatus.SUPERSEDED });
      rows.push({
        ...row,
        version: 2,
        title: `${row.title}（修订）`,
        notes: '更正了错别字',
        createdAt: new Date(row.createdAt.getTime() + random.int(1, 20) * DAY),
      });
    } else {
      rows.push(row);
    }
  }
  if (filed.length && random.chance(0.05)) {
    const row = material(random.pick(filed));
    rows.push({
      ...row,
      status: MaterialStatus.INVALIDATED,
      title: `${row.title}（复印件）`,
      invalidationReason: random.pick(INVALIDATION_REASONS),
      invalidatedAt: new Date(row.createdAt.getTime() + DAY),
      invalidatedBy: archivistId,
    });
  }
  return rows;
}

/** One file filed with a demo material: its content (by hash) and the link's columns. */
interface DemoLink {
  sha256: string;
  fileName: string;
  pages: number;
  addedAt: Date;
  addedBy: number;
}

/** Files stored at once: enough to keep the disk busy, few enough not to hold many descriptors. */
const STORE_CONCURRENCY = 8;

/**
 * The files of each material row, as an archivist would have filed them through the API: a
 * scan of most materials (a PNG photo for awards, sometimes a photo besides the PDF), a
 * superseded version with its own scan and its revision carrying that scan forward beside the
 * corrected one (material-files.ts `carryFilesForward`), a scan of the invalidated photocopy.
 * Only dossiers still being established have some materials whose scan is not filed yet. Sets
 * each row's `sha256` to its first file's, as `attachMaterialFile` does; `contents` collects the
 * bytes to store, once per hash.
 */
function demoFiles(
  random: Random,
  members: DemoMember[],
  materials: Record<string, unknown>[][],
  categories: Map<number, MaterialCategory>,
  contents: Map<string, Buffer>,
) {
  const links = new Map<Record<string, unknown>, DemoLink[]>();
  const made = new Map<string, string>();
  const file = (pdfScan: DemoScan, png: boolean, fileName: string, row: Record<string, unknown>): DemoLink => {
    // A photo is one page, whatever the material counts.
    const scan = png ? { ...pdfScan, pages: 1 } : pdfScan;
    const key = JSON.stringify([png, scan]);
    let sha256 = made.get(key);
    if (!sha256) {
      const bytes = png ? demoPng(scan) : demoPdf(scan);
      made.set(key, (sha256 = sha256Of(bytes)));
      contents.set(sha256, bytes);
    }
    return {
      sha256,
      fileName: `${fileName}.${png ? 'png' : 'pdf'}`,
      pages: png ? 1 : scan.pages,
      addedAt: row.createdAt as Date,
      addedBy: row.createdBy as number,
    };
  };
  members.forEach((member, index) => {
    const pending = member.scenario === 'withinDeadline' || member.scenario === 'overdue';
    const earlierVersions = new Map<unknown, DemoLink[]>();
    for (const row of materials[index]) {
      const category = categories.get(row.category as number)!;
      const version = row.version as number;
      const scan = (remark?: string): DemoScan => ({
        code: category.code,
        category: category.nameEn,
        version,
        pages: row.pages as number,
        remark,
      });
      const photo = category.code === 'AWARDS';
      // A name as attachMaterialFile would keep it: no path separator ('推荐/确定…').
      const name = category.nameZh.replaceAll('/', '、');
      const own: DemoLink[] = [];
      if (row.status === MaterialStatus.INVALIDATED) {
        own.push(file(scan('Photocopy'), false, `${name}（复印件）`, row));
      } else if (version > 1) {
        own.push(...earlierVersions.get(row.lineage)!);
        own.push(file(scan('Corrected'), photo, `${name}（修订）`, row));
      } else if (row.status === MaterialStatus.SUPERSEDED || !(pending && random.chance(0.15))) {
        own.push(file(scan(), photo, name, row));
        if (!photo && random.chance(0.08)) own.push(file(scan('Photo'), true, `${name}（照片）`, row));
      }
      earlierVersions.set(row.lineage, own);
      links.set(row, own);
      row.sha256 = own[0]?.sha256 ?? null;
    }
  });
  return links;
}

/** Writes the contents to the store (identical ones are kept once there) and adds the StoredFile rows missing. */
async function storeDemoContents(em: EntityManager, store: FileStore, contents: Map<string, Buffer>, now: Date) {
  const queue = [...contents.values()];
  await Promise.all(
    Array.from({ length: STORE_CONCURRENCY }, async () => {
      for (let bytes = queue.pop(); bytes; bytes = queue.pop()) await store.put(bytes);
    }),
  );
  const hashes = [...contents.keys()];
  const known = new Set<string>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const chunk = hashes.slice(i, i + CHUNK);
    const rows = await selectRows<{ sha256: string }>(
      em,
      `select sha256 from stored_file where sha256 in (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) known.add(row.sha256);
  }
  const added = hashes
    .filter((sha256) => !known.has(sha256))
    .map((sha256) => {
      const bytes = contents.get(sha256)!;
      // Typed from the content as an upload is (POST /files): a scan that would be refused is a bug here.
      const contentType = detectContentType(bytes.subarray(0, SIGNATURE_LENGTH));
      if (!contentType) throw new Error('a demo file is of no accepted type');
      return { sha256, size: bytes.length, contentType, createdAt: now, createdBy: null };
    });
  await insertInChunks(em, StoredFile, added);
  return added.length;
}

/** The MaterialFile rows, once the materials have their ids (looked up by lineage and version). */
async function insertDemoLinks(em: EntityManager, links: Map<Record<string, unknown>, DemoLink[]>) {
  const lineages = [...new Set([...links.keys()].map((row) => String(row.lineage)))];
  const ids = new Map<string, number>();
  for (let i = 0; i < lineages.length; i += CHUNK) {
    const chunk = lineages.slice(i, i + CHUNK);
    const rows = await selectRows<{ id: number | string; lineage: string; version: number | string }>(
      em,
      `select id, lineage, version from material where lineage in (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const row of rows) ids.set(`${row.lineage}/${Number(row.version)}`, Number(row.id));
  }
  const rows = [...links].flatMap(([material, files]) =>
    files.map((link) => ({
      material: ids.get(`${String(material.lineage)}/${Number(material.version)}`)!,
      file: link.sha256,
      fileName: link.fileName,
      pages: link.pages,
      addedBy: link.addedBy,
      addedAt: link.addedAt,
    })),
  );
  await insertInChunks(em, MaterialFile, rows);
  return rows.length;
}

export interface DemoDossierCounts {
  members: number;
  dossiers: number;
  materials: number;
  /** Files filed with materials, and the distinct contents newly stored for them. */
  materialFiles: number;
  storedFiles: number;
}

/**
 * Adds the demo members, dossiers and materials unless there is any member already (so a
 * database in use never gets demo people). Organisations, users and the catalogue must exist.
 */
export async function seedDemoDossiers(
  em: EntityManager,
  keyring: PiiKeyring,
  files: FileStore,
  options: { now?: Date; completionDays?: number } = {},
): Promise<DemoDossierCounts | null> {
  if ((await em.count(Member, {})) > 0) return null;
  const now = options.now ?? new Date();
  const deadlineDays = options.completionDays ?? 30;
  const random = generator(20260301);
  const organizations = new Map((await em.find(Organization, {})).map((o) => [o.code, o.id]));
  const users = new Map((await em.find(User, {})).map((u) => [u.username, u]));
  const catalogue = await em.find(MaterialCategory, { active: true }, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  const requester = users.get('requester')!;
  const members = demoMembers(random, keyring, now, deadlineDays, requester);
  for (const member of members) member.row.organization = organizations.get(String(member.row.organization));

  await insertInChunks(
    em,
    Member,
    members.map((member) => member.row),
  );
  const memberIds = await idsBy(
    em,
    'member',
    'id_number_index',
    members.map((m) => m.row.idNumberIndex),
  );

  const dossiers = members.map((member) => {
    const complete = member.scenario === 'complete' || member.scenario === 'retired';
    return {
      member: memberIds.get(String(member.row.idNumberIndex)),
      custodian: organizations.get(member.office),
      archivist: users.get(member.archivist)!.id,
      status:
        member.scenario === 'retired'
          ? DossierStatus.RETIRED_COLLECTION
          : complete
            ? DossierStatus.COMPLETE
            : DossierStatus.ESTABLISHING,
      completionDeadline: new Date(member.dossierCreatedAt.getTime() + deadlineDays * DAY),
      completedAt: complete
        ? new Date(member.dossierCreatedAt.getTime() + random.int(2, deadlineDays - 2) * DAY)
        : null,
      version: 1,
      createdAt: member.dossierCreatedAt,
      updatedAt: member.dossierCreatedAt,
    };
  });
  await insertInChunks(em, Dossier, dossiers);
  const dossierIds = await idsBy(
    em,
    'dossier',
    'member_id',
    dossiers.map((d) => d.member),
  );

  const today = chinaToday(now);
  const materials = members.map((member, i) =>
    demoMaterials(random, member, dossierIds.get(String(dossiers[i].member))!, dossiers[i].archivist, catalogue, today),
  );
  // A generator of their own, so the files leave the rest of the demo data as it was.
  const contents = new Map<string, Buffer>();
  const links = demoFiles(
    generator(20260302),
    members,
    materials,
    new Map(catalogue.map((category) => [category.id, category])),
    contents,
  );
  const storedFiles = await storeDemoContents(em, files, contents, now);
  await insertInChunks(em, Material, materials.flat());
  const materialFiles = await insertDemoLinks(em, links);

  const relatives = members.flatMap((member) => {
    if (!random.chance(0.35)) return [];
    return Array.from({ length: random.int(1, 2) }, (_, sortOrder) => {
      const [kind, relation] = random.pick(RELATIVES);
      return {
        member: memberIds.get(String(member.row.idNumberIndex)),
        kind,
        name: random.pick(SURNAMES) + random.pick(GIVEN.FEMALE) + random.pick(GIVEN.MALE),
        relation,
        workUnit: random.pick(['退休', '示范市人民医院', '示范市第二小学', '个体经营', '示范市供电公司']),
        idNumberEncrypted: null,
        sortOrder,
      };
    });
  });
  await insertInChunks(em, MemberRelative, relatives);
  return {
    members: members.length,
    dossiers: dossiers.length,
    materials: materials.flat().length,
    materialFiles,
    storedFiles,
  };
}
