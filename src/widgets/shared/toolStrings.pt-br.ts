// Portuguese (Brazil) texts of toolStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './toolStrings.en';

const ptBr: Dictionary<typeof en> = {
  // The account picker
  label: 'Conta',
  keyAccounts: 'Clientes-chave',
  otherClients: 'Outros clientes',
  quickTry: 'Teste rápido (sem conta)',
  noKeyAccounts:
    'Você ainda não tem clientes-chave. Marque-os na ferramenta carteira de clientes, ou use o teste rápido (nada fica ligado a um cliente).',
  portfolioLink: 'Abrir a carteira de clientes',
  quickTryNote: 'Teste rápido: o que você preencher fica guardado neste navegador como “Teste rápido”, não em um cliente.',
  // Status line, undo, failed writes, the sample button
  undo: 'Desfazer',
  loadSample: 'Carregar dados de exemplo',
  loadingSample: 'Carregando a empresa de exemplo…',
  sampleError: 'Não foi possível carregar o exemplo ({code}). Na primeira vez, verifique se está on-line e tente de novo.',
  notSaved: 'Não salvo: {reason}.',
  reasonReadOnly: 'os dados guardados vêm de uma versão mais nova do site',
  reasonHeld: 'os dados salvos não puderam ser lidos e precisam antes ser baixados ou descartados (veja a mensagem acima)',
  reasonInvalid: 'os dados não puderam ser validados (talvez um texto esteja longo demais)',
  reasonConflict: 'outra aba salvou dados mais novos, que agora aparecem aqui',
  reasonNotSaved: 'o navegador recusou guardar (armazenamento cheio ou modo privado)',
};

export default ptBr;
