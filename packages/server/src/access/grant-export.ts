import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { recordAudit } from '../audit/audit.service';
import { readVerified } from '../files/files.service';
import { StoredFile } from '../files/stored-file.entity';
import { chinaToday } from '../members/member-validation';
import { opened, PII } from '../members/personal-data';
import { describeBasis } from '../policy/decision';
import { AccessScope } from './access-scope';
import { contentScope, grantOfRequest, grantOpens } from '../policy/grants';
import { maskIdentifier } from '../policy/masking';
import { hasActionRole } from '../policy/policy';
import { forbidden, notFound, unauthenticated } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { Locale, ServiceContext } from '../shared/service-context';
import { exportFont } from './export-font';

/** A4 in PDF points. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;

interface ExportedMaterial {
  id: number;
  title: string;
  formedOn: string;
  receivedOn: string;
  pages: number | null;
  category: string;
  files: { sha256: string; fileName: string; contentType: string }[];
}

const LABELS = {
  'zh-CN': {
    title: '档案调取导出',
    member: '党员',
    idNumber: '身份证号码',
    organization: '所在组织',
    custodian: '保管档案室',
    dossier: '档案编号',
    request: '调取申请',
    grantee: '调取人',
    date: '导出日期',
    materials: '调取范围内的材料',
    none: '（调取范围不含材料）',
    columns: ['类别', '标题', '形成日期', '接收日期', '页数'],
    unreadable: '此文件无法展开为页面：',
  },
  en: {
    title: 'Dossier export under an access grant',
    member: 'Member',
    idNumber: 'ID number',
    organization: 'Organisation',
    custodian: 'Archive office',
    dossier: 'Dossier',
    request: 'Access request',
    grantee: 'Exported by',
    date: 'Date',
    materials: 'Materials the grant opens',
    none: '(the grant opens no materials)',
    columns: ['Category', 'Title', 'Formed', 'Received', 'Pages'],
    unreadable: 'This file could not be turned into pages: ',
  },
} as const;

/**
 * `GET /access-exports/:requestId/:dossierId` (issue 10 §6): one PDF of a dossier under the
 * caller's active grant of that request — catalogue pages (the member, the dossier, the materials
 * the grant opens) followed by the pages of every file of those materials, every page
 * watermarked with the grantee (username and name), the request number and the day. Without such
 * a grant the answer is NOT_FOUND, as for a dossier that does not exist: custody opens nothing here
 * (requirements §3). The export is audited (DOSSIER_EXPORTED, basis `grant:<request id>`) before
 * a byte is sent; if that entry cannot be written, nothing is.
 */
export async function exportGrantedDossier(
  ctx: ServiceContext,
  requestIdText: string,
  dossierIdText: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!ctx.actor) throw unauthenticated();
  if (!hasActionRole(ctx.actor, 'accessGrant.export')) throw forbidden();
  const requestId = positiveId(requestIdText);
  const dossierId = positiveId(dossierIdText);
  const facts = requestId && dossierId ? await dossierFacts(ctx, requestId, dossierId) : null;
  const granted = facts && (await grantOfRequest(ctx, requestId!, dossierId!, facts.organizationPath));
  if (!facts || !granted) throw notFound('Dossier');
  const { grant, decision } = granted;

  const catalogue = await materialsOf(ctx, dossierId!);
  const opens = catalogue.filter((material) =>
    grantOpens(grant, { scope: contentScope(material.sensitivity), categoryId: material.categoryId }),
  );
  const identity = grant.scopes.has(AccessScope.IDENTITY);
  const idNumber = opened(ctx.settings.pii, facts.idNumberEncrypted, PII.idNumber) ?? '';
  const today = chinaToday(ctx.now());

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const cjkBytes = exportFont(ctx.settings);
  const cjk = cjkBytes ? await doc.embedFont(cjkBytes, { subset: true }) : null;
  const text = new TextWriter(latin, cjk);
  const labels = LABELS[ctx.locale as Locale] ?? LABELS['zh-CN'];

  writeCatalogue(doc, text, labels, {
    rows: [
      [labels.member, facts.memberName],
      [labels.idNumber, identity ? idNumber : maskIdentifier(idNumber)],
      [labels.organization, facts.organizationName],
      [labels.custodian, facts.custodianName],
      [labels.dossier, String(dossierId)],
      [labels.request, facts.requestNumber],
      [labels.grantee, `${ctx.actor.username} ${facts.granteeName}`],
      [labels.date, today],
    ],
    materials: opens,
    locale: ctx.locale,
  });
  const owner = (material: ExportedMaterial) => ({ type: 'Material', id: String(material.id) });
  // Every opened file's stored record in one statement, not one per file.
  const hashes = [...new Set(opens.flatMap((material) => material.files.map((file) => file.sha256)))];
  const storedFiles = new Map(
    (hashes.length ? await ctx.em.find(StoredFile, { sha256: { $in: hashes } }) : []).map((stored) => [
      stored.sha256,
      stored,
    ]),
  );
  for (const material of opens) {
    for (const file of material.files) {
      const stored = storedFiles.get(file.sha256);
      if (!stored) throw new Error(`stored file ${file.sha256} is missing`);
      const bytes = await readVerified(ctx, stored, owner(material), facts.organizationPath);
      await appendFile(doc, text, labels, file, bytes);
    }
  }
  const watermark = {
    latin: `${ctx.actor.username} | ${facts.requestNumber} | ${today}`,
    name: facts.granteeName,
  };
  for (const page of doc.getPages()) stamp(page, text, watermark);
  doc.setTitle(`${facts.requestNumber} ${facts.memberName}`);
  doc.setSubject(watermark.latin);
  doc.setProducer('Dangan');
  const bytes = await doc.save();

  await recordAudit(ctx.em.fork(), ctx, {
    action: 'DOSSIER_EXPORTED',
    target: `Dossier:${dossierId}`,
    label: facts.memberName,
    organizationPath: facts.organizationPath,
    details: {
      request: facts.requestNumber,
      requestId,
      basis: decision.allowed ? describeBasis(decision.basis) : null,
      materials: opens.map((material) => material.id),
      files: opens.reduce((sum, material) => sum + material.files.length, 0),
      identity,
      pages: doc.getPageCount(),
      bytes: bytes.length,
    },
  });
  return { bytes, fileName: `${facts.requestNumber}-${dossierId}.pdf` };
}

