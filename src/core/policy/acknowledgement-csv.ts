import { stringify } from 'csv-stringify/sync';
import { formatDateTime } from '../dates.ts';
import { ROLE_LABELS } from '../roles.ts';
import { neutraliseCsvCell } from '../roster/csv-safety.ts';
import type { AcknowledgementStatus } from './acknowledgement.ts';

export const ACKNOWLEDGEMENT_CSV_COLUMNS = ['Name', 'Roles', 'Status', 'Signed at (UK time)', 'Signed at (UTC)', 'Earlier version signed'];

/**
 * Who has signed a version, as a spreadsheet. Names come from the roster, so every cell is
 * neutralised against formula injection; a byte-order mark lets Excel read accents as UTF-8.
 */
export function acknowledgementCsv(status: AcknowledgementStatus): string {
  const rows = status.rows.map((r) =>
    [
      r.name,
      r.roles.map((role) => ROLE_LABELS[role]).join('; '),
      r.signedAt ? 'Signed' : 'Not signed',
      r.signedAt ? formatDateTime(r.signedAt) : '',
      r.signedAt ? r.signedAt.toISOString() : '',
      r.earlierVersionNumber ? `Version ${r.earlierVersionNumber}` : '',
    ].map(neutraliseCsvCell),
  );
  return stringify([ACKNOWLEDGEMENT_CSV_COLUMNS, ...rows], { bom: true, record_delimiter: 'windows' });
}
