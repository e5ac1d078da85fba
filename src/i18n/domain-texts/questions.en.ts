/** English: The stage self-diagnosis: questions, answer options, uncoupling signals. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { StageQuestionId, UncouplingSignalId } from '../../domain/index.ts';
import type { QuestionText, Texts } from './shape';

type Shape = {
  questions: Record<StageQuestionId, QuestionText>;
  signals: Record<UncouplingSignalId, string>;
};

const en = {
  questions: {
    business: {
      text: 'How much business do you do with this customer today?',
      why: 'The article separates Pre-KAM (no transactions) from Early-KAM (transactions exist): the kind of business shows how far the relationship has gone.',
      options: {
        pre: 'None yet: we are exploring the opportunity.',
        early: 'Some transactional orders, product by product.',
        mid: 'Regular business across several products or sites.',
        partnership: 'Broad business involving several functions on both sides.',
        synergistic: 'Integrated business: our systems and processes are linked.',
      },
    },
    share: {
      text: 'What share of the client’s purchases in your category do you hold?',
      why: 'The article gives the figures: about 50% in Mid-KAM and almost 100% in Partnership-KAM.',
      options: {
        pre: 'None.',
        early: 'A small share (under about 20%).',
        mid: 'A substantial share, about half.',
        partnership: 'Almost all of it.',
        synergistic: 'All of it, and we plan future needs together.',
      },
    },
    'supplier-status': {
      text: 'How does the client see you as a supplier?',
      why: 'Supplier status is McDonald’s main observable test of the stage: from “one of many” to “exit would be difficult for both”.',
      options: {
        pre: 'As a prospect: we are not on their supplier list.',
        early: 'As one of several suppliers, on trial.',
        mid: 'As a preferred supplier, one of a few.',
        partnership: 'As the main supplier; they could still leave if they had to.',
        synergistic: 'As a partner: leaving would be difficult for both of us.',
      },
    },
    contacts: {
      text: 'Who talks to whom between the two companies?',
      why: 'Research on key account dyads found that relationships differ most by contact structure: a single point of contact (bow-tie) is fragile; many contacts across functions (diamond) are resilient.',
      options: {
        pre: 'Only exploratory contacts between a salesperson and a buyer.',
        early: 'One channel: our account manager and their buyer (bow-tie).',
        mid: 'A few more people, at several levels.',
        partnership: 'Many people, function to function (diamond).',
        synergistic: 'Integrated teams; the account managers only coordinate.',
      },
    },
    price: {
      text: 'What are prices based on?',
      why: 'Price dominates early relationships; partnerships move to long-term, value-based pricing, and synergistic ones to open costs.',
      options: {
        pre: 'Quotes and tenders against competitors.',
        early: 'Mostly price: we win or lose on it.',
        mid: 'Price is still important, but service and quality count.',
        partnership: 'Long-term agreements based on the value we create.',
        synergistic: 'Open-book: costs are transparent to both sides.',
      },
    },
    information: {
      text: 'How much information do you share?',
      why: 'Information flows grow with trust: from signals only, to sensitive plans shared openly.',
      options: {
        pre: 'Only signals and public information.',
        early: 'Basic order and delivery information.',
        mid: 'Some plans and forecasts, but we are often “in the dark”.',
        partnership: 'Sensitive information is shared openly, both ways.',
        synergistic: 'No boundaries: we work from the same data.',
      },
    },
    planning: {
      text: 'Do you plan together with the client?',
      why: 'Joint development and marketing mark Mid-KAM; joint business plans mark the partnership stages.',
      options: {
        pre: 'No.',
        early: 'No; we react to their orders.',
        mid: 'We run some joint projects or promotions.',
        partnership: 'We have joint development plans.',
        synergistic: 'We build a joint strategy and business plan.',
      },
    },
    trust: {
      text: 'How much does the client trust you?',
      why: 'The article says credibility exists from Mid-KAM on; trust is what the later stages are built on.',
      options: {
        pre: 'They do not know us yet.',
        early: 'They are testing us.',
        mid: 'We are credible, but not yet fully trusted.',
        partnership: 'Trust is mutual.',
        synergistic: 'Trust is complete; we act as one team.',
      },
    },
    exit: {
      text: 'How hard would it be for the client to replace you?',
      why: 'Exit barriers rise stage by stage; in the top stages leaving hurts both sides.',
      options: {
        pre: 'Nothing to replace.',
        early: 'Easy: another supplier could take over tomorrow.',
        mid: 'Possible, with some effort.',
        partnership: 'Costly, though they could do it if necessary.',
        synergistic: 'Very difficult for both companies.',
      },
    },
    costs: {
      text: 'How transparent are costs between you?',
      why: 'The article: in Synergistic-KAM “cost systems become transparent”.',
      options: {
        pre: 'Nothing is shared.',
        early: 'We only see each other’s prices.',
        mid: 'We discuss some cost drivers.',
        partnership: 'We share cost information to find savings.',
        synergistic: 'Our cost systems are transparent to each other.',
      },
    },
    needs: {
      text: 'What kind of problems do you solve for the client?',
      why: 'Millman & Wilson: relationships grow from product needs, to process needs, to “the way business is done” (facilitation).',
      options: {
        pre: 'None yet.',
        early: 'Product needs: we supply what they order.',
        mid: 'Product and process needs: we improve how they use it.',
        partnership: 'Process and business needs: we improve their operations.',
        synergistic: 'We create new value together.',
      },
    },
  },
  signals: {
    'decided-to-end': 'The client has decided to end the business or move it to a competitor.',
    'volume-cut-announced': 'The client has announced a sharp cut in our volume or share.',
    'tender-opened': 'The client opened a tender or asked competitors for quotes on what we supply.',
    'key-contact-left': 'Our main contact (theirs or ours) left or changed role recently.',
    'trust-incident': 'A serious trust incident happened (a broken promise, a leak, a dispute).',
    'complaints-rising': 'Complaints about quality or service are increasing.',
    'orders-falling': 'Orders have fallen for two quarters or more without a clear reason.',
    'payment-problems': 'The client pays late or has financial difficulties.',
    'access-lost': 'Meetings are cancelled and we no longer reach senior people.',
  },
} as const satisfies Shape;

export type QuestionTexts = Texts<typeof en>;

export default en;
