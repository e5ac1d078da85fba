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
    for (const reading of sheet.kraljic) {
      if (!accountIds.has(reading.account)) ctx.addIssue({ code: 'custom', message: `buyer's view of unknown account ${reading.account}` });
    }
    for (const id of Object.keys(sheet.matrix.scores)) {
      if (!accountIds.has(id)) ctx.addIssue({ code: 'custom', message: `matrix scores for unknown account ${id}` });
    }
  });
export type CaseSheet = z.infer<typeof caseSheetSchema>;

/** The translated fields: everything else must be identical in both languages. */
const WORD_FIELDS = new Set(['about', 'text', 'why', 'risks', 'jobTitle']);

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
