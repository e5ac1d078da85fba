/** English: The six relationship stages: names, summaries, how to move up. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { StageId } from '../../domain/index.ts';
import type { StageText, Texts } from './shape';
import names from './stageNames.en';

type Shape = {
  stages: Record<StageId, StageText>;
};

const en = {
  stages: {
    pre: {
      name: names.pre,
      short: 'Exploring and attracting: no business yet.',
      description:
        'You have identified the client as a possible key account and are exploring whether there is a fit. There are no transactions yet; both sides are sending signals and gathering information.',
      moveUp:
        'Win a first order: understand the client’s needs and buying process, find who decides, and make an offer that is easy to say yes to.',
    },
    early: {
      name: names.early,
      short: 'Transactions exist; the product is the reason for the relationship.',
      description:
        'You sell to the client, usually through one channel: your account manager and their buyer (the bow-tie). The client is testing you and still buys from several suppliers; price matters a lot.',
      moveUp:
        'Earn credibility: deliver flawlessly, solve problems fast, learn how the client makes money, and start meeting people beyond the buyer.',
    },
    mid: {
      name: names.mid,
      short: 'Credibility established; you may hold about 50% of the business.',
      description:
        'You are a preferred supplier, one of a few. Contacts now exist at several levels and functions, joint projects begin, and the client trusts you enough to share some plans. Price is still important.',
      moveUp:
        'Become the main supplier: propose joint plans, open contacts function to function (the diamond), share information both ways and move the conversation from price to value.',
    },
    partnership: {
      name: names.partnership,
      short: 'Almost 100% of the business; a strategic partnership.',
      description:
        'The client sees you as a strategic external resource. Teams meet function to function, sensitive information is shared, prices are long-term and value-based, and you plan together. The client could still leave, but it would be costly.',
      moveUp:
        'Integrate: build joint business plans and shared processes, open your cost systems to each other and create value that neither side could create alone.',
    },
    synergistic: {
      name: names.synergistic,
      short: 'More than a partnership: almost integration, with transparent costs.',
      description:
        'The two companies act as one for this business: joint strategy, interlinked systems, transparent costs and integrated teams that the account managers coordinate. Leaving would be difficult for both sides.',
      moveUp:
        'This is the top of the ladder. Keep it alive: review the partnership regularly, keep innovating together, and check that the investment still pays off.',
    },
    uncoupling: {
      name: names.uncoupling,
      short: 'The relationship is breaking down.',
      description:
        'Something has broken the relationship, at any stage: a key person left, trust was breached, the relationship was neglected, cultures clashed, quality failed, or the client’s market or finances changed.',
      moveUp:
        'Find the cause first. Rebuild trust with small promises kept, widen the contacts beyond one person, and decide honestly whether this customer should remain a key account.',
    },
  },
} as const satisfies Shape;

export type StageTexts = Texts<typeof en>;

export default en;
