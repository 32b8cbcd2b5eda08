import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { ruleById } from '../../core/rules/catalogue.ts';
import { importPolicy } from '../../core/rules/import-policy.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { inSchool, registerSchoolRoutes } from '../../platform/http/web.ts';
import { acceptRemainingRules } from './accept-remaining-rules.ts';
import { acceptRule } from './accept-rule.ts';
import { activateRuleSet } from './activate-rule-set.ts';
import { addRule } from './add-rule.ts';
import { editRule } from './edit-rule.ts';
import { getHealthCheck } from './get-health-check.ts';
import { getRuleReview } from './get-rule-review.ts';
import { presentHealth } from './present-health.ts';
import { presentReview, type FailedForm } from './present-review.ts';
import { proposeRuleSet } from './propose-rule-set.ts';
import { rejectRule } from './reject-rule.ts';
import { readRuleForm } from './rule-form.ts';
import { startRuleRevision } from './start-rule-revision.ts';

type Params = { school: string; policyId: string; versionId: string; ruleId?: string };
const addBody = z.object({ rule: z.string().max(100).optional().default(''), clauses: z.string().max(500).optional().default('') });
const summaryOf = (ruleId: string) => ruleById(ruleId)?.summary.replace(/\.$/, '') ?? ruleId;

/** A refusal the page can explain beside the form, rather than an error page. */
const isFormError = (err: unknown): err is AppError => err instanceof AppError && (err.code === 'invalid-input' || err.code === 'conflict');

