/**
 * The types an attachment may have (issue 9 §6), told by the content's first bytes, never by
 * the client's Content-Type or a file name: a renamed executable stays refused.
 */
const SIGNATURES = [
  { contentType: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1'), extension: 'pdf' },
  { contentType: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]), extension: 'jpg' },
  { contentType: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), extension: 'png' },
] as const;

export type AttachmentType = (typeof SIGNATURES)[number]['contentType'];

/** Bytes needed to tell every accepted type. */
export const SIGNATURE_LENGTH = Math.max(...SIGNATURES.map((s) => s.magic.length));

/** The accepted type these leading bytes start, or null (unknown, or too short to tell). */
export function detectContentType(head: Buffer): AttachmentType | null {
  return (
    SIGNATURES.find((s) => head.length >= s.magic.length && head.subarray(0, s.magic.length).equals(s.magic))
      ?.contentType ?? null
  );
}

/** The usual file extension of an accepted type (download names). */
export const extensionOf = (contentType: string) => SIGNATURES.find((s) => s.contentType === contentType)?.extension;
