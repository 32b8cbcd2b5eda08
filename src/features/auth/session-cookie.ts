import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../platform/http/web.ts';
import { SESSION_DAYS } from './session-repository.ts';

/** Gives the browser its session: HTTP-only, same-site, secure whenever Parapet is on HTTPS. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}
