import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * The attachments of the demo materials (issue 9 point 10): small scans made up on the spot, a
 * few kilobytes each. A PDF shows its text in Helvetica, one of the standard fonts every viewer
 * has, so it needs no embedded font — and therefore no CJK: it names the material by its
 * category's code and English name. The content depends only on what it describes (category,
 * version, pages; no member, no dates), so the demo dossiers' 2 000-odd files share about a
 * hundred contents — each stored once, which keeps seeding fast: a content per material took
 * seconds — and seeding again stores nothing new.
 */

/** What one demo scan shows. */
export interface DemoScan {
  /** Category code and English name. */
  code: string;
  category: string;
  version: number;
  pages: number;
  /** A note printed under the heading: 'Corrected', 'Photocopy', … */
  remark?: string;
}

/** FNV-1a: a seed from a text, so each scan's look follows from what it shows. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** xorshift32: enough to vary line lengths. */
function lineLengths(seed: number) {
  let state = seed || 1;
  return (min: number, max: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return min + (state % (max - min + 1));
  };
}

/** A PDF literal string: ASCII only, with its three special characters escaped. */
const pdfText = (text: string) => `(${text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A valid PDF 1.4 of `pages` A4 pages: heading, facts, grey lines standing for text, a seal on the last page. */
export function demoPdf(scan: DemoScan): Buffer {
  const next = lineLengths(seedOf(`${scan.code}/${scan.version}/${scan.remark ?? ''}`));
  const pageCount = Math.max(1, scan.pages);
  const fontObject = 3;
  const firstPageObject = 5;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pageCount }, (_, i) => `${firstPageObject + i * 2} 0 R`).join(' ')}] /Count ${pageCount} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  for (let page = 1; page <= pageCount; page += 1) {
    const text = (font: string, size: number, x: number, y: number, line: string) =>
      `BT /${font} ${size} Tf ${x} ${y} Td ${pdfText(line)} Tj ET`;
    const content = [
      text('F2', 16, 56, 780, 'Dangan demo material'),
      text('F1', 11, 56, 758, `${scan.code}: ${scan.category}`),
      text('F1', 11, 56, 742, `Version ${scan.version}${scan.remark ? `  -  ${scan.remark}` : ''}`),
      text('F1', 9, 490, 40, `Page ${page} of ${pageCount}`),
      '0.5 w 56 730 m 539 730 l S',
      '0.8 g',
      ...Array.from({ length: 24 }, (_, i) => `56 ${700 - i * 24} ${next(180, 480)} 7 re f`),
    ];
    if (page === pageCount) {
      // The seal: a red ring (four Bézier arcs) with the office's star in the middle.
      const [cx, cy, r, k] = [450, 140, 42, 42 * 0.5523];
      content.push(
        '0.8 0.1 0.1 RG 0.8 0.1 0.1 rg 2.5 w',
        `${cx + r} ${cy} m ${cx + r} ${cy + k} ${cx + k} ${cy + r} ${cx} ${cy + r} c`,
        `${cx - k} ${cy + r} ${cx - r} ${cy + k} ${cx - r} ${cy} c`,
        `${cx - r} ${cy - k} ${cx - k} ${cy - r} ${cx} ${cy - r} c`,
        `${cx + k} ${cy - r} ${cx + r} ${cy - k} ${cx + r} ${cy} c S`,
        `${cx} ${cy + 14} m ${cx + 8} ${cy - 11} l ${cx - 13} ${cy + 4} l ${cx + 13} ${cy + 4} l ${cx - 8} ${cy - 11} l f`,
      );
    }
    const stream = content.join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${firstPageObject + (page - 1) * 2 + 1} 0 R ` +
        `/Resources << /Font << /F1 ${fontObject} 0 R /F2 ${fontObject + 1} 0 R >> >> >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  }
  objects.push(`<< /Title ${pdfText(`${scan.category}, version ${scan.version}`)} /Producer (Dangan demo data) >>`);
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Palette: paper, ink, grey text, seal red. */
const PALETTE = Buffer.from([0xfb, 0xf8, 0xf0, 0x22, 0x22, 0x22, 0xc8, 0xc8, 0xc8, 0xc8, 0x1e, 0x1e]);
const [PAPER, INK, GREY, RED] = [0, 1, 2, 3];

/**
 * A photographed page as a small indexed-colour PNG (200×280): a frame, a heading bar, grey
 * lines and a red seal, their lengths following from what the scan shows.
 */
export function demoPng(scan: DemoScan): Buffer {
  const [width, height] = [200, 280];
  const next = lineLengths(seedOf(`png/${scan.code}/${scan.version}/${scan.remark ?? ''}`));
  const pixels = Buffer.alloc(width * height, PAPER);
  const fill = (x0: number, y0: number, w: number, h: number, colour: number) => {
    for (let y = y0; y < y0 + h; y += 1) pixels.fill(colour, y * width + x0, y * width + x0 + w);
  };
  fill(8, 8, width - 16, 2, INK);
  fill(8, height - 10, width - 16, 2, INK);
  fill(8, 8, 2, height - 16, INK);
  fill(width - 10, 8, 2, height - 16, INK);
  fill(40, 24, 120, 8, INK);
  fill(60, 40, next(40, 80), 4, INK);
  for (let line = 0; line < 16; line += 1) fill(24, 60 + line * 11, next(60, 150), 4, GREY);
  const [cx, cy] = [145, 235];
  for (let y = cy - 22; y <= cy + 22; y += 1) {
    for (let x = cx - 22; x <= cx + 22; x += 1) {
      const d = Math.hypot(x - cx, y - cy);
      if ((d <= 22 && d >= 18) || d <= 5) pixels[y * width + x] = RED;
    }
  }
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) pixels.copy(raw, y * (width + 1) + 1, y * width, (y + 1) * width);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, palette, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', PALETTE),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
