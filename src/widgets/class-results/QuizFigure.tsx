/** The class's quiz scores per lesson: average, lowest and highest, as bars with a table. */
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartConfiguration } from 'chart.js';
import { withAlpha, type ChartPalette } from '../../charts/colors';
import type { ClassResults } from '../../domain/classResults.ts';
import { fillCount } from '../../i18n/plural';
import type { FigureNames } from './figureNames';
import { formatPercent } from '../../i18n/format';
import { quizExtremes } from '../../domain/classHighlights.ts';

export function QuizFigure({ n, results }: { n: FigureNames; results: ClassResults }) {
  const quiz = results.quizzes;
  const extremes = quizExtremes(quiz);
  const best = extremes?.best;
  const worst = extremes?.worst;
  return (
    <section aria-labelledby={`${n.id}-quiz`} data-section="quizzes">
      <h2 id={`${n.id}-quiz`}>{n.s.quizTitle}</h2>
      {quiz.length === 0 || !best || !worst ? (
        <p>{n.s.quizNone}</p>
      ) : (
        <ChartFigure
          locale={n.locale}
          dataKey={JSON.stringify(quiz)}
          summary={fillCount(n.locale, n.s.quizSummary, {
            best: n.lessonTitle(best.lesson),
            bestAvg: n.pct(best.average),
            worst: n.lessonTitle(worst.lesson),
            worstAvg: n.pct(worst.average),
            n: quiz.length,
          })}
          table={{
            caption: n.s.quizCaption,
            headers: [n.s.lessonCol, n.s.countCol, n.s.averageCol, n.s.minCol, n.s.maxCol],
            rows: quiz.map((q) => [n.lessonTitle(q.lesson), q.count, n.pct(q.average), n.pct(q.min), n.pct(q.max)]),
            numeric: [1, 2, 3, 4],
          }}
          config={(p: ChartPalette): ChartConfiguration => ({
            type: 'bar',
            data: {
              labels: quiz.map((q) => n.lessonTitle(q.lesson)),
              datasets: [
                { label: n.s.averageLabel, data: quiz.map((q) => Math.round(q.average * 1000) / 10), backgroundColor: p.accent },
                { label: n.s.minCol, data: quiz.map((q) => Math.round(q.min * 1000) / 10), backgroundColor: withAlpha(p.c, 0.7) },
                { label: n.s.maxCol, data: quiz.map((q) => Math.round(q.max * 1000) / 10), backgroundColor: p.ok },
              ],
            },
            options: {
              indexAxis: 'y',
              scales: {
                x: {
                  min: 0,
                  max: 100,
                  ticks: { color: p.fg, callback: (v) => formatPercent(n.locale, Number(v) / 100) },
                  grid: { color: p.grid },
                },
                y: { ticks: { color: p.fg }, grid: { display: false } },
              },
              plugins: { legend: { labels: { color: p.fg } } },
            },
          })}
          height="tall"
        />
      )}
    </section>
  );
}
