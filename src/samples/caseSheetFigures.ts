/**
 * The figures of the case sheet (content/case/, src/course/caseSheet.ts) the samples use: the
 * sample company's accounts (names, key accounts), lesson 9's weights and scores, the segments'
 * revenue. The numbers are the same in both languages (tests/course/caseSheet.test.ts), so the
 * English sheet serves both. Named imports, so the bundle keeps only these parts of the sheet; it loads with the sample
 * loaders, on the click.
 */
import { accounts, matrix, segments } from '../../content/case/en/horizonte.json';
import type { CaseSheet } from '../course/caseSheet';

/** The JSON's statuses read as plain strings; the sheet's schema (tests/course/caseSheet.test.ts) keeps them to its list. */
export const SHEET_ACCOUNTS: readonly { id: string; name: string; status: string }[] = accounts;
export const SHEET_MATRIX: CaseSheet['matrix'] = matrix;
export const SHEET_SEGMENTS: readonly { id: string; revenue: number; revenueIn3Years: number }[] = segments;
