import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { registerFeatures } from './features/routes.ts';
import type { Config } from './platform/config.ts';
import { databaseStatus, type Database } from './platform/db/client.ts';
import { installAssets } from './platform/http/assets.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { createViewEnvironment } from './platform/http/views.ts';
import { installWeb } from './platform/http/web.ts';
import { closeFaceDetector } from './platform/images/face-detector.ts';
import type { JobQueue } from './platform/jobs/job-queue.ts';
import type { Mailer } from './platform/mail/mailer.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  mailer: Mailer;
  /** Secret for signing cookies (CSRF, flash). */
  secret: string;
  jobs?: JobQueue | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route, as registered: the cross-school test walks them all. */
    routeList: Array<{ method: string; url: string }>;
  }
}

/** Largest upload accepted anywhere; each route may set a lower limit of its own. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Builds the web application. `server.ts` listens; tests call `inject`. */
export async function buildApp(deps: AppDeps, logger?: Logger): Promise<FastifyInstance> {
  const options: FastifyServerOptions = { trustProxy: deps.config.env === 'production', bodyLimit: 1024 * 1024 };
  const app = (logger
    ? Fastify({ ...options, loggerInstance: logger as unknown as FastifyBaseLogger })
    : Fastify({ ...options, logger: false })) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });

  const secure = deps.config.publicUrl.startsWith('https://');
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    strictTransportSecurity: secure,
  });
  await app.register(fastifyCookie, { secret: deps.secret });
  await app.register(fastifyFormbody);
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 },
  });
  await app.register(fastifyCsrf, {
    cookieKey: 'parapet_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body?._csrf;
      const query = req.query as Record<string, string | undefined>;
      return (typeof fromBody === 'string' ? fromBody : undefined) ?? (req.headers['x-csrf-token'] as string | undefined) ?? query._csrf;
    },
  });
  await app.register(fastifyRateLimit, { global: false });

  installErrorHandler(app);
  const views = createViewEnvironment();
  installWeb(app, views, deps.database, secure);
  await installAssets(app);

  // Every state-changing request carries the form's CSRF token (in the body, a header or, for
  // file uploads, the form's action URL).
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    app.csrfProtection(req, reply, done);
  });

  app.get('/healthz', async (_req, reply) => {
    const database = await databaseStatus(deps.database);
    return reply.code(database.ok ? 200 : 503).send({ status: database.ok ? 'ok' : 'unavailable', database });
  });

  await registerFeatures(app);
  app.addHook('onClose', () => closeFaceDetector());
  return app;
}
