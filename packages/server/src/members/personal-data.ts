import { PiiKeyring } from '../shared/pii/keyring';

/**
 * The columns of personal data at rest and what binds each ciphertext to its column (the
 * keyring's authenticated `purpose`). Exact ID-number search goes through one blind index
 * domain, so a relative's number and a member's are comparable if ever needed.
 */
export const PII = {
  idNumber: 'member.idNumber',
  phone: 'member.phone',
  address: 'member.address',
  relativeIdNumber: 'relative.idNumber',
} as const;
export const ID_NUMBER_INDEX = 'idNumber';

export const sealed = (keyring: PiiKeyring, value: string | null | undefined, purpose: string) =>
  value == null ? null : keyring.encrypt(value, purpose);

export const opened = (keyring: PiiKeyring, stored: string | null | undefined, purpose: string) =>
  stored == null ? null : keyring.decrypt(stored, purpose);

export const idNumberIndex = (keyring: PiiKeyring, idNumber: string) => keyring.blindIndex(idNumber, ID_NUMBER_INDEX);
