import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPortfolio, paretoAnalysis } from '../../src/domain/index.ts';
import { numberText, serialToIsoDate, xlsxToCsv } from '../../src/import/xlsx.ts';
import type { XlsxConversion } from '../../src/import/xlsx.ts';
import { XLSX_CSV_OPTIONS, isWorkbookFile } from '../../src/import/workbookFile.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/xlsx/${name}`, import.meta.url)));

function converted(result: XlsxConversion): Extract<XlsxConversion, { ok: true }> {
  if (!result.ok) throw new Error(`conversion failed: ${result.error.code}`);
  return result;
}

/** The whole path as the import panel runs it: workbook → CSV → domain with the forced options. */
function importWorkbook(bytes: Uint8Array, sheet?: number) {
  const conversion = converted(xlsxToCsv(bytes, sheet === undefined ? {} : { sheet }));
  const result = importPortfolio(conversion.csv, { ...XLSX_CSV_OPTIONS });
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  const byName = Object.fromEntries(result.clients.map((c) => [c.name, c]));
  const pareto = paretoAnalysis(result.clients);
  const classes = Object.fromEntries(pareto.ranked.map((r) => [r.name, r.class]));
  return { conversion, result, byName, pareto, classes };
}

const cents = (n: number) => Math.round(n * 100);

describe('Excel pt-BR export (title row, accounting R$ format, date serials, total row)', () => {
  const { conversion, result, byName, pareto, classes } = importWorkbook(fixture('excel-ptbr.xlsx'));

  it('lists both sheets, reads the first, and hints BRL', () => {
    expect(conversion.sheets.map((s) => s.name)).toEqual(['Vendas', 'Resumo']);
    expect(conversion.sheet).toBe(0);
    expect(conversion.currency).toBe('BRL');
  });

  it('writes amounts with the symbol and dates as ISO, without float noise', () => {
    const lines = conversion.csv.split('\n');
    expect(lines[0]).toBe(''); // the title row is blanked so line numbers stay Excel's row numbers
    expect(lines[2]).toBe('Data de emissão,CNPJ,Razão social,Valor,Segmento');
    expect(lines[3]).toBe('2023-01-12,11.222.333/0001-81,Padaria São João Ltda,R$ 15000,Varejo');
    expect(conversion.csv).toContain('2024-02-29,11.222.333/0001-81,PADARIA SÃO JOÃO LTDA,R$ 17500.75');
    expect(conversion.csv).toContain('R$ 1234.56,');
    expect(conversion.csv).toContain('-R$ 2000,');
    expect(conversion.csv).not.toContain('1234.5600000000002');
  });

  it('imports the expected clients, totals to the cent, and the total row is skipped at its Excel row', () => {
    expect(result.mode).toBe('transactions');
    expect(result.columns).toMatchObject({ id: 'CNPJ', name: 'Razão social', amount: 'Valor', date: 'Data de emissão' });
    expect(result.clients).toHaveLength(5);
    expect(cents(byName['Padaria São João Ltda']!.revenue)).toBe(4450100);
    expect(cents(byName['Comércio Ávila & Filhos']!.revenue)).toBe(1735060);
    expect(cents(byName['Mercadinho Boa Vista']!.revenue)).toBe(950000);
    expect(cents(byName['Distribuidora Norte']!.revenue)).toBe(7000000);
    expect(cents(byName['Farmácia Central']!.revenue)).toBe(338486);
    expect(cents(pareto.total)).toBe(14473646);
    expect(byName['Padaria São João Ltda']!.firstDate).toBe('2023-01-12');
    expect(byName['Distribuidora Norte']!.lastDate).toBe('2024-11-21');
    expect(result.issues.find((i) => i.code === 'total-row')?.row).toBe(16);
  });

  it('gives the Pareto classes', () => {
    expect(classes).toEqual({
      'Distribuidora Norte': 'A',
      'Padaria São João Ltda': 'A',
      'Comércio Ávila & Filhos': 'A',
      'Mercadinho Boa Vista': 'B',
      'Farmácia Central': 'C',
    });
  });

  it('reads a chosen sheet', () => {
    const second = importWorkbook(fixture('excel-ptbr.xlsx'), 1);
    expect(second.conversion.sheet).toBe(1);
    expect(second.result.mode).toBe('totals');
    expect(second.result.clients.map((c) => [c.name, c.revenue])).toEqual([
      ['Padaria São João Ltda', 44501],
      ['Distribuidora Norte', 70000],
    ]);
  });
});

