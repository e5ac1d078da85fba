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
  summaryDated: '{period}: faturamento total de {total}, de {n} clientes.',
  summaryUndated: 'Totais como importados: faturamento total de {total}, de {n} clientes.',
  noSales: '{n} clientes não compraram neste período e ficam fora destes números.',
  undated: '{n} clientes não têm vendas com data (digitados ou importados como totais) e só entram no arquivo inteiro.',
  monthsName: '{start} – {end}',
  currencyLabel: 'Moeda dos valores',
  currencyUnknown: 'ainda não informada: escolha a moeda dos seus dados',
};

export default ptBr;
