import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../../core/errors.ts';

// argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends.
// Algorithm.Argon2id is a const enum (2), which isolated modules cannot import.
const OPTIONS = { algorithm: 2 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when no account matches, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hash('parapet-dummy-password', OPTIONS);
  await verifyPassword(await dummyHash, password);
}

/** Plain rules a person can follow; long passphrases welcome. */
export function checkNewPassword(password: string, confirm: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('Choose a longer password.', [
      { field: 'password', message: `Your password must be at least ${MIN_PASSWORD_LENGTH} characters long` },
    ]);
  }
  if (password.length > 200) {
    throw invalid('Choose a shorter password.', [{ field: 'password', message: 'Your password must be 200 characters or fewer' }]);
  }
  if (password !== confirm) {
    throw invalid('The passwords do not match.', [{ field: 'confirm', message: 'Type the same password twice' }]);
  }
}
