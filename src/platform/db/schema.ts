// Every table, gathered for the typed Drizzle client and for drizzle-kit.
export * from '../../features/schools/schema.ts';
export * from '../../features/people/schema.ts';
export * from '../../features/auth/schema.ts';
export * from '../../features/policies/schema.ts';
export * from '../../features/rules/schema.ts';
export * from '../../features/photos/schema.ts';
export * from '../audit/schema.ts';
export * from '../files/schema.ts';
export { appRole } from './tenancy-schema.ts';
