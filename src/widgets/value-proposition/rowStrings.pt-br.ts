// Textos em português de rowStrings.ts (tipados pelo arquivo em inglês).
import type { Dictionary } from '../../i18n/locales';
import type en from './rowStrings.en';

const ptBr: Dictionary<typeof en> = {
  csf: 'Fator {n}',
  factor: 'Fator',
  importance: 'Importância para o cliente',
  'importance.1': '1 – pouca',
  'importance.2': '2',
  'importance.3': '3',
  'importance.4': '4 – importante',
  'importance.5': '5 – decisiva',
  ours: 'Como ele nos avalia (0–10)',
  best: 'Como ele avalia a alternativa (0–10)',
  'point.difference': 'Ponto de diferença: somos melhores',
  'point.parity': 'Ponto de paridade: empate',
  'point.contention': 'Ponto de disputa: a alternativa é melhor',
  removeCsf: 'Remover {name}',
  lineN: 'Linha {n}',
  category: 'Categoria',
  label: 'O quê',
  withUs: 'Por ano conosco ({currency})',
  withAlternative: 'Por ano com a alternativa ({currency})',
  csfLink: 'Põe um valor em',
  none: 'Nenhum fator',
  source: 'Fonte (como está documentado)',
  verified: 'O cliente conferiu este valor',
  lineValue: 'Valor para o cliente: {value}',
  removeLine: 'Remover {name}',
};

export default ptBr;
