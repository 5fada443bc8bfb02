import ExcelJS from 'exceljs';
import { Locale } from '../shared/service-context';
import { Gender, MembershipStage } from './membership';

/**
 * The columns of the member import template and of the export, by field code. The template's
 * first row names them in the caller's language and a hidden second row carries the codes, so a
 * sheet filled in either language (or a CSV headed by codes or by either language's names) imports.
 */
export const IMPORT_COLUMNS = [
  { field: 'name', required: true, 'zh-CN': '姓名', en: 'Name' },
  { field: 'gender', required: true, 'zh-CN': '性别', en: 'Gender' },
  { field: 'ethnicity', required: true, 'zh-CN': '民族', en: 'Ethnicity' },
  { field: 'birthDate', required: true, 'zh-CN': '出生日期', en: 'Birth date' },
  { field: 'idNumber', required: true, 'zh-CN': '身份证号码', en: 'ID number' },
  { field: 'phone', required: false, 'zh-CN': '联系电话', en: 'Phone' },
  { field: 'address', required: false, 'zh-CN': '住址', en: 'Address' },
  { field: 'education', required: false, 'zh-CN': '学历', en: 'Education' },
  { field: 'workUnit', required: false, 'zh-CN': '工作单位', en: 'Work unit' },
  { field: 'post', required: false, 'zh-CN': '职务', en: 'Post' },
  { field: 'organizationCode', required: false, 'zh-CN': '所在党组织代码', en: 'Party organisation code' },
  { field: 'stage', required: true, 'zh-CN': '发展阶段', en: 'Stage' },
  { field: 'applicationDate', required: false, 'zh-CN': '入党申请日期', en: 'Application date' },
  { field: 'activistDate', required: false, 'zh-CN': '确定为积极分子日期', en: 'Activist date' },
  { field: 'developmentTargetDate', required: false, 'zh-CN': '确定为发展对象日期', en: 'Development target date' },
  { field: 'probationaryDate', required: false, 'zh-CN': '接收为预备党员日期', en: 'Probationary date' },
  { field: 'fullMembershipDate', required: false, 'zh-CN': '转为正式党员日期', en: 'Full membership date' },
] as const;

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];
export type ImportValues = Partial<Record<ImportField, string>>;

/** One data row of an uploaded sheet: its row number as the spreadsheet shows it, and its cells by field. */
export interface ImportRow {
  row: number;
  values: ImportValues;
}

const LOCALES: Locale[] = ['zh-CN', 'en'];
const DATE_FIELDS = new Set<string>([
  'birthDate',
  ...IMPORT_COLUMNS.map((c) => c.field).filter((f) => f.endsWith('Date')),
]);
/** Beyond this many rows an import is refused outright: it would hold the job for too long. */
export const MAX_IMPORT_ROWS = 20_000;

export const columnLabel = (field: string, locale: Locale) =>
  IMPORT_COLUMNS.find((column) => column.field === field)?.[locale] ?? field;

/** The example of the instructions sheet: a valid synthetic person, never imported by itself. */
const EXAMPLE: ImportValues = {
  name: '张三',
  gender: 'MALE',
  ethnicity: '汉族',
  birthDate: '1990-01-01',
  idNumber: '110105199001010011',
  phone: '13800000000',
  address: '示范市人民路 1 号',
  education: '本科',
  workUnit: '示范单位',
  post: '科员',
  organizationCode: 'SZ-01-01',
  stage: 'ACTIVIST',
  applicationDate: '2015-03-01',
  activistDate: '2016-03-01',
};

/** Builds the template workbook: headers in `locale`, hidden codes, choice lists, an instructions sheet. */
export async function templateWorkbook(locale: Locale, terms: Record<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Members' : '党员');
  sheet.addRow(IMPORT_COLUMNS.map((column) => `${column[locale]}${column.required ? ' *' : ''}`));
  sheet.addRow(IMPORT_COLUMNS.map((column) => column.field));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).hidden = true;
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  const genders = Object.values(Gender).map((value) => terms[value] ?? value);
  const stages = Object.values(MembershipStage).map((value) => terms[value] ?? value);
  IMPORT_COLUMNS.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.max(12, column[locale].length * (locale === 'en' ? 1.2 : 2.4));
    // Text cells: an 18-digit ID number typed into a number cell loses its last digits.
    sheetColumn.numFmt = '@';
  });
  for (let row = 3; row <= 1002; row += 1) {
    sheet.getCell(row, columnIndex('gender')).dataValidation = list(genders);
    sheet.getCell(row, columnIndex('stage')).dataValidation = list(stages);
  }
  const help = workbook.addWorksheet(locale === 'en' ? 'Instructions' : '填写说明');
  help.addRow([locale === 'en' ? 'Column' : '列', locale === 'en' ? 'Example' : '示例']).font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    const example = EXAMPLE[column.field] ?? '';
    help.addRow([`${column[locale]}${column.required ? ' *' : ''}`, terms[example] ?? example]);
  }
  help.addRow([]);
  help.addRow([
    locale === 'en'
      ? 'Dates as YYYY-MM-DD; * required. Each stage reached needs its date. Leave the organisation code empty to use the one chosen on the import page.'
      : '日期格式为 YYYY-MM-DD；带 * 为必填。已到达的发展阶段须填写对应日期。所在党组织代码留空时，使用导入页面所选组织。',
  ]);
  help.getColumn(1).width = 24;
  help.getColumn(2).width = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const columnIndex = (field: ImportField) => IMPORT_COLUMNS.findIndex((column) => column.field === field) + 1;

