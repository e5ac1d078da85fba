// Portuguese (Brazil) texts of common.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from './locales';
import type en from './common.en';

const ptBr: Dictionary<typeof en> = {
  undo: 'Desfazer',
  cancel: 'Cancelar',
  dismiss: 'Fechar',
  loadSample: 'Carregar dados de exemplo',
  loadingSample: 'Carregando o exemplo…',
  sampleFailed: 'Não foi possível carregar o exemplo ({code}). Na primeira vez, verifique se está on-line e tente de novo.',
  exportFailed: 'Não foi possível criar o arquivo neste navegador. Nada foi alterado; tente de novo.',
  notSaved: 'Não salvo: {reason}.',
  keptOnPage: 'Suas alterações ficam só nesta página.',
  'reason.read-only': 'os dados guardados vêm de uma versão mais nova do site',
  'reason.held': 'os dados salvos não puderam ser lidos e precisam antes ser baixados ou descartados (veja a mensagem acima)',
  'reason.invalid': 'os dados não puderam ser validados (talvez um texto esteja longo demais)',
  'reason.conflict': 'outra aba salvou dados mais novos, que agora aparecem aqui',
  'reason.not-saved': 'o navegador recusou guardar (armazenamento cheio ou modo privado)',
  currencyNote: 'Valores em {name} ({code}), a moeda dos seus dados.',
  currencyUnknown: 'Valores em {name} ({code}) até que seus dados digam outra moeda.',
  currencyChange: 'Mude em Meus dados',
  importLoading: 'Carregando a ferramenta de importação…',
  importFailed: 'Não foi possível carregar a ferramenta de importação. Recarregue a página e tente de novo.',
  printFailed: 'Não foi possível imprimir a página ({detail}). Use o comando Imprimir do próprio navegador (Ctrl+P, ou ⌘P no Mac).',
};

export default ptBr;
