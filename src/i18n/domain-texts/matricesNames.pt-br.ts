/** Português: the matrices' names (matricesNames.en.ts). Typed by the English texts (a missing entry is a type error). */
import type { MatrixNames } from './matricesNames.en';

const ptBr: MatrixNames = {
  quadrants: {
    strategic: 'Estratégico',
    star: 'Estrela',
    status: 'Status',
    streamline: 'Streamline',
  },
  strategies: {
    'invest-for-growth': 'Investir para crescer',
    'invest-selectively': 'Investir seletivamente',
    maintain: 'Manter',
    'manage-for-cash': 'Administrar para gerar caixa',
  },
  fitCostZones: {
    select: { name: 'Selecionar', description: 'Alta adequação e baixo custo: gerenciar como conta-chave agora.' },
    consider: { name: 'Avaliar', description: 'Alta adequação, mas custoso: montar um caso de negócio antes de se comprometer.' },
    later: { name: 'Depois', description: 'Baixo custo, mas pouca adequação: atender pela venda normal e rever mais tarde.' },
    avoid: { name: 'Evitar', description: 'Pouca adequação e custo alto: não gerenciar como conta-chave.' },
  },
  dpmDirections: { improving: 'Melhorando', stable: 'Estável', declining: 'Piorando' },
};

export default ptBr;
