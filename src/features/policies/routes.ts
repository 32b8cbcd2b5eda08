import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, forbidden, notFound, type FieldProblem } from '../../core/errors.ts';
import { acknowledgementCsv } from '../../core/policy/acknowledgement-csv.ts';
import { AUDIENCE_LABELS, AUDIENCES } from '../../core/policy/audiences.ts';
import { hasAnyRole, LEADERSHIP } from '../../core/roles.ts';
import { importPolicy } from '../../core/rules/import-policy.ts';
import { fieldErrors, parseForm } from '../../platform/http/forms.ts';
import { inSchool, registerSchoolRoutes, rolesOf } from '../../platform/http/web.ts';
import { createPolicy, policyProblems } from './create-policy.ts';
import { getAcknowledgementStatus } from './get-acknowledgement-status.ts';
import { getPolicy } from './get-policy.ts';
import { getRulesSummary } from '../rules/get-rules-summary.ts';
import { getPolicyVersion } from './get-policy-version.ts';
import { listPolicies } from './list-policies.ts';
import { publishPolicyVersion } from './publish-policy-version.ts';
import { readerRoutes } from './reader-routes.ts';
import { queuePolicyReminders } from './send-policy-reminders.ts';
import { setVersionDetails } from './set-version-details.ts';
import { fieldOf, readUploadForm } from './upload-form.ts';
import { uploadPolicyVersion } from './upload-policy-version.ts';

type Params = { school: string; policyId: string; versionId: string };
const text = z.string().max(1000).optional().default('');
const detailsBody = z.object({
  'approvedOn-day': text,
  'approvedOn-month': text,
  'approvedOn-year': text,
  'nextReviewOn-day': text,
  'nextReviewOn-month': text,
  'nextReviewOn-year': text,
  approvedBy: text,
  reviewPeriodMonths: text,
});
type DetailsForm = z.infer<typeof detailsBody>;

const AUDIENCE_ITEMS = AUDIENCES.map((a) => ({ value: a, text: AUDIENCE_LABELS[a] }));

/** Problems from a use case, shown on the form instead of an error page. */
const statusOf = (err: AppError) => ({ 'too-large': 413, 'unsupported-file': 415, conflict: 409 })[err.code as string] ?? 400;
const isFormError = (err: unknown): err is AppError =>
  err instanceof AppError && ['invalid-input', 'too-large', 'unsupported-file', 'conflict'].includes(err.code);
/** An upload refused for its file: one problem, on the file field. */
const fileProblems = (err: AppError): FieldProblem[] => (err.problems.length ? err.problems : [{ field: 'file', message: err.message }]);
/** Error-summary links: a date field links to its day box. */
const summary = (problems: readonly FieldProblem[]) =>
  problems.map((p) => ({ text: p.message, href: `#${['approvedOn', 'nextReviewOn'].includes(p.field) ? `${p.field}-day` : p.field}` }));

function requireLeaderRequest(req: FastifyRequest) {
  if (!hasAnyRole(rolesOf(req), LEADERSHIP)) throw forbidden('Only the Headteacher, senior leaders and trust administrators can manage policies.');
}

const dateParts = (iso: string | null) => {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
};

