// The check pages. Both work without JavaScript (the form posts and the page shows findings);
// with it, /assets/checks.js checks as you type through the JSON API.
//   /s/:school/checks/draft  a draft for the school's official accounts, and a photo for it
//                            (?photo=<id>: a checked photo, its faces to tag; see photos/routes.ts)
//   /s/:school/checks/self   a staff member's private check of their own post: never stored or logged
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CheckKind } from '../../core/checks/types.ts';
import { AppError } from '../../core/errors.ts';
import { errorList, fieldErrors, parseForm } from '../../platform/http/forms.ts';
import { actorOf, inSchool, registerSchoolRoutes, rolesOf } from '../../platform/http/web.ts';
import { loadFaceDetector } from '../../platform/images/face-detector.ts';
import { getPhotoCheck } from '../photos/get-photo-check.ts';
import { presentPhoto, type PhotoView } from '../photos/present-photo.ts';
import { photoRoutes } from '../photos/routes.ts';
import { savePhotoCheck } from '../photos/save-photo-check.ts';
import { checkApiRoutes, IMAGE_RATE_LIMIT, noStore, TEXT_BODY_LIMIT } from './api-routes.ts';
import { requireCheckAccess } from './check-access.ts';
import { checkDraftWithPhoto } from './check-draft-with-photo.ts';
import { checkImage } from './check-image.ts';
import { checkText, MAX_TEXT_CHARS, type TextCheckResult } from './check-text.ts';
import { readImageUpload } from './image-upload.ts';
import { highlightPieces, presentFindings } from './present-findings.ts';

const CHECKS_JS = readFileSync(new URL('./assets/check-panel.js', import.meta.url));

const textForm = z.object({
  text: z.string().optional().default(''),
  withImage: z.string().optional(),
  photo: z.string().max(100).optional(),
});
const draftQuery = z.object({ photo: z.string().max(100).optional() });

interface Page {
  template: string;
  title: string;
  kind: CheckKind;
}
const DRAFT: Page = { template: 'checks/views/draft.njk', title: 'Check a post before it goes out', kind: 'post' };
const SELF: Page = { template: 'checks/views/self.njk', title: 'Check your own post', kind: 'personal' };

const isFormError = (err: unknown): err is AppError =>
  err instanceof AppError && ['invalid-input', 'too-large', 'unsupported-file'].includes(err.code);
const statusOf = (err: AppError) => ({ 'too-large': 413, 'unsupported-file': 415 })[err.code as string] ?? 400;

function view(text: string, result: TextCheckResult | null) {
  if (!result) return { text, checked: false };
  const findings = presentFindings(result.findings);
  return { text, checked: true, summary: result.summary, findings, pieces: highlightPieces(text, findings) };
}

export async function checkRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  const retentionDays = app.deps.config.photoRetentionDays;
  app.get('/assets/checks.js', async (_req, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/javascript').send(CHECKS_JS),
  );
  await app.register(checkApiRoutes);

  await registerSchoolRoutes(app, async (s) => {
    s.addHook('onSend', noStore);
    const render = (reply: FastifyReply, page: Page, status: number, data: Record<string, unknown>) =>
      reply.code(status).page(page.template, {
        title: page.title,
        kind: page.kind,
        maxChars: MAX_TEXT_CHARS,
        apiUrl: `/api/v1/s/${reply.request.schoolAccess!.slug}/checks`,
        ...data,
      });
    await s.register(photoRoutes, { renderDraft: (reply: FastifyReply, status: number, data: Record<string, unknown>) => render(reply, DRAFT, status, { check: view('', null), withImage: true, ...data }) });

    const showForm = (page: Page) => async (req: FastifyRequest, reply: FastifyReply) => {
      requireCheckAccess(rolesOf(req));
      // Load the face model now, while the person is typing, not when they send a photo.
      if (page.kind === 'post') void loadFaceDetector().catch((err: unknown) => req.log.warn({ err }, 'face detector did not load'));
      const photoId = page.kind === 'post' ? parseForm(draftQuery, req.query).photo : undefined;
      const photo = photoId ? await inSchool(database, req, async (ctx) => presentPhoto(await getPhotoCheck(ctx, photoId), ctx.school.slug, { retentionDays })) : undefined;
      return render(reply, page, 200, { check: view('', null), withImage: Boolean(photo), photo });
    };

    const runCheck = (page: Page) => async (req: FastifyRequest, reply: FastifyReply) => {
      requireCheckAccess(rolesOf(req));
      const form = parseForm(textForm, req.body);
      const photoId = page.kind === 'post' ? form.photo || undefined : undefined;
      const withImage = page.kind === 'post' && (form.withImage === 'yes' || Boolean(photoId));
      let photo: PhotoView | undefined;
      try {
        const result = await inSchool(database, req, async (ctx) => {
          if (!photoId) return checkText(ctx, { kind: page.kind, text: form.text, withImage });
          // The photo first, so that a problem with the text still shows the photo beside it.
          photo = presentPhoto(await getPhotoCheck(ctx, photoId), ctx.school.slug, { retentionDays });
          return checkDraftWithPhoto(ctx, { text: form.text, photoId });
        });
        return render(reply, page, 200, { check: view(form.text, result), withImage, photo });
      } catch (err) {
        if (!isFormError(err)) throw err;
        const problems = err.problems.length ? err.problems : [{ field: 'text', message: err.message }];
        return render(reply, page, statusOf(err), { check: view(form.text, null), withImage, photo, errors: errorList(problems), fieldErrors: fieldErrors(problems) });
      }
    };

    s.get('/checks/draft', showForm(DRAFT));
    s.post('/checks/draft', { bodyLimit: TEXT_BODY_LIMIT }, runCheck(DRAFT));
    s.get('/checks/self', showForm(SELF));
    s.post('/checks/self', { bodyLimit: TEXT_BODY_LIMIT }, runCheck(SELF));

    s.post('/checks/draft/image', { config: { rateLimit: IMAGE_RATE_LIMIT } }, async (req, reply) => {
      requireCheckAccess(rolesOf(req));
      try {
        // Detection runs outside any transaction: it takes a moment and needs no database.
        const result = await checkImage({ actor: actorOf(req) }, await readImageUpload(req));
        const photo = await inSchool(database, req, async (ctx) => {
          const saved = await savePhotoCheck(ctx, { stripped: result.stripped, faces: result.faces, hadLocation: result.location !== null });
          return presentPhoto(await getPhotoCheck(ctx, saved.id), ctx.school.slug, { retentionDays });
        });
        // The full location warning is shown just above; the stored photo's short note is for later visits.
        photo.hadLocation = false;
        return render(reply, DRAFT, 200, { check: view('', null), withImage: true, image: result, photo });
      } catch (err) {
        if (!isFormError(err)) throw err;
        const problems = [{ field: 'image', message: err.message }];
        return render(reply, DRAFT, statusOf(err), { check: view('', null), withImage: true, errors: errorList(problems), fieldErrors: fieldErrors(problems) });
      }
    });
  });
}