const list = (values: string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
});

/** Thrown when the file is not a sheet we can read, or has no recognisable header row. */
export class UnreadableImport extends Error {
  constructor(readonly reason: 'format' | 'header' | 'tooManyRows') {
    super(reason);
  }
}

/** Reads the rows of an XLSX (first worksheet) or a UTF-8 CSV, with or without BOM. */
export async function readImportRows(bytes: Buffer, format: 'xlsx' | 'csv'): Promise<ImportRow[]> {
  return rowsOf(await readImportTable(bytes, format));
}

/** The cells of an XLSX (first worksheet) or UTF-8 CSV as text, row by row: other imports read their own columns from it. */
export async function readImportTable(bytes: Buffer, format: 'xlsx' | 'csv'): Promise<string[][]> {
  return format === 'xlsx' ? xlsxTable(bytes) : csvTable(bytes);
}

async function xlsxTable(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableImport('format');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableImport('format');
  const table: string[][] = [];
  if (sheet.rowCount > MAX_IMPORT_ROWS + 2) throw new UnreadableImport('tooManyRows');
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

/** A cell as text: dates as YYYY-MM-DD, rich text and hyperlinks by their text, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function csvTable(bytes: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableImport('format');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      if (rows.length > MAX_IMPORT_ROWS + 2) throw new UnreadableImport('tooManyRows');
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Which field each header cell names: a code, or a column name in either language (a trailing * allowed). */
function headerFields(cells: string[]): (ImportField | null)[] {
  return cells.map((cell) => {
    const text = cell
      .replace(/\*\s*$/, '')
      .trim()
      .toLowerCase();
    const column = IMPORT_COLUMNS.find(
      (each) => each.field.toLowerCase() === text || LOCALES.some((locale) => each[locale].toLowerCase() === text),
    );
    return column?.field ?? null;
  });
}

const isHeader = (fields: (ImportField | null)[]) => fields.includes('name') && fields.includes('idNumber');

function rowsOf(table: string[][]): ImportRow[] {
  const headerIndex = table.slice(0, 2).findIndex((cells) => isHeader(headerFields(cells)));
  if (headerIndex < 0) throw new UnreadableImport('header');
  let fields = headerFields(table[headerIndex]);
  let first = headerIndex + 1;
  // The template's hidden row of codes: it names the columns whatever language the first row is in.
  if (table[first] && isHeader(headerFields(table[first]))) {
    fields = headerFields(table[first]);
    first += 1;
  }
  const rows: ImportRow[] = [];
  for (let index = first; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (cells.every((cell) => !cell?.trim())) continue;
    const values: ImportValues = {};
    fields.forEach((field, column) => {
      const text = cells[column]?.trim();
      if (field && text) values[field] = DATE_FIELDS.has(field) ? normaliseDate(text) : text;
    });
    rows.push({ row: index + 1, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new UnreadableImport('tooManyRows');
  return rows;
}

/** Spreadsheet habits: 2020/3/1 or 2020.03.01 for 2020-03-01. Anything else is left for validation to refuse. */
function normaliseDate(text: string): string {
  const match = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(text);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : text;
}

/** An enum cell: its code, or its name in either language. */
export function enumValue<T extends string>(
  text: string | undefined,
  values: readonly T[],
  terms: Record<Locale, Record<string, string>>,
): T | null {
  if (!text) return null;
  const wanted = text.trim().toLowerCase();
  return (
    values.find(
      (value) =>
        value.toLowerCase() === wanted || LOCALES.some((locale) => terms[locale][value]?.toLowerCase() === wanted),
    ) ?? null
  );
}
