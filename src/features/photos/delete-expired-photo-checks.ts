// Checked photos are drafts, and they show pupils' faces: one that is older than the retention
// period is deleted with its stripped copy, so nothing is kept longer than the job needs (UK GDPR's
// storage limitation). Each school's audit chain records which checks went, in the same transaction.
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Tx } from '../../platform/db/client.ts';
import { deletePhotoChecksMadeBefore } from './photo-repository.ts';
import { DAY_MS } from './retention.ts';

export async function deleteExpiredPhotoChecks(tx: Tx, input: { now: Date; retentionDays: number }): Promise<{ schools: number; photos: number }> {
  const gone = await deletePhotoChecksMadeBefore(tx, new Date(input.now.getTime() - input.retentionDays * DAY_MS));
  const bySchool = new Map<string, typeof gone>();
  for (const g of gone) {
    const checks = bySchool.get(g.schoolId);
    if (checks) checks.push(g);
    else bySchool.set(g.schoolId, [g]);
  }
  for (const [schoolId, checks] of bySchool) {
    await recordAudit(
      tx,
      schoolId,
      { personId: null, ip: null },
      { type: 'photo.checks-expired', data: { photoCheckIds: checks.map((c) => c.id).sort(), retentionDays: input.retentionDays } },
    );
  }
  return { schools: bySchool.size, photos: gone.length };
}
