import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../src/domain/index.ts';
import { readClientExtras } from '../../src/domain/portfolioExtras.ts';
import type { ExtraColumns, ExtrasOptions } from '../../src/domain/portfolioExtras.ts';
import { ExtrasFromLines } from '../../src/import/extrasFromLines.ts';
import { runImport } from '../../src/import/importRun.ts';

const ALL: ExtraColumns = {
  previousRevenue: 'Faturamento anterior',
  marginPct: 'Margem %',
  firstPurchase: 'Primeira compra',
  manager: 'Gestor',
  keyAccount: 'Cliente chave',
  notes: 'Observações',
};

/** The extras of one pass (the reader) and of a second read (readClientExtras), for the same import. */
function bothWays(input: string | Uint8Array, columns: ExtraColumns = ALL) {
  const reader = new ExtrasFromLines(columns);
  const result = importPortfolio(input, { lineReader: reader });
  if (!result.ok) throw new Error(result.error.code);
  const options: ExtrasOptions = { delimiter: result.delimiter, decimal: result.decimal, columns, nameColumn: result.columns.name };
  if (result.columns.id !== undefined) options.idColumn = result.columns.id;
  if (result.dateOrder !== undefined) options.dateOrder = result.dateOrder;
  if (result.encoding === 'utf-8' || result.encoding === 'windows-1252') options.encoding = result.encoding;
  return { onePass: reader.extras(result.dateOrder), secondRead: readClientExtras(input, options) };
}

const HEADER = 'Código;Cliente;Data;Valor;Faturamento anterior;Margem %;Primeira compra;Gestor;Cliente chave;Observações';
// Fields missing on the first rows and given later, unreadable values before good ones, a date only
// one order reads, a neutralised formula, a reserved key, a blank row, a short row.
const ROWS = [
  'C1;Alfa;15/01/2024;100,00;;;;;;',
  'C1;Alfa;16/01/2024;50,00;abc;x%;31/12/2020;Ana;sim;primeira nota',
  'C1;Alfa;17/01/2024;10,00;9.999,00;12,5%;01/02/2020;Bruno;não;outra',
  'C2;Beta;15/02/2024;1.234,56;500,00;2000;05/06/2019;;;',
  'C2;Beta;16/02/2024;1,00;;30%;;Carla;x;',
  ';;;;;;;;;',
  "C3;'=Gama;03/03/2024;7,00;1;1;2021-03-04;'=Dora;yes;'+nota",
  '__proto__;Proto;04/03/2024;8,00;2;2;04/03/2021;Eva;no;n',
  'C4;Delta;05/03/2024',
  'C2;Beta;17/02/2024;2,00;;;13/01/2019;;;fim',
];

describe('extra columns in the import pass', () => {
  it('match a second read of the file, field for field', () => {
    const { onePass, secondRead } = bothWays([HEADER, ...ROWS].join('\n'));
    expect(onePass).not.toBeNull();
    expect([...onePass!]).toEqual([...secondRead]);
    expect(onePass!.get('C1')).toMatchObject({
      previousRevenue: 9999,
      marginPct: 12.5,
      manager: 'Ana',
      keyAccount: true,
      notes: 'primeira nota',
    });
  });

  it('match with the client named by its name, CRLF, a sep= line and a BOM', () => {
    const byName = ['\ufeffsep=;', HEADER.replace('Código;', ''), ...ROWS.map((r) => r.slice(r.indexOf(';') + 1))].join('\r\n');
    const { onePass, secondRead } = bothWays(byName);
    expect(onePass!.size).toBeGreaterThan(2);
    expect([...onePass!]).toEqual([...secondRead]);
  });

  it('match with a date order only the whole file decides (month first)', () => {
    const csv = [
      'Cliente,Data,Valor,Primeira compra,Gestor',
      'Alfa,01/02/2024,1.5,02/03/2020,Ana',
      'Alfa,01/13/2024,2,,',
      'Beta,01/20/2024,3,13/01/2020,',
      'Beta,01/21/2024,3,01/13/2020,Bia',
    ].join('\n');
    const { onePass, secondRead } = bothWays(csv, { firstPurchase: 'Primeira compra', manager: 'Gestor' });
    expect([...onePass!]).toEqual([...secondRead]);
    expect(onePass!.get('beta')?.firstPurchase ?? onePass!.get('Beta')?.firstPurchase).toBe('2020-01-13');
  });

  it('match on a large byte input, including one that turns out to be Windows-1252 past the head', () => {
    const rows: string[] = [HEADER];
    for (let i = 0; i < 30_000; i++)
      rows.push(
        `C${i % 700};Cliente ${i % 700};${String(1 + (i % 28)).padStart(2, '0')}/03/2024;${i},50;${i % 5 === 0 ? '' : '10,00'};${i % 3};;${i % 7 === 0 ? 'Gestor ' + i : ''};;`,
      );
    const utf8 = new TextEncoder().encode(rows.join('\n'));
    const a = bothWays(utf8);
    expect([...a.onePass!]).toEqual([...a.secondRead]);
    const latin = new Uint8Array(utf8.byteLength + 40);
    latin.set(utf8);
    latin.set(new TextEncoder().encode('\nC9;Cliente 9;01/04/2024;1,00;;;;Jos'), utf8.byteLength);
    latin[utf8.byteLength + 36] = 0xe9; // é in Windows-1252, invalid UTF-8
    const b = bothWays(latin.subarray(0, utf8.byteLength + 37));
    expect([...b.onePass!]).toEqual([...b.secondRead]);
    // Read as Windows-1252 the id header is mangled, so both key the clients by name.
    expect(b.onePass!.get('cliente 9')?.manager).toBe('José');
  });

  it('leave a quoted file to the second read, which runImport then does', () => {
    const quoted = [HEADER, '"C1";"Alfa; Ltda";15/01/2024;100,00;5,00;;;"Ana";;'].join('\n');
    const reader = new ExtrasFromLines(ALL);
    expect(importPortfolio(quoted, { lineReader: reader }).ok).toBe(true);
    expect(reader.extras(undefined)).toBeNull();
    const out = runImport({ input: quoted, options: {}, extras: ALL });
    expect(out.ok && out.clients[0]).toMatchObject({ key: 'C1', previousRevenue: 5, manager: 'Ana' });
  });

  it('give runImport the same clients as a second read', () => {
    const csv = [HEADER, ...ROWS].join('\n');
    const out = runImport({ input: csv, options: {}, extras: ALL });
    if (!out.ok) throw new Error('import');
    const { secondRead } = bothWays(csv);
    for (const client of out.clients) {
      const extra = secondRead.get(client.key) ?? {};
      for (const [field, value] of Object.entries(extra)) expect(client[field as keyof typeof client]).toEqual(value);
    }
  });
});
