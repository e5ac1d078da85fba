import type { Dictionary } from '../../i18n/locales';
import type en from './dateInputStrings.en';

const ptBr: Dictionary<typeof en> = {
  pattern: 'dd/mm/aaaa',
  hint: 'Data no formato dd/mm/aaaa, por exemplo 31/03/2026. As setas mudam um dia.',
  notADate: '“{text}” não é uma data. Escreva no formato dd/mm/aaaa, por exemplo 31/03/2026.',
  impossible: '{text} não existe no calendário (esse mês não tem esse dia).',
  shortYear: 'Escreva o ano com quatro dígitos, por exemplo 31/03/2026.',
};

export default ptBr;
