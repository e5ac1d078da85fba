// Portuguese (Brazil) texts of writeStrings.en.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './writeStrings.en';

const ptBr: Dictionary<typeof en> = {
  notSaved: 'Não salvo: {reason}.',
  keptOnPage: 'Suas alterações ficam só nesta página.',
  reasonReadOnly: 'os dados guardados vêm de uma versão mais nova do site',
  reasonHeld: 'os dados salvos não puderam ser lidos e precisam antes ser baixados ou descartados (veja a mensagem acima)',
  reasonInvalid: 'os dados não puderam ser validados (talvez um texto esteja longo demais)',
  reasonConflict: 'outra aba salvou dados mais novos, que agora aparecem aqui',
  reasonNotSaved: 'o navegador recusou guardar (armazenamento cheio ou modo privado)',
};

export default ptBr;