const positiveId = (text: string) => (/^[1-9]\d{0,15}$/.test(text) ? Number(text) : null);

/** The dossier, its member and the request's number in one statement; null when any is missing. */
async function dossierFacts(ctx: ServiceContext, requestId: number, dossierId: number) {
  const rows = await selectRows<{
    member_name: string;
    id_number: string;
    organization_name: string;
    organization_path: string;
    custodian_name: string;
    request_number: string;
    grantee_name: string;
  }>(
    ctx.em,
    `select m.name as member_name, m.id_number_encrypted as id_number, o.name as organization_name,
            o.path as organization_path, c.name as custodian_name, r.number as request_number,
            u.display_name as grantee_name
       from dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
       join organization c on c.id = d.custodian_id
       join access_request r on r.id = ? join "user" u on u.id = ?
      where d.id = ?`,
    [requestId, ctx.actor!.userId, dossierId],
  );
  const row = rows[0];
  return row
    ? {
        memberName: row.member_name,
        idNumberEncrypted: row.id_number,
        organizationName: row.organization_name,
        organizationPath: row.organization_path,
        custodianName: row.custodian_name,
        requestNumber: row.request_number,
        granteeName: row.grantee_name,
      }
    : null;
}

/** The dossier's current materials with their categories and files, in catalogue order. */
async function materialsOf(ctx: ServiceContext, dossierId: number) {
  const rows = await selectRows<{
    id: number | string;
    title: string;
    formed_on: string;
    received_on: string;
    pages: number | null;
    category_id: number | string;
    sensitivity: string;
    name_zh: string;
    name_en: string;
    sha256: string | null;
    file_name: string | null;
    content_type: string | null;
  }>(
    ctx.em,
    `select x.id, x.title, x.formed_on, x.received_on, x.pages, c.id as category_id, c.sensitivity, c.name_zh,
            c.name_en, l.sha256, l.file_name, f.content_type
       from material x join material_category c on c.id = x.category_id
       left join material_file l on l.material_id = x.id left join stored_file f on f.sha256 = l.sha256
      where x.dossier_id = ? and x.status = 'CURRENT'
      order by c.sort_order, x.formed_on, x.id, l.id`,
    [dossierId],
  );
  const byId = new Map<number, ExportedMaterial & { categoryId: number; sensitivity: string }>();
  for (const row of rows) {
    const id = Number(row.id);
    let material = byId.get(id);
    if (!material) {
      material = {
        id,
        title: row.title,
        formedOn: row.formed_on,
        receivedOn: row.received_on,
        pages: row.pages == null ? null : Number(row.pages),
        category: ctx.locale === 'en' ? row.name_en : row.name_zh,
        categoryId: Number(row.category_id),
        sensitivity: row.sensitivity,
        files: [],
      };
      byId.set(id, material);
    }
    if (row.sha256) {
      material.files.push({
        sha256: row.sha256,
        fileName: row.file_name ?? row.sha256,
        contentType: row.content_type!,
      });
    }
  }
  return [...byId.values()];
}

