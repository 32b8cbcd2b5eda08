// What the policy importer proposes, for a person to confirm: which catalogue rules a policy
// contains, how sure the importer is, the clauses that back each and the parameters they state.
// The confirm page, policy generation and the health check read these types.
import type { Audience } from '../policy/audiences.ts';
import type { RuleId } from './catalogue.ts';

/** A clause cited as evidence: its number as the splitter gave it ("4.2") and its text. */
export interface CitedClause {
  number: string;
  text: string;
}

/** One phrase that matched in one clause, and what it counted as. */
export interface Evidence {
  clause: string;
  /** The words of the clause that matched, as they appear in it. */
  phrase: string;
  /** What the phrase was taken to mean, e.g. "prohibition" or "mentions ex-pupils". */
  reading: string;
}

export interface RuleProposal {
  id: RuleId;
  /** 0–1: how sure the importer is that the policy contains this rule. */
  confidence: number;
  /** The clauses that back the rule, strongest first. */
  clauses: CitedClause[];
  /**
   * Only the parameters the policy itself states (e.g. `{ age: 13 }`); anything missing takes the
   * catalogue default (`defaultParams(id)`).
   */
  params: Record<string, unknown>;
  /** One or two plain sentences: why this rule was proposed. */
  why: string;
  /** Every phrase that counted towards the rule, and the phrase each stated parameter came from. */
  evidence: Evidence[];
  paramEvidence: Record<string, Evidence>;
}

export interface PolicyMetadata {
  /** The policy's own title, e.g. "Social Media Policy"; null when none could be found. */
  title: string | null;
  /** The school the policy names, e.g. "Thorndown Primary School". */
  schoolName: string | null;
  /** When the governors (or whoever) approved or adopted it, YYYY-MM-DD. */
  approvedOn: string | null;
  /** Who approved it, as the policy says, e.g. "Full Governing Body". */
  approvedBy: string | null;
  /** The date the document carries when it is not an approval (e.g. "September 2020"), YYYY-MM-DD. */
  datedOn: string | null;
  reviewPeriodMonths: number | null;
  /** YYYY-MM-DD; a month or term is read as its first day. */
  nextReview: string | null;
  /** Who the policy is addressed to; a policy can have parts for staff and for parents. */
  audiences: Audience[];
  /** What the head of the school is called in this policy. */
  headTitle: 'Headteacher' | 'Principal' | 'Head of School' | 'Executive Headteacher' | null;
  /** Clause numbers each field was read from, for explaining it. */
  sources: Partial<Record<'title' | 'schoolName' | 'approvedOn' | 'approvedBy' | 'datedOn' | 'reviewPeriodMonths' | 'nextReview', string>>;
}

export interface ImportResult {
  metadata: PolicyMetadata;
  /** Catalogue order. */
  rules: RuleProposal[];
  /** Things a person should know, e.g. that few rules were found. */
  warnings: string[];
}

/** Proposals with confidence below this are left out of `rules` (they are not worth a person's time). */
export const MIN_CONFIDENCE = 0.5;

/**
 * The importer's entry point (in ./import-policy.ts), pure and synchronous:
 *   importPolicy(input: string | readonly Clause[]): ImportResult
 * A string is split into clauses with core/policy/split-clauses.ts first.
 */
export type ImportPolicy = (input: string | readonly import('../policy/split-clauses.ts').Clause[]) => ImportResult;
