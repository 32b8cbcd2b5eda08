import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import * as sass from 'sass';
import { GOVUK_DIST, SRC_DIR } from './views.ts';

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#2a4d69"/><path d="M6 26V12h4v-4h4v4h4v-4h4v4h4v14z" fill="#fff"/></svg>`;

let compiledCss: string | undefined;

/** GOV.UK Frontend compiled with Parapet's settings (own font stack, no crown). Done once per process. */
export function appCss(): string {
  compiledCss ??= sass.compile(resolve(SRC_DIR, 'platform/http/assets/app.scss'), {
    importers: [new sass.NodePackageImporter()],
    style: 'compressed',
    quietDeps: true,
  }).css;
  return compiledCss;
}

export async function installAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(GOVUK_DIST, 'govuk/assets'),
    prefix: '/assets/govuk/',
    decorateReply: false,
    maxAge: '1d',
  });
  const govukJs = readFileSync(resolve(GOVUK_DIST, 'govuk/govuk-frontend.min.js'));
  const appJs = readFileSync(resolve(SRC_DIR, 'platform/http/assets/app.js'));
  const cache = 'public, max-age=3600';
  app.get('/assets/app.css', async (_req, reply) => reply.header('cache-control', cache).type('text/css').send(appCss()));
  app.get('/assets/govuk/govuk-frontend.min.js', async (_req, reply) =>
    reply.header('cache-control', cache).type('text/javascript').send(govukJs),
  );
  app.get('/assets/app.js', async (_req, reply) => reply.header('cache-control', cache).type('text/javascript').send(appJs));
  app.get('/assets/favicon.svg', async (_req, reply) => reply.header('cache-control', cache).type('image/svg+xml').send(FAVICON));
}