describe('Excel for Mac en-US export (1904 dates, [$$-409], percent)', () => {
  const { conversion, result, byName, pareto, classes } = importWorkbook(fixture('excel-usd-1904.xlsx'));

  it('reads 1904-system dates, the dollar format and percentages', () => {
    expect(conversion.currency).toBe('USD');
    expect(conversion.csv.split('\n')[1]).toBe('2023-02-01,Acme Corp,$120000,25%');
    expect(conversion.csv).toContain('2024-12-31,Globex LLC,$30500.75,30%');
    expect(conversion.csv).toContain('12.5%');
  });

  it('imports the expected clients, totals and classes', () => {
    expect(result.clients).toHaveLength(3);
    expect(cents(byName['Acme Corp']!.revenue)).toBe(20000025);
    expect(cents(byName['Globex LLC']!.revenue)).toBe(7550125);
    expect(cents(byName['Initech']!.revenue)).toBe(1500000);
    expect(cents(pareto.total)).toBe(29050150);
    expect(classes).toEqual({ 'Acme Corp': 'A', 'Globex LLC': 'A', Initech: 'B' });
  });
});

describe('LibreOffice pt-BR export ([$R$-416], dd/mm/yy, date1904="false")', () => {
  const { conversion, result, byName, pareto, classes } = importWorkbook(fixture('libreoffice-ptbr.xlsx'));

  it('converts dates and currency', () => {
    expect(conversion.currency).toBe('BRL');
    expect(conversion.csv.split('\n')[1]).toBe('Auto Peças Silva,2023-01-15,R$ 12500,Varejo');
    expect(conversion.csv).toContain('2024-11-30,-R$ 1450.9,');
  });

  it('imports the expected clients, totals and classes', () => {
    expect(result.clients).toHaveLength(4);
    expect(cents(byName['Auto Peças Silva']!.revenue)).toBe(1980025);
    expect(cents(byName['Construtora Horizonte']!.revenue)).toBe(16300049);
    expect(cents(byName['Hotel Praia Mar']!.revenue)).toBe(2200000);
    expect(cents(byName['Clínica Vida']!.revenue)).toBe(312000);
    expect(cents(pareto.total)).toBe(20792074);
    // 163 000,49 is 78.4 % of the total, so the next client (Hotel, 22 000,00) still starts below 80 %.
    expect(classes).toEqual({ 'Construtora Horizonte': 'A', 'Hotel Praia Mar': 'A', 'Auto Peças Silva': 'B', 'Clínica Vida': 'C' });
  });
});