export async function ruleRoutes(app: FastifyInstance) {
  const { database } = app.deps;
  await registerSchoolRoutes(app, (s) => {
    const ref = (req: FastifyRequest) => {
      const { policyId, versionId } = req.params as Params;
      return { policyId, versionId };
    };
    const versionUrl = (req: FastifyRequest) => {
      const { policyId, versionId } = ref(req);
      return `/s/${req.schoolAccess!.slug}/policies/${policyId}/versions/${versionId}`;
    };

    const reviewPage = async (req: FastifyRequest, reply: FastifyReply, status = 200, failed?: FailedForm) => {
      const review = await inSchool(database, req, (ctx) => getRuleReview(ctx, ref(req)));
      return reply.code(status).page('rules/views/review.njk', {
        title: `Rules of ${review.policy.title}, version ${review.version.versionNumber}`,
        policy: review.policy,
        version: review.version,
        base: versionUrl(req),
        ...presentReview(review, failed),
      });
    };

    /** Runs a change, then back to the review page with a message; a refusal is shown on the page. */
    const change = async (req: FastifyRequest, reply: FastifyReply, run: () => Promise<string>, failed: (err: AppError) => FailedForm, anchor = '') => {
      try {
        reply.flash(await run());
        return await reply.redirect(`${versionUrl(req)}/rules${anchor}`, 303);
      } catch (err) {
        if (!isFormError(err)) throw err;
        return reviewPage(req, reply, err.code === 'conflict' ? 409 : 400, failed(err));
      }
    };
    const setProblem = (err: AppError): FailedForm => ({ form: 'set', problems: [{ field: 'rule-set', message: err.message }] });

    s.get('/policies/:policyId/versions/:versionId/rules', (req, reply) => reviewPage(req, reply));

    s.post('/policies/:policyId/versions/:versionId/rules/propose', (req, reply) =>
      change(req, reply, async () => {
        const done = await inSchool(database, req, (ctx) => proposeRuleSet(ctx, ref(req), importPolicy));
        const found = done.rules === 1 ? '1 rule' : `${done.rules} rules`;
        return [`Parapet read the policy and proposed ${found}. Accept, change or reject each one.`, ...done.warnings].join(' ');
      }, setProblem),
    );

    s.post('/policies/:policyId/versions/:versionId/rules/revise', (req, reply) =>
      change(req, reply, async () => {
        const done = await inSchool(database, req, (ctx) => startRuleRevision(ctx, ref(req)));
        return `Revision ${done.revision} started from the active rules. The active rules stay in force until you activate it.`;
      }, setProblem),
    );

    s.post('/policies/:policyId/versions/:versionId/rules/activate', (req, reply) =>
      change(req, reply, async () => {
        const done = await inSchool(database, req, (ctx) => activateRuleSet(ctx, ref(req)));
        const replaced = done.supersededRuleSetId ? ' The rules it replaces are kept in the history.' : '';
        return `Revision ${done.revision} is active: the school's checks now follow its ${done.rules === 1 ? 'rule' : `${done.rules} rules`}.${replaced}`;
      }, (err) => ({ form: 'activate', problems: [{ field: 'activate', message: err.message }] })),
    );

    s.post('/policies/:policyId/versions/:versionId/rules/accept-remaining', (req, reply) =>
      change(req, reply, async () => {
        const done = await inSchool(database, req, (ctx) => acceptRemainingRules(ctx, ref(req)));
        return done.accepted === 0 ? 'There were no proposals left to accept.' : `Accepted ${done.accepted === 1 ? 'the last proposal' : `the ${done.accepted} remaining proposals`} as proposed.`;
      }, setProblem),
    );

    s.post('/policies/:policyId/versions/:versionId/rules/add', async (req, reply) => {
      const form = parseForm(addBody, req.body);
      return change(
        req,
        reply,
        async () => {
          await inSchool(database, req, (ctx) => addRule(ctx, { ...ref(req), ruleId: form.rule, clauses: form.clauses }));
          return `Added: ${summaryOf(form.rule)}.`;
        },
        (err) => ({ form: 'add', entered: form, problems: err.problems.length ? err.problems : [{ field: 'rule', message: err.message }] }),
        form.rule ? `#rule-${form.rule}` : '',
      );
    });

    const decide = (verb: 'accept' | 'edit') => async (req: FastifyRequest, reply: FastifyReply) => {
      const ruleId = (req.params as Params).ruleId!;
      const form = readRuleForm(req.body);
      const failed = (err: AppError): FailedForm => ({
        form: 'rule',
        ruleId,
        entered: { ...form.entered, ...(form.note !== undefined ? { note: form.note } : {}) },
        problems: err.problems.length ? err.problems : [{ field: 'rule', message: err.message }],
      });
      if (form.problems.length) return reviewPage(req, reply, 400, failed(new AppError('invalid-input', 'Some settings need correcting.', form.problems)));
      return change(req, reply, async () => {
        const input = { ...ref(req), ruleId, params: form.params, ...(form.note !== undefined ? { note: form.note } : {}) };
        if (verb === 'accept') {
          await inSchool(database, req, (ctx) => acceptRule(ctx, input));
          return `Accepted: ${summaryOf(ruleId)}.`;
        }
        const done = await inSchool(database, req, (ctx) => editRule(ctx, input));
        return done.changed ? `Changes saved: ${summaryOf(ruleId)}.` : `Nothing changed: ${summaryOf(ruleId)}.`;
      }, failed, `#rule-${ruleId}`);
    };
    s.post('/policies/:policyId/versions/:versionId/rules/:ruleId/accept', decide('accept'));
    s.post('/policies/:policyId/versions/:versionId/rules/:ruleId/edit', decide('edit'));

    s.post('/policies/:policyId/versions/:versionId/rules/:ruleId/reject', (req, reply) => {
      const ruleId = (req.params as Params).ruleId!;
      return change(req, reply, async () => {
        await inSchool(database, req, (ctx) => rejectRule(ctx, { ...ref(req), ruleId }));
        return `Rejected: ${summaryOf(ruleId)}. It will not apply.`;
      }, (err) => ({ form: 'rule', ruleId, problems: [{ field: 'rule', message: err.message }] }), `#rule-${ruleId}`);
    });

    s.get('/policies/:policyId/versions/:versionId/health', async (req, reply) => {
      const view = await inSchool(database, req, (ctx) => getHealthCheck(ctx, ref(req), importPolicy));
      return reply.page('rules/views/health.njk', {
        title: `Health check: ${view.policy.title}, version ${view.version.versionNumber}`,
        base: versionUrl(req),
        ...presentHealth(view),
      });
    });
  });
}
