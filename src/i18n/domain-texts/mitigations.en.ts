/** English: What to do about each cause of uncoupling. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { UncouplingMitigationId } from '../../domain/index.ts';
import type { Texts } from './shape';

type Shape = {
  mitigations: Record<UncouplingMitigationId, string>;
};

const en = {
  mitigations: {
    'build-diamond': 'Build contacts function to function (move from bow-tie to diamond).',
    'meet-new-people': 'Meet the new decision makers early and learn what they need.',
    'succession-plan': 'Name and introduce a back-up account manager.',
    'share-account-knowledge': 'Write down the account history and share it with the team.',
    'own-the-problem': 'Own the problem openly: explain, apologise and fix it.',
    'regular-reviews': 'Hold regular performance reviews with the client.',
    'promise-realistically': 'Promise only what you can deliver, then deliver it.',
    'escalation-path': 'Agree an escalation path for problems on both sides.',
    'revitalise-plan': 'Review the account plan with the client and set new goals.',
    'joint-innovation': 'Bring a new idea or joint project to the client.',
    'contact-cadence': 'Agree a contact rhythm and keep to it.',
    'refresh-team': 'Refresh the team with new people and new energy.',
    'talk-about-values': 'Talk openly about values and ways of working.',
    'align-teams': 'Bring the two teams together to agree how they will work.',
    'relationship-charter': 'Write a short relationship charter both sides sign.',
    'adapt-processes': 'Adapt your processes where the differences hurt most.',
    'root-cause-analysis': 'Find the root cause of each quality problem, with the client.',
    'quality-plan': 'Agree a quality improvement plan with dates and owners.',
    'service-review': 'Review service levels and report on them every month.',
    'make-good': 'Compensate fairly for the problems caused.',
    'reassess-attractiveness': 'Reassess how attractive the account is now.',
    'adapt-offer': 'Adapt the offer to the client’s new situation.',
    'reduce-cost-to-serve': 'Reduce the cost to serve the account.',
    'follow-new-decision-makers': 'Follow the new strategy and its new decision makers.',
    'credit-review': 'Review credit limits and exposure with finance.',
    'payment-terms': 'Agree payment terms that protect both sides.',
    'limit-exposure': 'Limit the stock and investment committed to the account.',
    'review-kam-status': 'Decide whether the client should remain a key account.',
  },
} as const satisfies Shape;

export type MitigationTexts = Texts<typeof en>;

export default en;