/**
 * Draws text with the CJK font when there is one, else with Helvetica, whose WinAnsi encoding
 * cannot show other characters: they print as `?`.
 */
class TextWriter {
  constructor(
    readonly latin: PDFFont,
    readonly cjk: PDFFont | null,
  ) {}

  fontFor(text: string): { font: PDFFont; text: string } {
    if (/^[\x20-\x7e]*$/.test(text) || !this.cjk) return { font: this.latin, text: text.replace(/[^\x20-\x7e]/g, '?') };
    return { font: this.cjk, text };
  }

  draw(page: PDFPage, value: string, x: number, y: number, size: number, maxWidth?: number) {
    const { font, text } = this.fontFor(value);
    let shown = text;
    if (maxWidth && font.widthOfTextAtSize(text, size) > maxWidth) {
      const ellipsis = font === this.latin ? '...' : '…';
      while (shown.length > 1 && font.widthOfTextAtSize(`${shown}${ellipsis}`, size) > maxWidth)
        shown = shown.slice(0, -1);
      shown = `${shown}${ellipsis}`;
    }
    page.drawText(shown, { x, y, size, font });
  }
}

function writeCatalogue(
  doc: PDFDocument,
  text: TextWriter,
  labels: (typeof LABELS)[Locale],
  content: { rows: [string, string][]; materials: ExportedMaterial[]; locale: Locale },
) {
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  text.draw(page, labels.title, MARGIN, y - 18, 18);
  y -= 50;
  for (const [label, value] of content.rows) {
    text.draw(page, label, MARGIN, y, 11);
    text.draw(page, value, MARGIN + 110, y, 11, PAGE.width - 2 * MARGIN - 110);
    y -= 18;
  }
  y -= 14;
  text.draw(page, labels.materials, MARGIN, y, 13);
  y -= 22;
  const columns = [MARGIN, MARGIN + 130, MARGIN + 320, MARGIN + 390, MARGIN + 460];
  const widths = [125, 185, 65, 65, 40];
  const header = () => {
    labels.columns.forEach((label, i) => text.draw(page, label, columns[i], y, 10));
    y -= 16;
  };
  if (!content.materials.length) text.draw(page, labels.none, MARGIN, y, 10);
  else header();
  for (const material of content.materials) {
    if (y < MARGIN + 40) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
      header();
    }
    const cells = [
      material.category,
      material.title,
      material.formedOn,
      material.receivedOn,
      String(material.pages ?? ''),
    ];
    cells.forEach((cell, i) => text.draw(page, cell, columns[i], y, 9, widths[i]));
    y -= 15;
  }
}

/** The file's pages: a PDF's own pages copied, an image scaled onto a page; anything unreadable as a note page. */
async function appendFile(
  doc: PDFDocument,
  text: TextWriter,
  labels: (typeof LABELS)[Locale],
  file: { fileName: string; contentType: string },
  bytes: Buffer,
) {
  try {
    if (file.contentType === 'application/pdf') {
      const source = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
      for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
      return;
    }
    const image = file.contentType === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const scale = Math.min((PAGE.width - 2 * MARGIN) / image.width, (PAGE.height - 2 * MARGIN) / image.height, 1);
    const width = image.width * scale;
    const height = image.height * scale;
    page.drawImage(image, { x: (PAGE.width - width) / 2, y: (PAGE.height - height) / 2, width, height });
  } catch {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    text.draw(page, `${labels.unreadable}${file.fileName}`, MARGIN, PAGE.height / 2, 12, PAGE.width - 2 * MARGIN);
  }
}

/** The watermark: diagonal across the page, and once along the foot, on every page. */
function stamp(page: PDFPage, text: TextWriter, watermark: { latin: string; name: string }) {
  const { width, height } = page.getSize();
  const colour = rgb(0.75, 0.1, 0.1);
  const size = Math.max(10, Math.min(width, height) / 30);
  const name = text.fontFor(watermark.name);
  for (let row = 0; row < 4; row += 1) {
    const x = width * 0.08;
    const y = height * (0.12 + row * 0.22);
    page.drawText(watermark.latin, {
      x,
      y,
      size,
      font: text.latin,
      color: colour,
      opacity: 0.22,
      rotate: degrees(30),
    });
    page.drawText(name.text, {
      x: x + size * 0.6,
      y: y - size * 1.4,
      size,
      font: name.font,
      color: colour,
      opacity: 0.22,
      rotate: degrees(30),
    });
  }
  page.drawText(watermark.latin, { x: 20, y: 12, size: 8, font: text.latin, color: colour, opacity: 0.8 });
}
