/**
 * The id lists of the questionnaire and the causes of uncoupling, alone in a small module: code that
 * only checks ids (restoring a backup) needs them without loading the diagnosis and checklist
 * engines (stageDiagnosis.ts and uncoupling.ts build on these lists).
 */
/** The questionnaire's question ids, in order (STAGE_QUESTIONS adds their options). */
export const STAGE_QUESTION_IDS = [
  // The article: Early-KAM "já existem transações"; Pré-KAM "não existem transações".
  'business',
  // The article: Mid-KAM "proporção de negócios pode ser de 50 %"; Parceria "quase 100 %".
  'share',
  // McDonald, Step 7: one of many → preferred → main supplier, exit difficult for both.
  'supplier-status',
  // Bow-tie → diamond (Cheverton); integrated teams at the top.
  'contacts',
  // "pricing is still important" at Mid; value-based at Partnership; transparent costs at Synergistic.
  'price',
  'information',
  'planning',
  // Mid-KAM per the article: "existe credibilidade".
  'trust',
  'exit',
  // The article: Synergistic-KAM "sistemas de custo tornam-se transparentes".
  'costs',
  // Millman & Wilson 1996: product → process → facilitation needs.
  'needs',
] as const;

/** The uncoupling signal ids (UNCOUPLING_SIGNALS adds which are decisive). */
export const UNCOUPLING_SIGNAL_IDS = [
  'decided-to-end',
  'volume-cut-announced',
  'tender-opened',
  'key-contact-left',
  'trust-incident',
  'complaints-rising',
  'orders-falling',
  'payment-problems',
  'access-lost',
] as const;

/** The cause ids alone (a small list for code that checks ids without needing the indicators). */
export const UNCOUPLING_CAUSE_IDS = [
  'key-personnel-change',
  'trust-breach',
  'exhaustion',
  'cultural-mismatch',
  'quality-problems',
  'market-position-loss',
  'financial-problems',
] as const;
