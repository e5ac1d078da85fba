/**
 * "Download as Markdown": the one-page proposition as a file. Fetched on the click, with the domain's
 * Markdown writer: the tool's first download does not carry them.
 */
import { propositionFileName, propositionToMarkdown } from '../../domain/index.ts';
import type { ValueProposition } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { downloadTextFile } from '../shared/download';
import { propositionLabels } from '../shared/propositionStrings';

/** False when the browser refused to make the file. */
export function downloadProposition(locale: Locale, proposition: ValueProposition, accountName: string, currency: string): boolean {
  const text = propositionToMarkdown(proposition, accountName, propositionLabels(locale, currency));
  return downloadTextFile({ fileName: propositionFileName(accountName), text, mimeType: 'text/markdown' });
}
