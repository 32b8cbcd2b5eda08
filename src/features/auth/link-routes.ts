import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { errorList, fieldErrors } from '../../platform/http/forms.ts';
import { actorOf, registerSchoolRoutes } from '../../platform/http/web.ts';
import type { AuthTokenKind } from './auth-token-repository.ts';
import { checkAuthLink, LinkProblem, type UsableLink } from './check-auth-link.ts';
import { INVITE_VALID_DAYS, invitePerson } from './invite-person.ts';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { setSessionCookie } from './session-cookie.ts';
import { setPasswordWithLink } from './set-password-with-link.ts';
import { normaliseEmail } from './sign-in.ts';

const tokenParams = z.object({ token: z.string().max(500) });
const passwordBody = z.object({
  password: z.string().max(1000).catch(''),
  confirm: z.string().max(1000).catch(''),
});
const emailBody = z.object({ email: z.string().max(320).catch('') });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const PAGES: Record<AuthTokenKind, { path: string; title: string; done: string }> = {
  invite: { path: '/invitation', title: 'Set your password', done: 'Your password is set and you are signed in.' },
  reset: { path: '/reset-password', title: 'Choose a new password', done: 'Your password has been changed. You have been signed out everywhere else.' },
};

const PROBLEM_TITLES = { unknown: 'We do not recognise this link', used: 'This link has already been used', expired: 'This link has expired' };

/** Invitations and password resets: the links people are sent by email, and sending them. */
export async function linkRoutes(app: FastifyInstance) {
  const { database, config, mailer } = app.deps;
  const secure = config.publicUrl.startsWith('https://');
  const mailDeps = { db: database.db, mailer, publicUrl: config.publicUrl };

  function problemPage(reply: FastifyReply, problem: LinkProblem) {
    const invite = problem.kind === 'invite';
    return reply.code(problem.state === 'unknown' ? 404 : 410).page('auth/views/link-problem.njk', {
      title: PROBLEM_TITLES[problem.state],
      message: problem.message,
      nextHref: invite ? '/sign-in' : '/forgot-password',
      nextText: invite ? 'Go to the sign-in page' : 'Ask for a new link',
    });
  }

  function formPage(reply: FastifyReply, kind: AuthTokenKind, token: string, link: UsableLink, err?: AppError) {
    return reply.code(err ? 400 : 200).page('auth/views/set-password.njk', {
      title: PAGES[kind].title,
      kind,
      action: `${PAGES[kind].path}/${encodeURIComponent(token)}`,
      personName: link.personName,
      email: link.email,
      schoolName: kind === 'invite' ? link.schoolName : null,
      minLength: MIN_PASSWORD_LENGTH,
      errors: err ? errorList(err.problems) : undefined,
      fieldErrors: err ? fieldErrors(err.problems) : {},
    });
  }

  for (const kind of ['invite', 'reset'] as const) {
    const { path } = PAGES[kind];

    app.get(`${path}/:token`, async (req, reply) => {
      const { token } = tokenParams.parse(req.params);
      try {
        return await formPage(reply, kind, token, await checkAuthLink(database.db, kind, token));
      } catch (err) {
        if (err instanceof LinkProblem) return problemPage(reply, err);
        throw err;
      }
    });

    app.post(`${path}/:token`, { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (req, reply) => {
      const { token } = tokenParams.parse(req.params);
      const form = passwordBody.parse(req.body ?? {});
      try {
        const { sessionToken } = await setPasswordWithLink(database.db, {
          kind,
          token,
          password: form.password,
          confirm: form.confirm,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, sessionToken, secure);
        reply.flash(PAGES[kind].done);
        return reply.redirect('/', 303);
      } catch (err) {
        if (err instanceof LinkProblem) return problemPage(reply, err);
        if (err instanceof AppError && err.code === 'invalid-input') {
          return formPage(reply, kind, token, await checkAuthLink(database.db, kind, token), err);
        }
        throw err;
      }
    });
  }

  app.get('/forgot-password', async (_req, reply) =>
    reply.page('auth/views/forgot-password.njk', { title: 'Reset your password', values: {}, fieldErrors: {} }),
  );

  app.post('/forgot-password', { config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } }, async (req, reply) => {
    const email = normaliseEmail(emailBody.parse(req.body ?? {}).email);
    if (!EMAIL.test(email)) {
      const problems = [{ field: 'email', message: 'Enter your email address, like name@school.org.uk' }];
      return reply.code(400).page('auth/views/forgot-password.njk', {
        title: 'Reset your password',
        values: { email },
        errors: errorList(problems),
        fieldErrors: fieldErrors(problems),
      });
    }
    // Not awaited: the answer comes as quickly whether or not there is an account to mail.
    void requestPasswordReset(mailDeps, { email, ip: req.ip }).then(
      (outcome) => req.log.info({ outcome }, 'password reset requested'),
      (err: unknown) => req.log.error({ err }, 'password reset email could not be sent'),
    );
    return reply.page('auth/views/forgot-password-sent.njk', { title: 'Check your email', email });
  });

  await registerSchoolRoutes(app, (s) => {
    s.post('/people/:personId/invite', async (req: FastifyRequest, reply) => {
      const { personId } = req.params as { personId: string };
      const access = req.schoolAccess!;
      const school = { id: access.id, slug: access.slug, name: access.name, trustId: access.trustId };
      try {
        const sent = await invitePerson(mailDeps, { school, actor: actorOf(req) }, { personId });
        reply.flash(`Invitation sent to ${sent.name} at ${sent.email}. The link in it lasts ${INVITE_VALID_DAYS} days.`);
        return reply.redirect(`/s/${school.slug}/people`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'invalid-input') throw err;
        return reply.code(400).page('errors/error.njk', {
          title: 'The invitation was not sent',
          message: err.message,
          backHref: `/s/${school.slug}/people`,
          backText: 'Back to people',
        });
      }
    });
  });
}
