import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';

/** Where Debian and its derivatives put fonts with Chinese glyphs (fonts-noto-cjk, fonts-wqy-*). */
const USUAL_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
];

let cached: { path: string | undefined; font: Uint8Array | null } | undefined;

/**
 * The bytes of one font with CJK glyphs for export PDFs, read once per process; null when no
 * font is configured or found. pdf-lib embeds only single fonts, so from a TrueType/OpenType
 * collection (`.ttc`, how Debian ships Noto CJK) the Simplified Chinese face is copied out into a
 * standalone font (the first face when none is named so).
 */
export function exportFont(settings: Pick<Settings, 'EXPORT_FONT_FILE'>): Uint8Array | null {
  const path = settings.EXPORT_FONT_FILE ?? USUAL_PATHS.find((candidate) => existsSync(candidate));
  if (cached && cached.path === path) return cached.font;
  let font: Uint8Array | null = null;
  if (path) {
    try {
      font = singleFont(readFileSync(path));
    } catch (error) {
      logger.warn('export font unreadable; non-Latin text prints as ?', { path, error: String(error) });
    }
  }
  cached = { path, font };
  return font;
}

/** A standalone font from `bytes`: itself, or one face of a collection. */
export function singleFont(bytes: Buffer): Uint8Array {
  if (bytes.toString('latin1', 0, 4) !== 'ttcf') return bytes;
  const count = bytes.readUInt32BE(8);
  const offsets = Array.from({ length: count }, (_, i) => bytes.readUInt32BE(12 + 4 * i));
  const collection = fontkit.create(bytes) as unknown as { fonts?: { postscriptName?: string }[] };
  const names = (collection.fonts ?? []).map((face) => face.postscriptName ?? '');
  // Noto names its faces NotoSansCJKsc-Regular, NotoSansCJKjp-Regular, …: prefer the Simplified Chinese one.
  const simplified = names.findIndex((name) => /cjksc-/i.test(name));
  return extractFace(bytes, offsets[simplified >= 0 ? simplified : 0]);
}

/** Copies the tables of the face whose table directory starts at `offset` into a font file of its own. */
function extractFace(bytes: Buffer, offset: number): Uint8Array {
  const numTables = bytes.readUInt16BE(offset + 4);
  const headerSize = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, i) => {
    const record = offset + 12 + 16 * i;
    return {
      record,
      checksum: bytes.readUInt32BE(record + 4),
      offset: bytes.readUInt32BE(record + 8),
      length: bytes.readUInt32BE(record + 12),
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, table) => sum + padded(table.length), 0));
  bytes.copy(out, 0, offset, offset + 12);
  let at = headerSize;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    bytes.copy(out, record, table.record, table.record + 4);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(at, record + 8);
    out.writeUInt32BE(table.length, record + 12);
    bytes.copy(out, at, table.offset, table.offset + table.length);
    at += padded(table.length);
  });
  return out;
}
