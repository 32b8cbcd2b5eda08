import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { MAX_ROSTER_BYTES } from '../../core/roster/decode.ts';
import { HEADING_ALIASES, ROSTER_FIELDS } from '../../core/roster/headings.ts';
import { RosterProblemsError } from '../../core/roster/problems.ts';
import { errorList } from '../../platform/http/forms.ts';
import { inSchool, registerSchoolRoutes, rolesOf } from '../../platform/http/web.ts';
import { exportPeopleCsv } from './export-people-csv.ts';
import { importRoster, type RosterImportSummary } from './import-roster.ts';
import { listPeople } from './list-people.ts';

const IMPORT_VIEW = 'people/views/import.njk';

/** The headings table on the upload page: each field with the other headings accepted for it. */
const HEADINGS = ROSTER_FIELDS.map((field) => ({ field, others: HEADING_ALIASES[field].slice(1) }));

export async function peopleRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await registerSchoolRoutes(app, (s) => {
    s.get('/people', async (req, reply) => {
      const people = await inSchool(database, req, (ctx) => listPeople(ctx));
      return reply.page('people/views/index.njk', { title: 'People', people });
    });

    s.get('/people/import', async (req, reply) => {
      requireLeader(req);
      return importPage(reply, 200, {});
    });

    s.post('/people/import', async (req, reply) => {
      requireLeader(req);
      let upload: { filename: string; bytes: Buffer } | null = null;
      const tooLarge = () =>
        importPage(reply, 413, { message: 'The file is larger than 5 MB, which is far bigger than a roster. Nothing was imported. Check you chose the CSV export of your roster.' });
      try {
        const part = await req.file({ limits: { fileSize: MAX_ROSTER_BYTES, files: 1 } });
        if (part && part.filename) {
          const bytes = await part.toBuffer();
          // toBuffer does not always throw when the limit cuts the file short (it depends on
          // how the upload arrives in chunks); a truncated file must never be imported.
          if (part.file.truncated) return tooLarge();
          upload = { filename: part.filename, bytes };
        }
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
        throw err;
      }
      if (!upload) return importPage(reply, 400, { message: 'Choose the roster CSV file to upload.' });
      try {
        const summary = await inSchool(database, req, (ctx) => importRoster(ctx, { filename: upload.filename, bytes: upload.bytes }));
        reply.flash(summaryMessage(summary));
        return reply.redirect(`/s/${req.schoolAccess!.slug}/people`, 303);
      } catch (err) {
        if (err instanceof RosterProblemsError) return importPage(reply, 400, { message: err.message, problems: err.rosterProblems, filename: upload.filename });
        if (err instanceof AppError && (err.code === 'invalid-input' || err.code === 'too-large')) {
          return importPage(reply, err.code === 'too-large' ? 413 : 400, { message: err.message, filename: upload.filename });
        }
        throw err;
      }
    });

    s.get('/people/export.csv', async (req, reply) => {
      const { filename, csv } = await inSchool(database, req, (ctx) => exportPeopleCsv(ctx));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename.replace(/[^a-zA-Z0-9._-]/g, '-')}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    });
  });
}

function requireLeader(req: FastifyRequest) {
  if (!hasAnyRole(rolesOf(req), LEADERSHIP)) throw forbidden('Only the headteacher or senior leaders can import the roster.');
}

function importPage(
  reply: FastifyReply,
  status: number,
  result: { message?: string; problems?: Array<{ line: number; message: string }>; filename?: string },
) {
  const errors = result.message ? errorList([{ field: result.problems?.length ? 'problems' : 'file', message: result.message }]) : undefined;
  return reply.code(status).page(IMPORT_VIEW, {
    title: 'Import the roster',
    errors,
    fileError: result.message && !result.problems?.length ? { text: result.message } : undefined,
    problems: result.problems ?? [],
    filename: result.filename,
    headings: HEADINGS,
  });
}

function summaryMessage(s: RosterImportSummary): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return (
    `Roster imported: ${n(s.pupilsCreated, 'pupil')} added, ${s.pupilsUpdated} updated. ` +
    `${n(s.peopleCreated, 'adult')} added, ${s.peopleUpdated} already known, ${n(s.rolesAdded, 'role')} given. ` +
    `${n(s.parentLinksCreated, 'parent link')} added.`
  );
}
