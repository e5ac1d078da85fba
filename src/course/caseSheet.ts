/**
 * The case sheet (content/case/{en,pt-br}/horizonte.json): the one source of the sample company,
 * Distribuidora Horizonte. Lessons, quizzes, the workshop case and the tools' samples quote it;
 * tests/course/caseSheet.test.ts checks them against it and the sheet against public/samples.
 *
 * Both languages hold the same ids, dates and numbers; only the fields in WORD_FIELDS are
 * translated (`caseSkeleton` drops them, so the two skeletons must be equal).
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });
/** A year ("2019"), a month ("2025-01") or a day ("2025-03-01"). */
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write a date as YYYY, YYYY-MM or YYYY-MM-DD' });
const reais = z.number().nonnegative();
const pct = z.number().min(0).max(100);
const words = z.string().min(3);
/** Revenue per calendar year, in reais, keyed "2024", "2025"… */
const yearly = z.record(z.string().regex(/^\d{4}$/), reais);

/** The stage ids of the domain's relationship ladder (src/domain stages). */
const CASE_STAGES = ['pre', 'early', 'mid', 'partnership', 'synergistic', 'uncoupling'] as const;
const stage = z.enum(CASE_STAGES);

export const CASE_SEGMENTS = ['restaurants', 'hotels', 'hospitals', 'supermarkets', 'schools'] as const;

const accountSchema = z.object({
  id: slug,
  /** Exactly as the client is spelled in the sample files. */
  name: z.string().min(2),
  segment: z.enum(CASE_SEGMENTS),
  status: z.enum(['key-account', 'former-key-account', 'prospect', 'lost', 'client']),
  /** Staff id of the account manager (key accounts, former ones and prospects). */
  manager: slug.optional(),
  clientSince: date.optional(),
  revenue: yearly,
  /** What the client spends in a year (2025) on the categories Horizonte sells. */
  customerSpend: reais.optional(),
  /** Horizonte's share of that spend, rounded. */
  sharePct: pct.optional(),
  grossMarginPct: pct.optional(),
  /** Gross margin minus delivery, service and selling costs of this client. */
  marginAfterCostToServePct: pct.optional(),
  stage,
  targetStage: stage.optional(),
  /** Other numbers the lessons quote about this account (kitchens, deliveries a week…). */
  figures: z.record(slug, z.number()).default({}),
  why: words,
  risks: z.array(words),
});
export type CaseAccount = z.infer<typeof accountSchema>;

const staffSchema = z.object({
  id: slug,
  /** Roles the lessons mention without a name have none. */
  name: z.string().min(2).optional(),
  role: z.enum(['sales-director', 'key-account-manager', 'sales-rep', 'technical-advisor', 'logistics-coordinator']),
  joined: date,
  accountManagerSince: date.optional(),
  accounts: z.array(slug),
  text: words,
});
export type CaseStaff = z.infer<typeof staffSchema>;

/**
 * A key account's buying centre (lesson 11, the buying-centre tool's sample): the people at the
 * customer, with the roles, power and attitude of src/domain/buyingCentre.ts, and who of the staff
 * covers each (null: nobody). `team`: the staff working the account, its manager among them.
 */
const buyingCentreSchema = z.object({
  account: slug,
  team: z.array(slug).min(1),
  people: z.array(
    z.object({
      name: z.string().min(2),
      jobTitle: words,
      roles: z.array(z.enum(['economic-buyer', 'user', 'technical', 'influencer', 'gatekeeper', 'champion'])).min(1),
      power: z.enum(['low', 'medium', 'high']),
      attitude: z.enum(['opponent', 'sceptic', 'neutral', 'supporter', 'sponsor']),
      coveredBy: slug.nullable(),
    }),
  ),
});
export type CaseBuyingCentre = z.infer<typeof buyingCentreSchema>;

