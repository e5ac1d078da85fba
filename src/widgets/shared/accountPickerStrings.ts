import type { Dictionary, Locale } from '../../i18n/locales';

const en = {
  label: 'Account',
  keyAccounts: 'Key accounts',
  otherClients: 'Other clients',
  quickTry: 'Quick try (no account)',
  noKeyAccounts:
    'You have no key accounts yet. Mark them in the client portfolio tool, or use the quick try (nothing is linked to a client).',
  portfolioLink: 'Open the client portfolio',
  quickTryNote: 'Quick try: what you enter is kept in this browser under “Quick try”, not under a client.',
} as const;

const ptBr: Dictionary<typeof en> = {
  label: 'Conta',
  keyAccounts: 'Clientes-chave',
  otherClients: 'Outros clientes',
  quickTry: 'Teste rápido (sem conta)',
  noKeyAccounts:
    'Você ainda não tem clientes-chave. Marque-os na ferramenta carteira de clientes, ou use o teste rápido (nada fica ligado a um cliente).',
  portfolioLink: 'Abrir a carteira de clientes',
  quickTryNote: 'Teste rápido: o que você preencher fica guardado neste navegador como “Teste rápido”, não em um cliente.',
};

export const ACCOUNT_PICKER_STRINGS: Record<Locale, Dictionary<typeof en>> = { en, 'pt-br': ptBr };
