import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../src/domain/index.ts';
import { xlsxToCsv } from '../../src/import/xlsx.ts';
import { XLSX_CSV_OPTIONS } from '../../src/import/workbookFile.ts';
import { tableToXlsx } from '../../src/import/xlsxFile.ts';

describe('table → .xlsx → import', () => {
  it('round-trips text, amounts and odd characters; formulas stay text', () => {
    const bytes = tableToXlsx({
      sheetName: 'Carteira: 2024/25',
      amountColumns: [2],
      rows: [
        ['Código', 'Cliente', 'Faturamento', 'Observações'],
        ['C1', 'Padaria São João & Cia <Ltda>', 1234.56, '=HYPERLINK("http://x")'],
        ['C2', ' Espaços ', 0.1 + 0.2, 'bad\u0001char'],
        ['C3', 'Sem valor', null, null],
      ],
    });
    const conversion = xlsxToCsv(bytes);
    if (!conversion.ok) throw new Error(conversion.error.code);
    expect(conversion.sheets).toEqual([{ name: 'Carteira  2024 25', hidden: false }]);
    expect(conversion.csv.split('\n')).toEqual([
      'Código,Cliente,Faturamento,Observações',
      'C1,Padaria São João & Cia <Ltda>,1234.56,"=HYPERLINK(""http://x"")"',
      'C2," Espaços ",0.3,badchar',
      'C3,Sem valor,,',
    ]);
    const result = importPortfolio(conversion.csv, { ...XLSX_CSV_OPTIONS });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.clients.map((c) => [c.key, c.revenue])).toEqual([
      ['C1', 1234.56],
      ['C2', 0.3],
    ]);
  });

  it('names columns past Z', () => {
    const row = Array.from({ length: 30 }, (_, i) => `h${i}`);
    const conversion = xlsxToCsv(tableToXlsx({ sheetName: 'x', rows: [row, row] }));
    if (!conversion.ok) throw new Error(conversion.error.code);
    expect(conversion.csv.split('\n')[1]!.split(',')).toEqual(row);
  });
});
