// Portuguese (Brazil) texts of rowStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './rowStrings.en';

const ptBr: Dictionary<typeof en> = {
  fieldLabel: '{segment}: {field}',
  nameField: 'nome',
  removeSegment: 'Remover “{segment}”',
  colRemove: 'Remover',
  summary:
    '{n} {n:segmento|segmentos}: {now} de faturamento hoje, {future} esperados em três anos. {improving} melhorando, {stable} estáveis, {declining} piorando.',
  summaryLargest: 'O maior hoje é {name} ({quadrant}).',
  pointDesc:
    '{segment}: hoje atratividade {aNow}, força {sNow}, {rNow} ({qNow}); em três anos {a3} e {s3}, {r3} ({q3}). {direction}{growth}.',
  growthPart: ', faturamento {growth} ao ano',
};

export default ptBr;
