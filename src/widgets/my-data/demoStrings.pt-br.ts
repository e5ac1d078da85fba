// Portuguese (Brazil) texts of demoStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './demoStrings.en';

const ptBr: Dictionary<typeof en> = {
  demoTitle: 'Você está explorando a empresa de exemplo',
  demoText:
    'Seus próprios dados ficam guardados à parte, intactos, enquanto você explora. Backup, restauração e redefinição valem só para os seus dados: volte para eles para usá-los. O trabalho no exemplo continua aqui para a próxima visita.',
  demoLeave: 'Voltar para os meus dados',
};

export default ptBr;
