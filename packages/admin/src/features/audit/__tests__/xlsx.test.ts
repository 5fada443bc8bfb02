import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, escapeXml, writeXlsx } from '../xlsx';

describe('the XLSX writer', () => {
  it('writes a workbook of one sheet that spreadsheet programs open: the parts they look for', () => {
    const parts = unzipSync(
      writeXlsx('审计日志', [
        ['序号', '操作'],
        [1, '登录'],
      ]),
    );

    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('<sheet name="审计日志" sheetId="1" r:id="rId1"/>');
  });

  it('writes the header bold, numbers as numbers and text as inline strings, escaped', () => {
    const parts = unzipSync(
      writeXlsx('Audit', [
        ['No.', 'Details'],
        [7, '{"a":"<b> & c"}'],
        [8, null],
      ]),
    );
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);

    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">No.</t></is></c>');
    expect(sheet).toContain('<c r="A2"><v>7</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">{&quot;a&quot;:&quot;&lt;b&gt; &amp; c&quot;}</t>');
    expect(sheet).toContain('<row r="3"><c r="A3"><v>8</v></c></row>');
  });

  it('drops characters XML cannot hold and names columns past Z', () => {
    expect(escapeXml('a\u0000b\u001Fc\td')).toBe('abc\td');
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
