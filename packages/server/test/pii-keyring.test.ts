import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parsePiiKeys, PiiDecryptionError, PiiKeyring } from '../src/shared/pii/keyring';

const key = (id: string) => ({ id, key: randomBytes(32) });
const indexKey = randomBytes(32);

describe('the personal-data keyring', () => {
  it('encrypts with the current key, writing its id, and reads the value back', () => {
    const keyring = new PiiKeyring([key('k2'), key('k1')], indexKey);
    const stored = keyring.encrypt('11010519491231002X', 'member.idNumber');

    expect(stored).toMatch(/^v1\.k2\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain('11010519491231002X');
    expect(keyring.encrypt('11010519491231002X', 'member.idNumber')).not.toBe(stored);
    expect(keyring.decrypt(stored, 'member.idNumber')).toBe('11010519491231002X');
  });

  it('reads values of a retired key that is still listed, and knows them as stale', () => {
    const old = key('k1');
    const stored = new PiiKeyring([old], indexKey).encrypt('13800000000', 'member.phone');
    const rotated = new PiiKeyring([key('k2'), old], indexKey);

    expect(rotated.decrypt(stored, 'member.phone')).toBe('13800000000');
    expect(rotated.isStale(stored)).toBe(true);
    expect(() => new PiiKeyring([key('k2')], indexKey).decrypt(stored, 'member.phone')).toThrow(/key "k1"/);
  });

  it('refuses a value moved to another column or tampered with', () => {
    const keyring = new PiiKeyring([key('k1')], indexKey);
    const stored = keyring.encrypt('某某路 1 号', 'member.address');
    const parts = stored.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');

    expect(() => keyring.decrypt(stored, 'member.phone')).toThrow(PiiDecryptionError);
    expect(() => keyring.decrypt(parts.join('.'), 'member.address')).toThrow(PiiDecryptionError);
  });

  it('gives one blind index per normalised value, and another for another key', () => {
    const keyring = new PiiKeyring([key('k1')], indexKey);
    const index = keyring.blindIndex('11010519491231002X', 'idNumber');

    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(keyring.blindIndex(' 11010519491231002x ', 'idNumber')).toBe(index);
    expect(new PiiKeyring([key('k1')], randomBytes(32)).blindIndex('11010519491231002X', 'idNumber')).not.toBe(index);
  });

  it('never shows its keys in logs, JSON or configuration errors', () => {
    const secret = randomBytes(32).toString('base64');
    const keyring = new PiiKeyring(parsePiiKeys(`k1:${secret}`) as never, indexKey);

    expect(JSON.stringify({ keyring })).not.toContain(secret);
    expect(inspect(keyring)).toBe('[PiiKeyring]');
    expect(parsePiiKeys(`k1:${secret.slice(0, 20)}`)).not.toContain(secret.slice(0, 20));
  });
});
