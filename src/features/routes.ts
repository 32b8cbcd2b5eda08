import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/routes.ts';
import { checkRoutes } from './checks/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { policyRoutes } from './policies/routes.ts';
import { ruleRoutes } from './rules/routes.ts';
import { writePolicyRoutes } from './rules/write-policy-routes.ts';
import { schoolRoutes } from './schools/routes.ts';

/** Each feature module contributes its routes here. */
export async function registerFeatures(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(schoolRoutes);
  await app.register(peopleRoutes);
  await app.register(policyRoutes);
  await app.register(ruleRoutes);
  await app.register(writePolicyRoutes);
  await app.register(checkRoutes);
}
