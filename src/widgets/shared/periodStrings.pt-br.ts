// Portuguese (Brazil) texts of periodStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './periodStrings.en';

const ptBr: Dictionary<typeof en> = {
  periodLabel: 'Período',
  periodAll: 'Arquivo inteiro ({start} – {end})',
  periodAllNoDates: 'Carteira inteira',
  periodLast12: 'Últimos 12 meses ({start} – {end})',
  periodYear: 'Ano de {year}',
  periodRange: 'Intervalo personalizado…',
  rangeFrom: 'De',
  rangeTo: 'Até',
  summaryDated: '{period}: faturamento total de {total}, de {n} {n:cliente|clientes}.',
  summaryUndated: 'Totais como importados: faturamento total de {total}, de {n} {n:cliente|clientes}.',
  noSales: '{n} {n:cliente não comprou|clientes não compraram} neste período e {n:fica|ficam} fora destes números.',
  undated:
    '{n} {n:cliente não tem|clientes não têm} vendas com data ({n:digitado ou importado|digitados ou importados} como totais) e só {n:entra|entram} no arquivo inteiro.',
  monthsName: '{start} – {end}',
  currencyLabel: 'Moeda dos valores',
  currencyUnknown: 'ainda não informada: escolha a moeda dos seus dados',
};

export default ptBr;
