// Reads and writes the content-addressed `files` table: bytes kept once per school, named by
// their SHA-256. Features (policy versions, checked photos) keep the hash and call these.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { files } from './schema.ts';

/** Keeps the bytes once per school (the same file stored twice is kept once). */
export async function storeFile(tx: Tx, values: { schoolId: string; sha256: string; mediaType: string; bytes: Buffer }): Promise<void> {
  await tx
    .insert(files)
    .values({ ...values, size: values.bytes.byteLength })
    .onConflictDoNothing();
}

export async function readFile(tx: Tx, schoolId: string, sha256: string): Promise<{ bytes: Buffer; mediaType: string } | undefined> {
  const [row] = await tx
    .select({ bytes: files.bytes, mediaType: files.mediaType })
    .from(files)
    .where(and(eq(files.schoolId, schoolId), eq(files.sha256, sha256)));
  return row;
}
