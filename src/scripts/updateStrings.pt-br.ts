// Portuguese (Brazil) texts of updateReload.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../i18n/locales';
import type en from './updateStrings.en';

const ptBr: Dictionary<typeof en> = {
  reloading: 'A KAM Academy foi atualizada: recarregando a página para usar a nova versão. Seu trabalho salvo continua aqui.',
};

export default ptBr;