// A minimal workbook, for odd files the fixtures do not cover.
function makeWorkbook(parts: { sheet: string; shared?: string; styles?: string; workbook?: string }): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(parts.workbook ?? `<workbook ${ns}><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${parts.sheet}</sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8(
      `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Client</t></is></c><c r="B1" t="inlineStr"><is><t>Sales</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Visible Co</t></is></c><c r="B2"><v>10</v></c></row></sheetData></worksheet>`,
    ),
  };
  if (parts.shared) files['xl/sharedStrings.xml'] = strToU8(parts.shared);
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files);
}

const csvOf = (bytes: Uint8Array) => converted(xlsxToCsv(bytes)).csv;

describe('odd but valid workbooks', () => {
  it('reads inline strings, rich text runs without phonetic guides, x: prefixes, entities and booleans', () => {
    const shared =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Acme </t></r><r><t>&amp; Sons</t></r><rPh><t>ignored</t></rPh></si></sst>';
    const sheet =
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Client</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Amount</x:t></x:is></x:c><x:c r="C1" t="str"><x:f>1</x:f><x:v>Key</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2"><x:v>0.30000000000000004</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c></x:row>';
    expect(csvOf(makeWorkbook({ sheet, shared }))).toBe('Client,Amount,Key\nAcme & Sons,0.3,TRUE');
  });

  it('keeps line numbers: skipped rows stay blank, text dates stay text, line breaks in cells become spaces', () => {
    const sheet =
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Cliente</t></is></c><c r="C2" t="inlineStr"><is><t>Data</t></is></c></row>' +
      '<row r="5"><c r="A5" t="inlineStr"><is><t>Dois\nlinhas</t></is></c><c r="C5" t="inlineStr"><is><t>31/12/2024</t></is></c></row>';
    expect(csvOf(makeWorkbook({ sheet }))).toBe('\nCliente,,Data\n\n\nDois linhas,,31/12/2024');
  });

  it('defaults to the first visible sheet and still lists hidden ones', () => {
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Macros" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Dados &amp; mais" sheetId="2" r:id="rId2"/></sheets></workbook>';
    const result = converted(xlsxToCsv(makeWorkbook({ sheet: '', workbook })));
    expect(result.sheets).toEqual([
      { name: 'Macros', hidden: true },
      { name: 'Dados & mais', hidden: false },
    ]);
    expect(result.sheet).toBe(1);
    expect(result.csv).toBe('Client,Sales\nVisible Co,10');
  });

  it('tells dates from numbers by the number format, built-in or custom', () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-416]d\\-mmm\\-yy;@"/><numFmt numFmtId="165" formatCode="#,##0.00 [$€-407]"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>' +
      '<row r="2"><c r="A2" s="0"><v>45292</v></c><c r="B2" s="1"><v>45292.75</v></c><c r="C2" s="2"><v>1</v></c><c r="D2" s="3"><v>-99.5</v></c></row>';
    const result = converted(xlsxToCsv(makeWorkbook({ sheet, styles })));
    expect(result.csv.split('\n')[1]).toBe('45292,2024-01-01,1900-01-01,-€ 99.5');
    expect(result.currency).toBe('EUR');
  });
});

describe('broken and hostile files', () => {
  const code = (bytes: Uint8Array, limits = {}) => {
    const r = xlsxToCsv(bytes, { limits });
    return r.ok ? 'ok' : r.error.code;
  };

  it('an old .xls or a password-protected workbook (OLE2) gets its own error', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(code(ole)).toBe('xlsx-legacy');
    expect(isWorkbookFile('report.bin', ole)).toBe(true);
  });

  it('text, a truncated workbook and a ZIP without a workbook are corrupt', () => {
    expect(code(strToU8('Cliente;Valor\nA;1'))).toBe('xlsx-corrupt');
    const full = fixture('excel-ptbr.xlsx');
    expect(code(full.slice(0, Math.floor(full.length / 2)))).toBe('xlsx-corrupt');
    expect(code(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toBe('xlsx-corrupt');
    expect(code(makeWorkbook({ sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</is></c>' }))).toBe('xlsx-corrupt');
  });

  it('a part that inflates past the limit is refused before it is inflated (zip bomb)', () => {
    const bomb = makeWorkbook({ sheet: `<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(3_000_000)}` });
    expect(bomb.length).toBeLessThan(20_000);
    expect(code(bomb, { maxPartBytes: 1_000_000 })).toBe('xlsx-too-large');
    expect(code(bomb, { maxTotalBytes: 1_000_000 })).toBe('xlsx-too-large');
  });

  it('caps cells and columns', () => {
    const cells = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="B${i + 1}"><v>2</v></c></row>`,
    ).join('');
    expect(code(makeWorkbook({ sheet: cells }), { maxCells: 60 })).toBe('xlsx-too-large');
    expect(code(makeWorkbook({ sheet: cells }))).toBe('ok');
    expect(code(makeWorkbook({ sheet: '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>' }))).toBe('xlsx-too-large');
  });

  it('a sheet without a table is reported as empty', () => {
    expect(code(makeWorkbook({ sheet: '' }))).toBe('xlsx-empty-sheet');
    expect(code(makeWorkbook({ sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>Only a title</t></is></c></row>' }))).toBe(
      'xlsx-empty-sheet',
    );
  });

  it('never throws on random bytes, with or without a ZIP signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, zip) => {
        const input = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const result = xlsxToCsv(input);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('number and date text', () => {
  it('numbers: 15 significant digits, no exponent', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234.5600000000002)).toBe('1234.56');
    expect(numberText(-2000)).toBe('-2000');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(123456789012.34)).toBe('123456789012.34');
  });

  it('day serials in both date systems, with Excel’s 1900 leap-year bug', () => {
    expect(serialToIsoDate(1, false)).toBe('1900-01-01');
    expect(serialToIsoDate(59, false)).toBe('1900-02-28');
    expect(serialToIsoDate(61, false)).toBe('1900-03-01');
    expect(serialToIsoDate(45351, false)).toBe('2024-02-29');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(45351 - 1462, true)).toBe('2024-02-29');
    expect(serialToIsoDate(0, false)).toBeUndefined();
  });
});
