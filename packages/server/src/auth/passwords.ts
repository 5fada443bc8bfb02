import { Algorithm, hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../shared/errors';

// OWASP's argon2id baseline: 19 MiB memory, 2 passes, 1 lane.
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the username is unknown so timing tells nothing. */
export const DUMMY_HASH = hashPassword('dummy-password-that-never-matches');

let estimator: ZxcvbnFactory | undefined;

/**
 * True for a password an attacker's word list reaches quickly, decorated or not (`Password123!`,
 * `Qwerty123456!`, `P@ssw0rd123!`; issue 7). zxcvbn's common-password list, keyboard patterns
 * and l33t rules estimate the guesses; score 2 and up means more than about a million, beyond
 * what the lockout lets an online attacker try. Built on first use: the list is large.
 */
export function isCommonPassword(password: string, userInputs: string[] = []): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs).score < 2;
}

/**
 * Strength rule: ≥ 10 characters, three of four character classes, not containing the username,
 * and not a common password.
 */
export function assertStrongPassword(password: string, username: string, field = 'password'): void {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const containsUsername = username.length >= 3 && password.toLowerCase().includes(username.toLowerCase());
  if (
    password.length < MIN_PASSWORD_LENGTH ||
    password.length > MAX_PASSWORD_LENGTH ||
    classes < 3 ||
    containsUsername
  ) {
    throw badInput(field, 'auth.weakPassword', { min: MIN_PASSWORD_LENGTH });
  }
  if (isCommonPassword(password, [username])) throw badInput(field, 'auth.commonPassword');
}
