import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type nunjucks from 'nunjucks';
import { notFound } from '../../core/errors.ts';
import { hasAnyRole, LEADERSHIP, type Role } from '../../core/roles.ts';
import { canCheck } from '../../features/checks/check-access.ts';
import { findSignedInPerson, type SchoolAccess, type SignedInPerson } from '../../features/auth/session-repository.ts';
import type { Actor, SchoolContext } from '../context.ts';
import type { Database } from '../db/client.ts';
import { withSchoolTx, withSystemTx } from '../db/tenancy.ts';

export const SESSION_COOKIE = 'parapet_session';
const FLASH_COOKIE = 'parapet_flash';

declare module 'fastify' {
  interface FastifyRequest {
    person: SignedInPerson | null;
    /** Set on /s/:school routes once the school is known to be open to the person. */
    schoolAccess: SchoolAccess | null;
  }
  interface FastifyReply {
    /** Renders a page with the common layout data (person, school, CSRF token, menu, flash). */
    page(template: string, data?: Record<string, unknown>): Promise<FastifyReply>;
    /** Shows a one-line success message on the next page. */
    flash(message: string): FastifyReply;
  }
}

export interface NavItem {
  href: string;
  text: string;
  active: boolean;
}

function navFor(req: FastifyRequest): NavItem[] {
  const access = req.schoolAccess;
  if (!access) return [];
  const base = `/s/${access.slug}`;
  const items: Array<{ href: string; text: string }> = [{ href: base, text: 'Dashboard' }];
  if (hasAnyRole(access.roles, LEADERSHIP)) {
    items.push({ href: `${base}/people`, text: 'People' }, { href: `${base}/policies`, text: 'Policies' });
  }
  items.push({ href: `${base}/my-policies`, text: 'Read and sign' });
  if (canCheck(access.roles)) items.push({ href: `${base}/checks/draft`, text: 'Check a post' }, { href: `${base}/checks/self`, text: 'Check my own post' });
  const path = req.url.split('?')[0] ?? '';
  return items.map((i) => ({ ...i, active: i.href === base ? path === base : path.startsWith(i.href) }));
}

export function installWeb(app: FastifyInstance, views: nunjucks.Environment, database: Database, secure: boolean): void {
  app.decorateRequest('person', null);
  app.decorateRequest('schoolAccess', null);

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && token.length < 200) {
      req.person = await withSystemTx(database.db, (tx) => findSignedInPerson(tx, token));
    }
  });

  app.decorateReply('flash', function (this: FastifyReply, message: string) {
    return this.setCookie(FLASH_COOKIE, message, { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true, maxAge: 60 });
  });

  app.decorateReply('page', async function (this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    const req = this.request;
    let flash: string | undefined;
    const rawFlash = req.cookies[FLASH_COOKIE];
    if (rawFlash) {
      const un = req.unsignCookie(rawFlash);
      if (un.valid) flash = un.value ?? undefined;
      this.clearCookie(FLASH_COOKIE, { path: '/' });
    }
    const html = views.render(template, {
      person: req.person,
      school: req.schoolAccess,
      roles: req.schoolAccess?.roles ?? [],
      isLeader: req.schoolAccess ? hasAnyRole(req.schoolAccess.roles, LEADERSHIP) : false,
      canCheck: req.schoolAccess ? canCheck(req.schoolAccess.roles) : false,
      nav: navFor(req),
      csrfToken: this.generateCsrf(),
      cspNonce: (this as unknown as { cspNonce?: { script: string } }).cspNonce?.script,
      flash,
      currentPath: req.url,
      ...data,
    });
    return this.type('text/html; charset=utf-8').send(html);
  });
}

/** preHandler: send people who are not signed in to the sign-in page, then back. */
export async function requireSignIn(req: FastifyRequest, reply: FastifyReply) {
  if (req.person) return;
  if (req.method === 'GET') return reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}`);
  return reply.code(401).page('errors/error.njk', {
    title: 'You need to sign in',
    message: 'Your session has ended. Sign in again; what you were sending was not saved.',
    backHref: '/sign-in',
    backText: 'Sign in',
  });
}

/** preHandler for /s/:school routes: the school must be open to this person, or it does not exist for them. */
export async function resolveSchool(req: FastifyRequest) {
  const slug = (req.params as { school?: string }).school;
  const access = req.person?.schools.find((s) => s.slug === slug);
  if (!access) throw notFound('That school');
  req.schoolAccess = access;
}

export function actorOf(req: FastifyRequest): Actor {
  return {
    personId: req.person!.id,
    roles: req.schoolAccess?.roles ?? [],
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
  };
}

/** Runs a use case in a transaction bound by RLS to the request's school. */
export function inSchool<T>(database: Database, req: FastifyRequest, fn: (ctx: SchoolContext) => Promise<T>): Promise<T> {
  const access = req.schoolAccess;
  if (!access || !req.person) throw notFound('That school');
  const school = { id: access.id, slug: access.slug, name: access.name, trustId: access.trustId };
  return withSchoolTx(database.db, { schoolIds: [school.id], personId: req.person.id }, (tx) =>
    fn({ tx, school, actor: actorOf(req) }),
  );
}

export function rolesOf(req: FastifyRequest): readonly Role[] {
  return req.schoolAccess?.roles ?? [];
}

/**
 * Registers routes under /s/:school, open only to signed-in people with access to that school.
 * Another school's slug, or an id from another school, answers 404.
 */
export function registerSchoolRoutes(app: FastifyInstance, routes: (scoped: FastifyInstance) => Promise<void> | void) {
  return app.register(
    async (scoped) => {
      scoped.addHook('preHandler', requireSignIn);
      scoped.addHook('preHandler', resolveSchool);
      await routes(scoped);
    },
    { prefix: '/s/:school' },
  );
}
