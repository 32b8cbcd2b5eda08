import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldProblem } from '../../core/errors.ts';
import { ACTION_LABELS } from '../../core/policy/acknowledgement.ts';
import { errorList, fieldErrors, parseForm } from '../../platform/http/forms.ts';
import { inSchool, registerSchoolRoutes } from '../../platform/http/web.ts';
import { acknowledgePolicy } from './acknowledge-policy.ts';
import { getPolicyToRead } from './get-policy-to-read.ts';
import { listMyPolicies } from './list-my-policies.ts';

const signBody = z.object({ confirm: z.string().max(10).optional() });

/** Everyone in the school: read the policies addressed to them, and sign (or agree to comply). */
export async function readerRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await registerSchoolRoutes(app, (s) => {
    s.get('/my-policies', async (req, reply) => {
      const policies = await inSchool(database, req, (ctx) => listMyPolicies(ctx));
      return reply.page('policies/views/my-policies.njk', { title: 'Read and sign', policies });
    });

    const readPage = async (req: FastifyRequest, reply: FastifyReply, status = 200, problems: FieldProblem[] = []) => {
      const { versionId } = req.params as { versionId: string };
      const view = await inSchool(database, req, (ctx) => getPolicyToRead(ctx, { versionId }));
      return reply.code(status).page('policies/views/read.njk', {
        title: view.policy.title,
        ...view,
        actionLabel: view.kind ? ACTION_LABELS[view.kind] : null,
        errors: errorList(problems),
        fieldErrors: fieldErrors(problems),
      });
    };

    s.get('/my-policies/:versionId', (req, reply) => readPage(req, reply));

    s.post('/my-policies/:versionId', async (req, reply) => {
      const { versionId } = req.params as { versionId: string };
      const form = parseForm(signBody, req.body);
      try {
        const done = await inSchool(database, req, (ctx) => acknowledgePolicy(ctx, { versionId, confirmed: form.confirm === 'yes' }));
        reply.flash(done.kind === 'signed' ? 'Thank you: you have signed the policy.' : 'Thank you: you have agreed to comply with the policy.');
        return reply.redirect(`/s/${req.schoolAccess!.slug}/my-policies/${versionId}`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'invalid-input' && err.code !== 'conflict')) throw err;
        const problems = err.problems.length ? err.problems : [{ field: 'confirm', message: err.message }];
        return readPage(req, reply, err.code === 'conflict' ? 409 : 400, problems);
      }
    });
  });
}
