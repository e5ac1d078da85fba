// Portuguese (Brazil) texts of conflictStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './conflictStrings.en';

const ptBr: Dictionary<typeof en> = {
  conflictTitle: 'Também alterado em outra aba',
  conflictText:
    'Este plano foi alterado em outra aba ou janela enquanto você o editava. As mudanças dela em outras partes foram trazidas para cá. Vocês dois alteraram: {fields}. A sua versão fica aqui e foi salva; a outra versão está abaixo para copiar ou restaurar.',
  conflictTheirs: 'A versão da outra aba de “{field}”',
  conflictUseTheirs: 'Usar a versão da outra aba nestas partes',
  conflictKeepMine: 'Manter a minha versão',
  conflictRestored: 'A versão da outra aba de {fields} voltou para o plano.',
};

export default ptBr;
