/**
 * The printed plan's extra pages: the account team (people, sponsor, who decides what) from the
 * account-team tool, and the buyer's view (Kraljic quadrant and the stage cap it implies) from the
 * Kraljic tool. Fetched only for an account that has one of them (PlanDocument), so their rules and
 * words stay out of the plan page's first download. What is shown is the domain's (`planTeam`,
 * `planBuyerView`, `buyerViewSentences`); the Markdown file says the same (planExtras.ts).
 */
import { RACI_LETTERS, buyerViewSentences, planBuyerView, planTeam } from '../../domain/index.ts';
import type { AccountTeam, KraljicAnswers, LadderStage, StageId } from '../../domain/index.ts';
import { TEAM_TEXTS } from '../../i18n/domain-texts/team';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { buyerViewLabels } from './buyerViewLabels';
import { EXTRAS_STRINGS } from './extrasStrings';
import './plan-extras.css';

function TeamSection({ locale, team }: { locale: Locale; team: Pick<AccountTeam, 'members' | 'raci'> }) {
  const x = EXTRAS_STRINGS[locale];
  const words = TEAM_TEXTS[locale];
  const read = planTeam(team);
  if (read === null) return null;
  const names = (list: string[]) => (list.length === 0 ? x.raciNobody : list.join(', '));
  const letterHead = { A: x.raciA, R: x.raciR, C: x.raciC, I: x.raciI } as const;
  const letters = ['A', ...RACI_LETTERS.filter((l) => l !== 'A')] as const;
  return (
    <section class="apd-section apd-extra" data-section="account-team">
      <h2>{words.title}</h2>
      <p data-sponsor>{read.sponsors.length > 0 ? fill(x.sponsor, { names: read.sponsors.join(', ') }) : x.noSponsor}</p>
      <h3>{x.teamMembers}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{x.teamName}</th>
            <th scope="col">{x.teamRole}</th>
            <th scope="col">{x.teamFunction}</th>
          </tr>
        </thead>
        <tbody>
          {read.people.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{words.role[m.role]}</td>
              <td>{words.function[m.function]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{words.raciTitle}</h3>
      {read.raciEmpty ? (
        <p class="apd-empty">{x.raciEmpty}</p>
      ) : (
        <table data-raci>
          <thead>
            <tr>
              <th scope="col">{x.raciDecision}</th>
              {letters.map((l) => (
                <th scope="col" key={l}>
                  {letterHead[l]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {read.decisions.map((d) => (
              <tr key={d.decision} data-decision={d.decision}>
                <th scope="row">{words.decision[d.decision]}</th>
                {letters.map((l) => (
                  <td key={l}>{names(d[l])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function BuyerViewSection({
  locale,
  answers,
  stage,
  target,
}: {
  locale: Locale;
  answers: KraljicAnswers;
  stage: StageId | null;
  target: LadderStage | null;
}) {
  const view = planBuyerView(answers, stage, target);
  if (view === null) return null;
  const labels = buyerViewLabels(locale);
  return (
    <section class="apd-section apd-extra" data-section="buyer-view" data-quadrant={view.complete ? view.quadrant : undefined}>
      <h2>{labels.title}</h2>
      <ul>
        {buyerViewSentences(view, labels).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </section>
  );
}

export function PlanExtrasPrint({
  locale,
  team,
  buyerView,
  stage,
  target,
}: {
  locale: Locale;
  team: Pick<AccountTeam, 'members' | 'raci'> | undefined;
  buyerView: KraljicAnswers | undefined;
  stage: StageId | null;
  target: LadderStage | null;
}) {
  return (
    <>
      {team && <TeamSection locale={locale} team={team} />}
      {buyerView && <BuyerViewSection locale={locale} answers={buyerView} stage={stage} target={target} />}
    </>
  );
}
