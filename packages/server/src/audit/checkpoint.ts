import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { Settings } from '../config/settings';
import { logger } from '../app/logger';
import { appendLine, linesFromEnd } from './checkpoint-file';

/**
 * A signed statement that the audit chain once reached entry `seq` with hash `hash` (issue 7
 * §5). Kept outside the database, it is what an insider who can rewrite the database cannot
 * rewrite: a chain whose head falls behind it, or disagrees with it, has been cut or redone.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: Date;
}

type CheckpointSettings = Pick<Settings, 'AUDIT_CHECKPOINT_KEY' | 'AUDIT_CHECKPOINT_FILE' | 'AUDIT_CHECKPOINT_MIRROR'>;

interface CheckpointKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const keysByPem = new Map<string, CheckpointKeys>();

/** Ed25519: whoever holds only the public key can check checkpoints but not make them. */
function checkpointKeys(pem: string): CheckpointKeys {
  let keys = keysByPem.get(pem);
  if (!keys) {
    const privateKey = createPrivateKey(pem);
    keys = { privateKey, publicKey: createPublicKey(privateKey) };
    keysByPem.set(pem, keys);
  }
  return keys;
}

/** What is signed: a fixed label and version, so no other signed text can pass for a checkpoint. */
const signedText = (c: AuditCheckpoint) =>
  Buffer.from(`dangan-audit-checkpoint/1\n${c.seq}\n${c.hash}\n${c.at.toISOString()}`);

/** One JSON line: `{"seq":…,"hash":"…","at":"…","sig":"…"}`. */
export function checkpointLine(checkpoint: AuditCheckpoint, keyPem: string): string {
  const sig = sign(null, signedText(checkpoint), checkpointKeys(keyPem).privateKey).toString('base64');
  return JSON.stringify({ seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at.toISOString(), sig });
}

/** The checkpoint a line states, or null when the line is malformed or its signature is not ours. */
export function readCheckpointLine(line: string, keyPem: string): AuditCheckpoint | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  const { seq, hash, at, sig } = (parsed ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || (seq as number) < 1) return null;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash) || typeof at !== 'string' || typeof sig !== 'string') {
    return null;
  }
  const checkpoint = { seq: seq as number, hash, at: new Date(at) };
  if (Number.isNaN(checkpoint.at.getTime()) || checkpoint.at.toISOString() !== at) return null;
  const signature = Buffer.from(sig, 'base64');
  return verify(null, signedText(checkpoint), checkpointKeys(keyPem).publicKey, signature) ? checkpoint : null;
}

/** The files checkpoints go to: the append-only file, and the optional mirror. */
const sinks = (settings: CheckpointSettings) =>
  [settings.AUDIT_CHECKPOINT_FILE, settings.AUDIT_CHECKPOINT_MIRROR].filter((file): file is string => !!file);

/**
 * Signs and appends a checkpoint to every sink. The main file must take it (an error reaches
 * the caller); a mirror that fails is logged, since the checkpoint is already kept once.
 */
export function appendCheckpoint(settings: CheckpointSettings, checkpoint: AuditCheckpoint): void {
  const line = checkpointLine(checkpoint, settings.AUDIT_CHECKPOINT_KEY);
  appendLine(settings.AUDIT_CHECKPOINT_FILE, line);
  if (!settings.AUDIT_CHECKPOINT_MIRROR) return;
  try {
    appendLine(settings.AUDIT_CHECKPOINT_MIRROR, line);
  } catch (error) {
    logger.error('audit checkpoint mirror not written', {
      file: settings.AUDIT_CHECKPOINT_MIRROR,
      error: String(error),
    });
  }
}

export interface NewestCheckpoint {
  /** The newest checkpoint with a valid signature in any sink (highest sequence), if any. */
  checkpoint: AuditCheckpoint | null;
  /** Lines written after it that were refused: a bad signature or no checkpoint at all. */
  refused: number;
}

/** The newest valid checkpoint across the sinks; forged or damaged lines are counted, never used. */
export function readNewestCheckpoint(settings: CheckpointSettings): NewestCheckpoint {
  let newest: NewestCheckpoint = { checkpoint: null, refused: 0 };
  for (const file of sinks(settings)) {
    const found = newestInFile(file, settings.AUDIT_CHECKPOINT_KEY);
    const later = !newest.checkpoint || (found.checkpoint && found.checkpoint.seq > newest.checkpoint.seq);
    newest = { checkpoint: later ? found.checkpoint : newest.checkpoint, refused: newest.refused + found.refused };
  }
  return newest;
}

function newestInFile(file: string, keyPem: string): NewestCheckpoint {
  let refused = 0;
  for (const line of linesFromEnd(file)) {
    const checkpoint = readCheckpointLine(line, keyPem);
    if (checkpoint) return { checkpoint, refused };
    refused += 1;
  }
  return { checkpoint: null, refused };
}