/**
 * A key account's value proposition (lesson 12, the value-proposition tool's sample), in the shape of
 * src/domain/valueProposition.ts: the customer's critical success factors (importance 1..5; the
 * customer's rating of us and of the best alternative, 0..10) and the value-in-use / TCO worksheet, a
 * yearly amount per line with us and with the alternative. The totals the lessons quote are stated
 * here too; tests/course/caseSheet.test.ts recomputes them with the domain.
 */
const valuePropositionSchema = z.object({
  account: slug,
  year: z.number().int(),
  alternative: words,
  offer: words,
  csfs: z.array(
    z.object({
      id: slug,
      factor: words,
      importance: z.number().int().min(1).max(5),
      ours: z.number().min(0).max(10),
      best: z.number().min(0).max(10),
    }),
  ),
  lines: z.array(
    z.object({
      id: slug,
      category: z.enum(['price', 'acquisition', 'usage', 'risk', 'revenue']),
      label: words,
      ours: reais,
      alternative: reais,
      csf: slug.nullable(),
      source: words,
      verified: z.boolean(),
    }),
  ),
  valueCreated: reais,
  premium: z.number(),
  netToCustomer: z.number(),
  shareAskedPct: pct,
  /** How far the alternative's price is below ours, as the lessons quote it. */
  alternativeDiscountPct: pct,
});
export type CaseValueProposition = z.infer<typeof valuePropositionSchema>;

/**
 * A key account's team (lesson 13, the account-team tool's sample): the staff on it with their role
 * and function (src/domain/accountTeamSchema.ts), and per recurring decision who is R, A, C and I.
 * A lists may hold two people: the sheet records a team as it is, problems included.
 */
const staffList = z.array(slug);
const accountTeamSchema = z.object({
  account: slug,
  members: z.array(
    z.object({
      staff: slug,
      role: z.enum(['kam', 'sponsor', 'counterpart']),
      function: z.enum(['sales', 'management', 'logistics', 'quality', 'technical', 'finance', 'operations', 'other']),
    }),
  ),
  raci: z.array(
    z.object({
      decision: z.enum(['price', 'terms', 'exceptions', 'resources', 'plan']),
      R: staffList,
      A: staffList,
      C: staffList,
      I: staffList,
    }),
  ),
});
export type CaseAccountTeam = z.infer<typeof accountTeamSchema>;

/**
 * Quarterly reviews of two key accounts (lesson 14, the account-review tool's sample): the year's
 * revenue goal (a quarter's goal is a quarter of it) and, per review, the stage diagnosed, the
 * uncoupling indicators ticked, the quarter's revenue (the sample files'), the plan's actions and
 * the meeting's decision (the domain's REVIEW_DECISIONS).
 */
const reviewSchema = z.object({
  account: slug,
  goals: yearly,
  quarters: z.array(
    z.object({
      quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
      date,
      stage,
      ticks: z.array(slug),
      revenue: reais,
      actionsDone: z.number().int().nonnegative(),
      actionsDue: z.number().int().nonnegative(),
      decision: z.enum(['keep', 'raise-target', 'lower-target', 'reclassify', 'leave-kam']),
      text: words,
    }),
  ),
});
export type CaseReview = z.infer<typeof reviewSchema>;

/** 1 (low) … 5 (high), the Kraljic tool's answer scale. */
const answer5 = z.number().int().min(1).max(5);
/** How each key account's buyer classifies Horizonte (lesson 15; the Kraljic tool's sample). */
const kraljicSchema = z.object({
  account: slug,
  answers: z.strictObject({
    'spend-weight': answer5,
    'cost-effect': answer5,
    'quality-effect': answer5,
    alternatives: answer5,
    'switching-cost': answer5,
    'failure-impact': answer5,
  }),
  text: words,
});

