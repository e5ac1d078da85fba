/** Value shapes shared by the domain-text groups. */
export type Named = { name: string; description: string };
export type StageText = { name: string; short: string; description: string; moveUp: string };
export type QuestionText = { text: string; why: string; options: Record<import('../../domain/index.ts').LadderStage, string> };
export type CriterionText = { name: string; hint: string };
export type { Texts } from '../locales';
