// When checked photos are deleted: the nightly job's time (London, as pg-boss schedules run) and
// the day a given photo goes, kept together so the page's date follows the schedule.
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The clean-up runs at this London time each night. */
const CLEANUP_HOUR = 3;
const CLEANUP_MINUTE = 45;
export const PHOTO_CLEANUP_CRON = `${CLEANUP_MINUTE} ${CLEANUP_HOUR} * * *`;
const CLEANUP_CLOCK = `${String(CLEANUP_HOUR).padStart(2, '0')}:${String(CLEANUP_MINUTE).padStart(2, '0')}`;

/** "23 December 2026": the day the nightly job deletes a photo checked at `createdAt`. */
export function deletionDay(createdAt: Date, retentionDays: number): string {
  const due = new Date(createdAt.getTime() + retentionDays * DAY_MS);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(due);
  // Past the clean-up time that day, the first run after it is the next night's.
  const day = clock < CLEANUP_CLOCK ? due : new Date(due.getTime() + DAY_MS);
  return day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}