export const caseSheetSchema = z
  .object({
    company: z.object({
      name: z.string(),
      city: z.string(),
      about: words,
      /** When the course's story is told: "last year" is the year before. */
      present: date,
      kamStarted: date,
      clients: z.number().int().positive(),
      revenue: yearly,
      grossMarginPct: pct,
      /** How many key accounts the team can run well. */
      keyAccountCapacity: z.number().int().positive(),
    }),
    /** Where the lessons used to contradict each other, what was decided, once. */
    decisions: z.array(z.object({ id: slug, text: words })),
    timeline: z.array(z.object({ id: slug, date, text: words })),
    staff: z.array(staffSchema),
    accounts: z.array(accountSchema),
    plan: z.object({
      account: slug,
      goals: z.array(z.object({ year: z.number().int(), customerSpend: reais, sharePct: pct, revenue: reais })).length(3),
      minGrossMarginPct: pct,
      minMarginAfterCostToServePct: pct,
    }),
    campaign: z.object({
      name: z.string(),
      from: date,
      to: date,
      cost: reais,
      grossMarginPct: pct,
      newCustomers: z.array(z.string()),
      orderedAgain: z.array(z.string()),
      newCustomerSales2025: reais,
    }),
    matrix: z.object({
      weights: z.object({ attractiveness: z.array(z.number()), strength: z.array(z.number()) }),
      /** Per account id: the attractiveness scores, then the strength scores, in the weights' order. */
      scores: z.record(slug, z.array(z.number().min(0).max(10))),
    }),
    segments: z.array(z.object({ id: z.enum(CASE_SEGMENTS), revenue: reais, revenueIn3Years: reais })),
    buyingCentres: z.array(buyingCentreSchema),
    /** Lesson 13: who is on each key account's team, and the course's rule of thumb per manager. */
    accountTeams: z.object({ perManager: z.number().int().positive(), teams: z.array(accountTeamSchema) }),
    /** The cost-to-serve lines behind the accounts' margins after cost to serve (lesson 10's sample). */
    costToServe: z.object({
      year: z.number().int(),
      creditRatePct: pct,
      /** Gross margin of the clients the sheet gives none (the company's average). */
      otherClientsGrossMarginPct: pct,
      accounts: z.array(
        z.object({
          account: slug,
          paymentDays: z.number().int().nonnegative(),
          costs: z.partialRecord(z.enum(['delivery', 'visits', 'terms', 'returns', 'staff', 'other']), reais),
        }),
      ),
      /** Small clients served by a weekly drop that costs more than their margin. */
      weeklyDrops: z.object({ clients: z.array(z.string()), deliveriesPerYear: z.number().int(), costPerDelivery: reais }),
    }),
    valuePropositions: z.array(valuePropositionSchema),
    reviews: z.array(reviewSchema),
    kraljic: z.array(kraljicSchema),
  })
  .superRefine((sheet, ctx) => {
    const accountIds = new Set(sheet.accounts.map((a) => a.id));
    const staffIds = new Set(sheet.staff.map((s) => s.id));
    const managedBy = new Map<string, string>();
    for (const person of sheet.staff) {
      for (const account of person.accounts) {
        if (!accountIds.has(account)) ctx.addIssue({ code: 'custom', message: `${person.id} manages unknown account ${account}` });
        const other = managedBy.get(account);
        if (other) ctx.addIssue({ code: 'custom', message: `${account} is managed by both ${other} and ${person.id}` });
        managedBy.set(account, person.id);
      }
    }
    for (const account of sheet.accounts) {
      if (account.manager && !staffIds.has(account.manager)) {
        ctx.addIssue({ code: 'custom', message: `${account.id}: unknown manager ${account.manager}` });
      }
      if ((account.manager ?? undefined) !== managedBy.get(account.id)) {
        ctx.addIssue({ code: 'custom', message: `${account.id}: its manager and the staff's account lists disagree` });
      }
      if (account.status === 'key-account' && !account.manager) {
        ctx.addIssue({ code: 'custom', message: `${account.id}: a key account needs an account manager` });
      }
    }
    for (const centre of sheet.buyingCentres) {
      const manager = sheet.accounts.find((a) => a.id === centre.account)?.manager;
      if (manager === undefined)
        ctx.addIssue({ code: 'custom', message: `buying centre of ${centre.account}: not an account with a manager` });
      else if (!centre.team.includes(manager))
        ctx.addIssue({ code: 'custom', message: `buying centre of ${centre.account}: its manager ${manager} is not in the team` });
      for (const member of centre.team) {
        if (!staffIds.has(member)) ctx.addIssue({ code: 'custom', message: `buying centre of ${centre.account}: unknown staff ${member}` });
        const theirs = managedBy.get(centre.account);
        const other = sheet.staff.find((s) => s.id === member);
        if (other?.role === 'key-account-manager' && member !== theirs)
          ctx.addIssue({ code: 'custom', message: `buying centre of ${centre.account}: ${member} manages other accounts` });
      }
      for (const person of centre.people) {
        if (person.coveredBy !== null && !centre.team.includes(person.coveredBy))
          ctx.addIssue({
            code: 'custom',
            message: `buying centre of ${centre.account}: ${person.name} covered by ${person.coveredBy}, not in the team`,
          });
      }
    }
    for (const p of sheet.valuePropositions) {
      if (sheet.accounts.find((a) => a.id === p.account)?.status !== 'key-account')
        ctx.addIssue({ code: 'custom', message: `value proposition of ${p.account}: not a key account` });
      const factors = new Set(p.csfs.map((c) => c.id));
      for (const line of p.lines)
        if (line.csf !== null && !factors.has(line.csf))
          ctx.addIssue({ code: 'custom', message: `value proposition of ${p.account}: ${line.id} names unknown factor ${line.csf}` });
    }
    for (const team of sheet.accountTeams.teams) {
      const where = `account team of ${team.account}`;
      const account = sheet.accounts.find((a) => a.id === team.account);
      const ids = team.members.map((m) => m.staff);
      if (account?.status !== 'key-account') ctx.addIssue({ code: 'custom', message: `${where}: not a key account` });
      else if (!team.members.some((m) => m.staff === account.manager && m.role === 'kam'))
        ctx.addIssue({ code: 'custom', message: `${where}: its manager is not its KAM` });
      const centre = sheet.buyingCentres.find((c) => c.account === team.account);
      if (centre && [...ids].sort().join() !== [...centre.team].sort().join())
        ctx.addIssue({ code: 'custom', message: `${where}: not the buying centre's team` });
      for (const row of team.raci) {
        const named = [...row.R, ...row.A, ...row.C, ...row.I];
        if (named.some((id) => !ids.includes(id)))
          ctx.addIssue({ code: 'custom', message: `${where}: ${row.decision} names someone off the team` });
        if (new Set(named).size !== named.length)
          ctx.addIssue({ code: 'custom', message: `${where}: ${row.decision} gives someone two letters` });
      }
    }
    for (const review of sheet.reviews) {
      if (!accountIds.has(review.account)) ctx.addIssue({ code: 'custom', message: `reviews of unknown account ${review.account}` });
    }
    for (const reading of sheet.kraljic) {
      if (!accountIds.has(reading.account)) ctx.addIssue({ code: 'custom', message: `buyer's view of unknown account ${reading.account}` });
    }
    for (const id of Object.keys(sheet.matrix.scores)) {
      if (!accountIds.has(id)) ctx.addIssue({ code: 'custom', message: `matrix scores for unknown account ${id}` });
    }
  });
export type CaseSheet = z.infer<typeof caseSheetSchema>;

/** The translated fields: everything else must be identical in both languages. */
const WORD_FIELDS = new Set(['about', 'text', 'why', 'risks', 'jobTitle', 'alternative', 'offer', 'factor', 'label', 'source']);

/** The sheet without its words: ids, dates, names of clients and people, numbers. */
export function caseSkeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(caseSkeleton);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !WORD_FIELDS.has(key))
        .map(([key, v]) => [key, caseSkeleton(v)]),
    );
  }
  return value;
}
