// The JSON API of the checks, for the pages' scripts and for other tools:
//   POST /api/v1/s/:school/checks         {kind, text, withImage?, photo?} → findings (and, with a
//                                          checked photo's id, its tags: see check-draft-with-photo)
//   POST /api/v1/s/:school/checks/images  multipart "image"        → type, location, faces
// Same session cookie and CSRF token as the forms (the token in the x-csrf-token header).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { ruleById } from '../../core/rules/catalogue.ts';
import { parseForm } from '../../platform/http/forms.ts';
import type { PhotoTagSummary } from '../photos/face-tags.ts';
import { actorOf, inSchool, resolveSchool } from '../../platform/http/web.ts';
import { checkDraftWithPhoto } from './check-draft-with-photo.ts';
import { checkImage } from './check-image.ts';
import { checkText, type TextCheckResult } from './check-text.ts';
import { readImageUpload } from './image-upload.ts';
import { CATEGORY_LABELS } from './present-findings.ts';

export const apiBody = z.object({
  kind: z.enum(['post', 'comment', 'personal']),
  text: z.string(),
  withImage: z.boolean().optional(),
  /** A checked photo the post goes out with (a draft only): its tags join the check. */
  photo: z.string().max(100).optional(),
});

/** Room for a 1 MB text in JSON, so that it gets the checks' own clear answer rather than a bare 413. */
export const TEXT_BODY_LIMIT = 4 * 1024 * 1024;

/** Face detection takes a core for a fraction of a second: enough for a person, not for a flood. */
export const IMAGE_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

async function requireApiSignIn(req: FastifyRequest) {
  if (!req.person) throw new AppError('unauthenticated', 'Your session has ended. Sign in again; nothing you sent was stored.');
}

/** The checks' answers quote the text: never kept by a browser or a proxy. */
export function noStore(_req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, payload: unknown) => void) {
  reply.header('cache-control', 'no-store');
  done(null, payload);
}

export async function checkApiRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await app.register(
    async (api) => {
      api.addHook('preHandler', requireApiSignIn);
      api.addHook('preHandler', resolveSchool);
      api.addHook('onSend', noStore);

      api.post('/checks', { bodyLimit: TEXT_BODY_LIMIT }, async (req) => {
        const { photo: photoId, ...input } = parseForm(apiBody, req.body);
        const result: TextCheckResult & { photo?: PhotoTagSummary } = await inSchool(database, req, (ctx) =>
          photoId && input.kind === 'post' ? checkDraftWithPhoto(ctx, { text: input.text, photoId }) : checkText(ctx, input),
        );
        const photo = result.photo && {
          summary: result.photo.sentence,
          untagged: result.photo.untagged,
          pupils: result.photo.pupils.map((p) => ({ pupilId: p.pupilId, faces: p.faces })),
        };
        return {
          summary: result.summary,
          ...(photo ? { photo } : {}),
          blocking: result.blocking,
          warnings: result.warnings,
          findings: result.findings.map((f) => ({
            category: f.category,
            rule: f.rule,
            clause: f.clause ?? null,
            start: f.start,
            end: f.end,
            text: f.text,
            severity: f.severity,
            confidence: f.confidence,
            reason: f.reason,
            // For the page's script: the same words the form's answer shows.
            label: CATEGORY_LABELS[f.category] ?? f.category,
            ruleSummary: ruleById(f.rule)?.summary ?? f.rule,
          })),
        };
      });

      api.post('/checks/images', { config: { rateLimit: IMAGE_RATE_LIMIT } }, async (req) => {
        const bytes = await readImageUpload(req);
        const result = await checkImage({ actor: actorOf(req) }, bytes);
        return {
          summary: result.summary,
          type: result.type,
          width: result.width,
          height: result.height,
          frames: result.frames,
          location: result.location,
          faces: { count: result.faces.length, boxes: result.faces },
        };
      });
    },
    { prefix: '/api/v1/s/:school' },
  );
}
