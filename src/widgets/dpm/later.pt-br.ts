// Portuguese (Brazil) texts of laterStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './later.en';

const ptBr: Dictionary<typeof en> = {
  axisY: 'Atratividade do segmento (0–10): alta em cima, baixa embaixo',
  axisX: 'Sua força competitiva (0–10): ALTA à esquerda, baixa à direita',
  legendNow: 'Hoje (cheia)',
  legend3: 'Em três anos (vazada)',
  fileName: 'matriz-de-politica-direcional',
  sampleRestaurants: 'Restaurantes',
  sampleHotels: 'Hotéis',
  sampleHospitals: 'Hospitais',
  sampleSupermarkets: 'Supermercados',
  sampleSchools: 'Escolas',
};

export default ptBr;
