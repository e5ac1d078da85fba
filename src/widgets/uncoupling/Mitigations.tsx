/**
 * The remedies for each cause present, highest first. A fresh checklist has none (nothing is ticked
 * until the learner ticks a sign, or ticks kept from an earlier visit are read after hydration), so
 * this list and the remedies' texts are fetched by UncouplingResult when the first cause appears.
 */
import type { UNCOUPLING_CAUSES } from '../../domain/index.ts';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MITIGATION_TEXTS } from '../../i18n/domain-texts/mitigations';
import type { Locale } from '../../i18n/locales';

export type MitigationsProps = { locale: Locale; present: readonly (typeof UNCOUPLING_CAUSES)[number][] };

export function Mitigations({ locale, present }: MitigationsProps) {
  const causes = UNCOUPLING_TEXTS[locale].causes;
  const remedies = MITIGATION_TEXTS[locale].mitigations;
  return (
    <div class="up-mitigations">
      {present.map((c) => (
        <div key={c.id} class="up-mitigation">
          <h6>{causes[c.id].name}</h6>
          <ul>
            {c.mitigations.map((m) => (
              <li key={m}>{remedies[m]}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
