import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withSystemTx } from '../../platform/db/tenancy.ts';
import { errorList, fieldErrors, safeNext } from '../../platform/http/forms.ts';
import { SESSION_COOKIE, requireSignIn } from '../../platform/http/web.ts';
import { linkRoutes } from './link-routes.ts';
import { setSessionCookie } from './session-cookie.ts';
import { deleteSession } from './session-repository.ts';
import { signIn } from './sign-in.ts';

const signInBody = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).optional(),
});

export async function authRoutes(app: FastifyInstance) {
  const { database, config } = app.deps;
  const secure = config.publicUrl.startsWith('https://');
  await app.register(rateLimit, { global: false });
  await app.register(linkRoutes);

  app.get('/', { preHandler: requireSignIn }, async (req, reply) => {
    const schools = req.person!.schools;
    if (schools.length === 1) return reply.redirect(`/s/${schools[0]!.slug}`);
    return reply.page('auth/views/choose-school.njk', { title: 'Choose a school', schools });
  });

  app.get('/sign-in', async (req, reply) => {
    const next = safeNext((req.query as { next?: string }).next);
    if (req.person) return reply.redirect(next);
    return reply.page('auth/views/sign-in.njk', { title: 'Sign in', next, values: {}, fieldErrors: {} });
  });

  app.post(
    '/sign-in',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const body = signInBody.safeParse(req.body);
      const form = body.success ? body.data : { email: '', password: '', next: undefined };
      const next = safeNext(form.next);
      try {
        const { token } = await signIn(database.db, {
          email: form.email,
          password: form.password,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, token, secure);
        return reply.redirect(next, 303);
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'invalid-input' && err.code !== 'rate-limited')) throw err;
        const problems = err.problems.length ? err.problems : [{ field: 'email', message: err.message }];
        return reply.code(err.code === 'rate-limited' ? 429 : 400).page('auth/views/sign-in.njk', {
          title: 'Sign in',
          next,
          values: { email: form.email },
          errors: errorList(err.code === 'rate-limited' ? [{ field: 'email', message: err.message }] : [{ field: problems[0]!.field, message: err.message }]),
          fieldErrors: fieldErrors(problems),
        });
      }
    },
  );

  app.post('/sign-out', async (req, reply) => {
    const person = req.person;
    if (person) {
      await withSystemTx(database.db, async (tx) => {
        await deleteSession(tx, person.sessionId);
        await recordAudit(tx, null, { personId: person.id, ip: req.ip }, { type: 'auth.signed-out', data: { personId: person.id } });
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.flash('You have signed out.');
    return reply.redirect('/sign-in', 303);
  });
}
