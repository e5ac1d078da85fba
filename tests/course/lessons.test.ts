/**
 * The lesson files as a course: the order the issue asked for (selection right after Pareto, the
 * directional policy matrix with planning), a model answer for every "try it on your own clients"
 * task, and the three diagrams in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const LANGS = ['en', 'pt-br'] as const;
const TRY_HEADING = { en: '## Try it on your own clients', 'pt-br': '## Aplique aos seus clientes' };

function lessons(lang: (typeof LANGS)[number]) {
  const dir = new URL(`content/lessons/${lang}/`, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const field = (name: string) => new RegExp(`^${name}: *(.+)$`, 'm').exec(text)?.[1] ?? '';
      return { file, text, id: field('id'), order: Number(field('order')), tools: field('tools') };
    })
    .sort((a, b) => a.order - b.order);
}

/** The numbered items of the section that starts at `heading`, up to the next `## `. */
function items(text: string, heading: string): string[] {
  const start = text.indexOf(heading);
  if (start < 0) return [];
  const ends = [text.indexOf('\n## ', start + heading.length), text.indexOf('<details', start)].filter((i) => i > 0);
  return text
    .slice(start, ends.length > 0 ? Math.min(...ends) : undefined)
    .split('\n')
    .filter((l) => /^\d+\. /.test(l));
}

describe.each(LANGS)('%s lessons', (lang) => {
  const all = lessons(lang);

  it('teach selection right after Pareto, before the lessons on chosen accounts, and the DPM with planning', () => {
    const ids = all.map((l) => l.id);
    expect(ids.slice(0, 3)).toEqual(['what-is-kam', 'finding-key-accounts', 'classifying-clients']);
    expect(ids.indexOf('classifying-clients')).toBeLessThan(ids.indexOf('relationship-stages'));
    expect(ids.indexOf('classifying-clients')).toBeLessThan(ids.indexOf('account-plan'));
    const dpm = all.filter((l) => l.tools.includes('"dpm"')).map((l) => l.id);
    expect(dpm).toEqual(['account-plan']);
    expect(all.map((l) => l.order)).toEqual(all.map((_, i) => i + 1));
    for (const l of all) expect(l.file.startsWith(String(l.order).padStart(2, '0')), l.file).toBe(true);
  });

  it('give a model answer, folded, with one answer per "try it" task', () => {
    for (const l of all) {
      const tasks = items(l.text, TRY_HEADING[lang]);
      expect(tasks.length, `${l.file}: try-it tasks`).toBeGreaterThan(0);
      const details = /<details class="model-answer">\n<summary>[^<]+<\/summary>\n([\s\S]*?)<\/details>/.exec(l.text);
      expect(details, `${l.file}: model answer`).not.toBeNull();
      const answers = details![1]!.split('\n').filter((line) => /^\d+\. /.test(line));
      expect(answers.length, `${l.file}: one answer per task`).toBe(tasks.length);
    }
  });

  it('state objectives a learner can perform: at least one "given …" task per lesson', () => {
    const given = lang === 'en' ? /^ {2}- "Given /m : /^ {2}- "Dad[oa]s? /m;
    for (const l of all) expect(given.test(l.text), l.file).toBe(true);
  });

  it('draw the three diagrams where their ideas are taught', () => {
    const uses = (id: string) => all.find((l) => l.id === id)!.text;
    expect(uses('objectives-and-strategies')).toContain('<Diagram name="value-chains" />');
    // These two wrap the lesson's own table, which becomes the diagram's visible text version.
    expect(uses('relationship-stages')).toMatch(/<Diagram name="relationship-stages">\n\n\|[^]*?\n\n<\/Diagram>/);
    expect(uses('relationship-stages')).toMatch(/<Diagram name="contact-patterns">\n\n\|[^]*?\n\n<\/Diagram>/);
  });
});

/** "lesson 7", "aula 7", "[Lesson 7](/en/lessons/causes-of-uncoupling/)": a lesson named by its number. */
const LESSON_NUMBER = { en: /\b[Ll]essons? (\d)\b/g, 'pt-br': /\b[Aa]ulas? (\d)\b/g };

