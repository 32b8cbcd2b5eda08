// "Write a policy with Parapet": choose rules and their settings, preview the policy, download it
// as PDF or Word, and save it as a new policy or a new version of one. One form, posted with the
// button pressed as `action`, so every step works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { londonToday } from '../../core/dates.ts';
import { AppError, forbidden, type FieldProblem } from '../../core/errors.ts';
import { AUDIENCE_LABELS, AUDIENCES } from '../../core/policy/audiences.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { generatePolicy } from '../../core/rules/generate-policy.ts';
import { fieldErrors } from '../../platform/http/forms.ts';
import { inSchool, registerSchoolRoutes, rolesOf } from '../../platform/http/web.ts';
import { createGeneratedPolicy, type GeneratedTarget } from './create-generated-policy.ts';
import { getPolicyToRewrite } from './get-policy-to-rewrite.ts';
import { renderPolicyDocx } from './render-policy-docx.ts';
import { renderPolicyPdf } from './render-policy-pdf.ts';
import { hiddenFields, presentWriteForm, readWriteForm, startingValues, type WriteValues } from './write-policy-form.ts';

type Params = { school: string; policyId?: string };
const ACTIONS = ['preview', 'pdf', 'docx', 'create', 'edit'] as const;
type Action = (typeof ACTIONS)[number];

function requireLeaderRequest(req: FastifyRequest) {
  if (!hasAnyRole(rolesOf(req), LEADERSHIP)) throw forbidden('Only the Headteacher, senior leaders and trust administrators can write policies.');
}

const actionOf = (body: unknown): Action => {
  const a = (body as { action?: unknown } | undefined)?.action;
  return ACTIONS.find((x) => x === a) ?? 'preview';
};

const fileName = (slug: string, title: string, ext: string) =>
  `${`${slug}-${title}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'policy'}.${ext}`;

export async function writePolicyRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await registerSchoolRoutes(app, (s) => {
    /** The policy a new version is written for, or null for a new policy; 404 if not this school's. */
    const target = async (req: FastifyRequest) => {
      const { policyId } = req.params as Params;
      return policyId ? inSchool(database, req, (ctx) => getPolicyToRewrite(ctx, { policyId })) : null;
    };
    type Target = Awaited<ReturnType<typeof target>>;
    const formUrl = (req: FastifyRequest, t: Target) => `/s/${req.schoolAccess!.slug}/policies${t ? `/${t.policy.id}` : ''}/write`;

    const formPage = (req: FastifyRequest, reply: FastifyReply, t: Target, values: WriteValues, status = 200, problems: FieldProblem[] = [], ruleProblems = {}) =>
      reply.code(status).page('rules/views/write.njk', {
        title: t ? `Write version ${t.nextVersionNumber} of ${t.policy.title} with Parapet` : 'Write a policy with Parapet',
        target: t,
        action: formUrl(req, t),
        values,
        audienceItems: AUDIENCES.map((a) => ({ value: a, text: AUDIENCE_LABELS[a], checked: values.audiences.includes(a) })),
        ...presentWriteForm(values, ruleProblems),
        errors: problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
        fieldErrors: fieldErrors(problems),
      });

    const show = async (req: FastifyRequest, reply: FastifyReply) => {
      requireLeaderRequest(req);
      const t = await target(req);
      const values = t ? startingValues(t.policy.title, t.activeRules.length ? t.activeRules : undefined) : startingValues('Social media policy');
      return formPage(req, reply, t, values);
    };

    const submit = async (req: FastifyRequest, reply: FastifyReply) => {
      requireLeaderRequest(req);
      const t = await target(req);
      const today = londonToday();
      const form = readWriteForm(req.body, !t, today);
      const action = actionOf(req.body);
      if (action === 'edit') return formPage(req, reply, t, form.values);
      if (!form.input) return formPage(req, reply, t, form.values, 400, form.problems, form.ruleProblems);
      const school = req.schoolAccess!;
      const generate = { ...form.input, title: t ? t.policy.title : form.input.title, issuedOn: today };
      const doc = generatePolicy({ ...generate, schoolName: school.name });

      if (action === 'pdf' || action === 'docx') {
        const bytes = action === 'pdf' ? await renderPolicyPdf(doc, today) : await renderPolicyDocx(doc, today);
        const type = action === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename="${fileName(school.slug, doc.title, action)}"`)
          .header('cache-control', 'no-store')
          .send(bytes);
      }
      if (action === 'create') {
        const into: GeneratedTarget = t ? { policyId: t.policy.id } : { newPolicy: { title: form.input.title ?? '', audiences: form.audiences } };
        try {
          const made = await inSchool(database, req, (ctx) => createGeneratedPolicy(ctx, { target: into, generate }));
          reply.flash(
            `${made.policyTitle}: version ${made.versionNumber} saved as a draft with ${made.clauses} numbered clauses and ${made.rules} rules. Check it, publish it, then activate its rules.`,
          );
          return await reply.redirect(`/s/${school.slug}/policies/${made.policyId}/versions/${made.versionId}`, 303);
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== 'invalid-input') throw err;
          const problems = err.problems.length ? err.problems : [{ field: 'rules', message: err.message }];
          return formPage(req, reply, t, form.values, 400, problems);
        }
      }
      return reply.page('rules/views/write-preview.njk', {
        title: `Preview: ${doc.title}`,
        doc,
        target: t,
        action: formUrl(req, t),
        hidden: hiddenFields(req.body),
      });
    };

    s.get('/policies/write', show);
    s.post('/policies/write', submit);
    s.get('/policies/:policyId/write', show);
    s.post('/policies/:policyId/write', submit);
  });
}
