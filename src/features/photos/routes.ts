// The checked photo's own routes, under the draft check page (registered by checks/routes.ts):
//   GET  /s/:school/checks/photos/:id/image  the stripped copy, to the school's staff only
//   POST /s/:school/checks/photos/:id/tags   save each face's tag, then back to the draft page
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { errorList, fieldErrors } from '../../platform/http/forms.ts';
import { inSchool, rolesOf } from '../../platform/http/web.ts';
import { requireCheckAccess } from '../checks/check-access.ts';
import { getPhotoCheck, getPhotoImage } from './get-photo-check.ts';
import { presentPhoto } from './present-photo.ts';
import { tagPhotoFaces } from './tag-photo-faces.ts';

const params = z.object({ id: z.string().max(100) });
const FACE_FIELD = /^face-(\d{1,3})$/;

interface Options {
  /** Draws the draft check page (a form sent back with its problems). */
  renderDraft: (reply: FastifyReply, status: number, data: Record<string, unknown>) => Promise<unknown>;
}

/** The form's face-N fields by face number, and the missed count as typed. */
function readTagForm(body: unknown): { tags: Map<number, string>; missed: string } {
  const tags = new Map<number, string>();
  let missed = '';
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const text = Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
    if (key === 'missed') missed = text.slice(0, 10);
    const face = FACE_FIELD.exec(key);
    if (face) tags.set(Number(face[1]), text.slice(0, 100));
  }
  return { tags, missed };
}

export async function photoRoutes(app: FastifyInstance, options: Options) {
  const { database } = app.deps;
  const retentionDays = app.deps.config.photoRetentionDays;

  app.get('/checks/photos/:id/image', async (req, reply) => {
    requireCheckAccess(rolesOf(req));
    const { id } = params.parse(req.params);
    const file = await inSchool(database, req, (ctx) => getPhotoImage(ctx, id));
    // A pupil's photo: never cached by a browser or proxy, never shown as anything but an image.
    return reply.header('cache-control', 'private, no-store').header('content-disposition', 'inline').type(file.mediaType).send(file.bytes);
  });

  app.post('/checks/photos/:id/tags', async (req, reply) => {
    requireCheckAccess(rolesOf(req));
    const { id } = params.parse(req.params);
    const form = readTagForm(req.body);
    try {
      await inSchool(database, req, (ctx) => tagPhotoFaces(ctx, id, form));
      reply.flash('Tags saved.');
      return reply.redirect(`/s/${req.schoolAccess!.slug}/checks/draft?photo=${id}#photo-summary`, 303);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'invalid-input')) throw err;
      const photo = await inSchool(database, req, async (ctx) => presentPhoto(await getPhotoCheck(ctx, id), ctx.school.slug, { retentionDays, values: form.tags, missed: form.missed }));
      return options.renderDraft(reply, 400, { photo, errors: errorList(err.problems), fieldErrors: fieldErrors(err.problems) });
    }
  });
}
