import type { FastifyInstance } from 'fastify';
import { inSchool, registerSchoolRoutes } from '../../platform/http/web.ts';
import { getDashboard } from './get-dashboard.ts';

export async function schoolRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await registerSchoolRoutes(app, (s) => {
    s.get('/', async (req, reply) => {
      const dashboard = await inSchool(database, req, (ctx) => getDashboard(ctx));
      return reply.page('schools/views/dashboard.njk', { title: 'Dashboard', dashboard });
    });
  });
}