describe.each(LANGS)('%s: references to lessons follow the course order', (lang) => {
  const all = lessons(lang);
  const orderOf = new Map(all.map((l) => [l.id, l.order]));
  const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
  const guide = read(`content/workshop/${lang}/guide.mdx`);
  /** Rows of the guide's agenda tables that are blocks ("| 09:30–10:30 | 2. …"), table by table. */
  const agendas = guide
    .split(/\n## /)
    .map((section) => section.split('\n').filter((line) => /^\| \d\d:\d\d–\d\d:\d\d \|/.test(line)))
    .filter((rows) => rows.length > 0);

  it('a link "Lesson N" goes to the lesson numbered N', () => {
    const texts = [
      ...all.map((l) => ({ source: l.file, text: l.text })),
      { source: 'guide', text: guide },
      { source: 'case', text: read(`content/workshop/${lang}/case.mdx`) },
    ];
    const wrong: string[] = [];
    for (const { source, text } of texts) {
      for (const m of text.matchAll(/\[(?:Lesson|Aula) (\d)\]\(\/[a-z-]+\/lessons\/([a-z-]+)\/\)/g)) {
        if (orderOf.get(m[2]!) !== Number(m[1])) wrong.push(`${source}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every lesson number named anywhere in the course exists', () => {
    const texts = [...all.map((l) => l.text), guide, read(`content/glossary/terms.json`)];
    const numbers = texts.flatMap((t) => [...t.matchAll(LESSON_NUMBER[lang])].map((m) => Number(m[1])));
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.filter((n) => n < 1 || n > all.length)).toEqual([]);
  });

  it("the workshop agendas run the lessons in the course's order, quiz N with lesson N, the times end to end", () => {
    expect(agendas).toHaveLength(2);
    for (const rows of agendas) {
      const lessonOrders: number[] = [];
      let end = '';
      for (const row of rows) {
        const [from, to] = /^\| (\d\d:\d\d)–(\d\d:\d\d)/.exec(row)!.slice(1);
        if (end) expect(from, row).toBe(end);
        expect(to! > from!, row).toBe(true);
        end = to!;
        const linked = [...row.matchAll(/\/lessons\/([a-z-]+)\//g)].map((m) => orderOf.get(m[1]!)!);
        const quizzes = [...row.matchAll(/quiz(?:zes)? ([\d, e and]+)/gi)].flatMap((m) => m[1]!.match(/\d/g)!.map(Number));
        for (const q of quizzes) expect(linked, `${row.slice(0, 60)}: quiz ${q}`).toContain(q);
        lessonOrders.push(...linked);
      }
      // Lessons 4, 5 and 9 (why KAM, with the client database) share one block; the rest follow the course.
      const firstOfEachBlock = rows
        .map((row) => [...row.matchAll(/\/lessons\/([a-z-]+)\//g)].map((m) => orderOf.get(m[1]!)!)[0])
        .filter((n) => n !== undefined);
      expect(firstOfEachBlock).toEqual([...firstOfEachBlock].sort((a, b) => a - b));
      expect(lessonOrders.length).toBeGreaterThan(4);
    }
  });
});

describe('diagram drawings', async () => {
  const { DIAGRAM_NAMES, diagramSvg } = await import('../../src/components/diagrams/svg.ts');
  const { DIAGRAM_STRINGS } = await import('../../src/components/diagrams/strings.ts');

  it.each(LANGS)('are drawn in %s from the dictionaries, with a title and escaped labels', (lang) => {
    const s = DIAGRAM_STRINGS[lang];
    for (const name of DIAGRAM_NAMES) {
      const svg = diagramSvg(name, lang);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"[^>]*><title>[^<]+<\/title>/);
      expect(svg).toContain('prefers-color-scheme:dark');
    }
    expect(diagramSvg('contact-patterns', lang)).toContain(s.ourKam);
    expect(diagramSvg('relationship-stages', lang)).toContain(lang === 'en' ? 'Partnership-KAM' : 'Parceria-KAM');
    expect(diagramSvg('relationship-stages', lang)).toContain('Disintegrating');
    // "&" in a label ("Synergistic & …" or a client name) must not break the XML.
    expect(diagramSvg('value-chains', lang)).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
