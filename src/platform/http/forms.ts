import type { z } from 'zod';
import { invalid, type FieldProblem } from '../../core/errors.ts';

/** Error-summary items for a GOV.UK error summary, linking each to its field. */
export function errorList(problems: readonly FieldProblem[]) {
  return problems.map((p) => ({ text: p.message, href: `#${p.field}` }));
}

/** Field name → message, for each input's errorMessage. */
export function fieldErrors(problems: readonly FieldProblem[]): Record<string, { text: string }> {
  const out: Record<string, { text: string }> = {};
  for (const p of problems) out[p.field] ??= { text: p.message };
  return out;
}

/** Parses a form body with zod, turning failures into an AppError with one message per field. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw invalid(
    'Some answers need correcting.',
    result.error.issues.map((i) => ({ field: String(i.path[0] ?? 'form'), message: i.message })),
  );
}

/** Only same-site paths may be redirected to after sign-in. */
export function safeNext(next: unknown, fallback = '/'): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : fallback;
}
