// Portuguese (Brazil) texts of lineStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './lineStrings.en';

const ptBr: Dictionary<typeof en> = {
  propositionTitle: 'Propostas de valor',
  propositionLine:
    'proposta de valor: {factors} {factors:fator crítico|fatores críticos} de sucesso, valor em uso de {value} por ano, {focus} {focus:ponto|pontos} no foco de ressonância.',
  propositionNone: 'ainda sem proposta de valor: monte-a na ferramenta de proposta de valor.',
  teamTitle: 'Equipes das contas',
  teamNoSponsor: 'sem patrocinador executivo na equipe.',
  teamOverManager: 'seu gerente ({list}) carrega mais clientes-chave que {limit}.',
};

export default ptBr;
