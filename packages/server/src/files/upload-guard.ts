import { Transform } from 'node:stream';
import { AttachmentType, detectContentType, SIGNATURE_LENGTH } from './content-type';

/** Why an upload stream was stopped; the route answers 413 or 415 for it. */
export class UploadRefused extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'unsupportedType',
    /** The limit that was passed, for the message. */
    readonly maxBytes = 0,
  ) {
    super(reason);
    this.name = 'UploadRefused';
  }
}

/**
 * Passes an upload through while enforcing its rules as the bytes arrive: it fails as soon as
 * the content passes `maxBytes` or its first bytes show a type we do not accept, so a refused
 * upload is never read (or kept) further than that. `contentType()` is the detected type once
 * the stream has ended.
 */
export function uploadGuard(maxBytes: number) {
  let received = 0;
  let head = Buffer.alloc(0);
  let detected: AttachmentType | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > maxBytes) return done(new UploadRefused('tooLarge', maxBytes));
      if (!detected) {
        head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_LENGTH)]).subarray(0, SIGNATURE_LENGTH);
        detected = detectContentType(head);
        if (!detected && head.length >= SIGNATURE_LENGTH) return done(new UploadRefused('unsupportedType'));
      }
      done(null, chunk);
    },
    flush(done) {
      done(detected ? null : new UploadRefused('unsupportedType'));
    },
  });
  return { stream, contentType: () => detected };
}