export async function policyRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await app.register(readerRoutes);
  await registerSchoolRoutes(app, (s) => {
    const base = (req: FastifyRequest) => `/s/${req.schoolAccess!.slug}/policies`;

    s.get('/policies', async (req, reply) => {
      const policies = await inSchool(database, req, (ctx) => listPolicies(ctx));
      return reply.page('policies/views/library.njk', { title: 'Policies', policies });
    });

    const newPage = (reply: FastifyReply, status: number, values: object, problems: FieldProblem[] = []) =>
      reply.code(status).page('policies/views/new.njk', {
        title: 'Add a policy',
        values,
        audienceItems: AUDIENCE_ITEMS,
        errors: summary(problems),
        fieldErrors: fieldErrors(problems),
      });

    s.get('/policies/new', async (req, reply) => {
      requireLeaderRequest(req);
      return newPage(reply, 200, { audiences: ['staff', 'volunteers', 'governors', 'contractors'] });
    });

    s.post('/policies/new', async (req, reply) => {
      requireLeaderRequest(req);
      const form = await readUploadForm(req).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'too-large') return err;
        throw err;
      });
      if (form instanceof AppError) return newPage(reply, 413, {}, [{ field: 'file', message: form.message }]);
      const values = { title: fieldOf(form, 'title').slice(0, 1000), audiences: form.fields.get('audiences') ?? [] };
      const problems = policyProblems(values);
      if (!form.file) problems.push({ field: 'file', message: 'Choose the policy document to upload' });
      if (problems.length) return newPage(reply, 400, values, problems);
      const file = form.file!;
      try {
        const created = await inSchool(database, req, async (ctx) => {
          const policy = await createPolicy(ctx, values);
          const version = await uploadPolicyVersion(ctx, { policyId: policy.id, ...file });
          return { policy, version };
        });
        reply.flash(`${created.policy.title} added: version 1 has ${created.version.clauses} numbered clauses. Check them, record the governors' approval, then publish it.`);
        return reply.redirect(`${base(req)}/${created.policy.id}/versions/${created.version.versionId}`, 303);
      } catch (err) {
        if (!isFormError(err)) throw err;
        return newPage(reply, statusOf(err), values, fileProblems(err));
      }
    });

    const policyPage = async (req: FastifyRequest, reply: FastifyReply, status = 200, problems: FieldProblem[] = []) => {
      const { policyId } = req.params as Params;
      const data = await inSchool(database, req, (ctx) => getPolicy(ctx, { policyId }));
      return reply.code(status).page('policies/views/policy.njk', {
        title: data.policy.title,
        ...data,
        audienceLabels: AUDIENCE_LABELS,
        errors: summary(problems),
        fieldErrors: fieldErrors(problems),
      });
    };

    s.get('/policies/:policyId', (req, reply) => policyPage(req, reply));

    s.post('/policies/:policyId/versions', async (req, reply) => {
      requireLeaderRequest(req);
      const { policyId } = req.params as Params;
      try {
        const form = await readUploadForm(req);
        if (!form.file) return await policyPage(req, reply, 400, [{ field: 'file', message: 'Choose the new version of the policy to upload' }]);
        const file = form.file;
        const v = await inSchool(database, req, (ctx) => uploadPolicyVersion(ctx, { policyId, ...file }));
        reply.flash(`Version ${v.versionNumber} uploaded with ${v.clauses} numbered clauses. It is a draft until you publish it.`);
        return reply.redirect(`${base(req)}/${policyId}/versions/${v.versionId}`, 303);
      } catch (err) {
        if (!isFormError(err)) throw err;
        return policyPage(req, reply, statusOf(err), fileProblems(err));
      }
    });

    const versionPage = async (req: FastifyRequest, reply: FastifyReply, status = 200, form?: DetailsForm, problems: FieldProblem[] = []) => {
      const { policyId, versionId } = req.params as Params;
      const view = await inSchool(database, req, async (ctx) => {
        const found = await getPolicyVersion(ctx, { versionId });
        if (found.policy.id !== policyId) throw notFound('That policy version');
        // Where its rules stand and how many health findings it has, for the links to those pages.
        return { ...found, rules: await getRulesSummary(ctx, { policyId, versionId }, importPolicy) };
      });
      const v = view.version;
      const values = form
        ? {
            approvedOn: { day: form['approvedOn-day'], month: form['approvedOn-month'], year: form['approvedOn-year'] },
            nextReviewOn: { day: form['nextReviewOn-day'], month: form['nextReviewOn-month'], year: form['nextReviewOn-year'] },
            approvedBy: form.approvedBy,
            reviewPeriodMonths: form.reviewPeriodMonths,
          }
        : { approvedOn: dateParts(v.approvedOn), nextReviewOn: dateParts(v.nextReviewOn), approvedBy: v.approvedBy ?? '', reviewPeriodMonths: v.reviewPeriodMonths ?? '' };
      return reply.code(status).page('policies/views/version.njk', {
        title: `${view.policy.title}, version ${v.versionNumber}`,
        ...view,
        values,
        base: `${base(req)}/${policyId}/versions/${v.id}`,
        errors: summary(problems),
        fieldErrors: fieldErrors(problems),
      });
    };

    s.get('/policies/:policyId/versions/:versionId', (req, reply) => versionPage(req, reply));

    s.post('/policies/:policyId/versions/:versionId/details', async (req, reply) => {
      const { policyId, versionId } = req.params as Params;
      const form = parseForm(detailsBody, req.body);
      try {
        await inSchool(database, req, async (ctx) => {
          const found = await getPolicy(ctx, { policyId });
          if (!found.versions.some((v) => v.id === versionId)) throw notFound('That policy version');
          return setVersionDetails(ctx, {
            versionId,
            approvedOn: { day: form['approvedOn-day'], month: form['approvedOn-month'], year: form['approvedOn-year'] },
            nextReviewOn: { day: form['nextReviewOn-day'], month: form['nextReviewOn-month'], year: form['nextReviewOn-year'] },
            approvedBy: form.approvedBy,
            reviewPeriodMonths: form.reviewPeriodMonths,
          });
        });
        reply.flash('Approval and review details saved.');
        return reply.redirect(`${base(req)}/${policyId}/versions/${versionId}`, 303);
      } catch (err) {
        if (!isFormError(err)) throw err;
        return versionPage(req, reply, statusOf(err), form, err.problems.length ? err.problems : [{ field: 'approvedOn', message: err.message }]);
      }
    });

    s.post('/policies/:policyId/versions/:versionId/publish', async (req, reply) => {
      const { policyId, versionId } = req.params as Params;
      try {
        const published = await inSchool(database, req, async (ctx) => {
          const found = await getPolicy(ctx, { policyId });
          if (!found.versions.some((v) => v.id === versionId)) throw notFound('That policy version');
          return publishPolicyVersion(ctx, { versionId });
        });
        // Only once the transaction has committed: the reminder job must find the published version.
        if (published.newlyPublished) await queuePolicyReminders(app.deps.jobs, { schoolId: req.schoolAccess!.id, versionId });
        reply.flash(
          published.newlyPublished
            ? `Version ${published.versionNumber} is published. Everyone it is addressed to is asked to sign it${app.deps.jobs ? ', and will get an e-mail' : ''}.`
            : `Version ${published.versionNumber} was already published.`,
        );
        return reply.redirect(`${base(req)}/${policyId}/versions/${versionId}`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
        return versionPage(req, reply, 409, undefined, [{ field: 'publish', message: err.message }]);
      }
    });

    const statusFor = async (req: FastifyRequest) => {
      const { policyId, versionId } = req.params as Params;
      const data = await inSchool(database, req, (ctx) => getAcknowledgementStatus(ctx, { versionId }));
      if (data.policy.id !== policyId) throw notFound('That policy version');
      return data;
    };

    s.get('/policies/:policyId/versions/:versionId/acknowledgements', async (req, reply) => {
      const data = await statusFor(req);
      return reply.page('policies/views/acknowledgements.njk', { title: `Who has signed ${data.policy.title}`, ...data });
    });

    s.get('/policies/:policyId/versions/:versionId/acknowledgements.csv', async (req, reply) => {
      const data = await statusFor(req);
      const name = `${data.policy.title}-version-${data.version.versionNumber}-signatures.csv`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(acknowledgementCsv(data.status));
    });
  });
}
