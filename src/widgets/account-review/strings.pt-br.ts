// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  kept: 'Sua revisão fica guardada só nesta página.',
  title: 'Revisão trimestral da conta',
  intro:
    'A cada trimestre, revise a conta: resultado contra o plano, estágio e checklist de desunião refeitos, as ações e uma decisão. Ao começar uma revisão, a ferramenta traz o que as outras ferramentas sabem hoje; o histórico mostra a tendência e o que dizem as regras.',
  sampleReady: 'Exemplo carregado: as revisões trimestrais da Horizonte em 2025; {account} está aberta.',
  start: 'Começar a revisão deste trimestre',
  started: 'Revisão de {quarter} começada com os números de hoje.',
  alreadyStarted: 'A revisão de {quarter} já foi começada: está aberta abaixo.',
  startFailed: 'Não foi possível começar a revisão: o código dela não carregou. Verifique se está on-line e tente de novo.',
  print: 'Imprimir a pauta',
  none: 'Nenhuma revisão desta conta ainda. Comece a revisão deste trimestre ou carregue o exemplo.',
  removed: 'Revisão de {quarter} excluída.',
  opening: 'Abrindo a revisão…',
  viewFailed: 'Não foi possível mostrar a revisão: o código dela não carregou. Verifique sua conexão e recarregue a página.',
};

export default ptBr;
