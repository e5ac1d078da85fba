/** Example ticks the "load sample" button of the uncoupling checklist writes, per key account. */
import { clientKeyFromName } from '../domain/index.ts';

/**
 * Example ticks for the sample company's key accounts, from the facts lesson 6 and the workshop case
 * give: Bem-Estar (lesson 6: single contact who retired with no backup, late deliveries nobody
 * explained: high risk), Nonna Rosa (lesson 6: closed two of three units), Hotel Parque das Águas and
 * Hospital Santa Clara (the case's texts), Rede Boa Compra (one buyer, no access to the owners);
 * Grupo Sabor & Cia, the partnership, has none.
 */
export const SAMPLE_TICKS_BY_ACCOUNT: Readonly<Record<string, readonly string[]>> = {
  'Hospital Infantil Bem-Estar': [
    'single-point-of-contact',
    'key-contact-changing',
    'no-successor',
    'performance-inconsistent',
    'bad-news-late',
    'late-deliveries',
  ],
  'Cantina Nonna Rosa': ['customer-losing-share', 'customer-market-shrinking', 'layoffs-or-cost-cuts', 'orders-shrinking'],
  'Hotel Parque das Águas': [
    'single-point-of-contact',
    'key-contact-changing',
    'no-senior-access',
    'merger-or-acquisition',
    'complaints-rising',
    'late-deliveries',
    'late-payments',
  ],
  'Hospital Santa Clara': ['key-contact-changing', 'late-deliveries', 'bad-news-late'],
  'Rede Boa Compra': ['single-point-of-contact', 'no-senior-access'],
  'Grupo Sabor & Cia': [],
};

/** Example ticks for other portfolios' key accounts (largest first), so the heat map has contrast. */
export const SAMPLE_TICKS: readonly (readonly string[])[] = [
  ['single-point-of-contact', 'no-successor', 'complaints-rising', 'late-deliveries'],
  ['no-new-proposals', 'fewer-contacts', 'plan-not-reviewed', 'on-autopilot'],
  ['late-payments', 'customer-losing-share', 'orders-shrinking'],
  ['bad-news-late'],
  [],
];

/**
 * The ticks for each sample key account: by name for the sample company, else by rank (largest
 * first). Accounts without example ticks get none.
 */
export function sampleTicksFor(accounts: readonly { key: string; name: string }[]): { key: string; ticks: readonly string[] }[] {
  const byName = new Map(Object.entries(SAMPLE_TICKS_BY_ACCOUNT).map(([n, ticks]) => [clientKeyFromName(n), ticks]));
  const sampleCompany = accounts.some((c) => byName.has(clientKeyFromName(c.name)));
  return accounts.map((c, i) => ({ key: c.key, ticks: (sampleCompany ? byName.get(clientKeyFromName(c.name)) : SAMPLE_TICKS[i]) ?? [] }));
}
