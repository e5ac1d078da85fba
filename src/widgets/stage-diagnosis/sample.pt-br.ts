// Portuguese (Brazil) texts of sampleStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './sample.en';

const ptBr: Dictionary<typeof en> = {
  sampleLoaded:
    'Exemplo carregado: {account} foi diagnosticado com respostas de exemplo. Mude qualquer resposta para ver o resultado mudar.',
};

export default ptBr;
