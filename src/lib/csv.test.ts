import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', 2]]);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes only when needed and doubles inner quotes', () => {
    const csv = toCsv(['x'], [['plain'], ['a,b'], ['say "hi"'], ['line1\nline2'], ['cr\r'], ['Иванову Ивану']]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"line1\nline2"', '"cr\r"', 'Иванову Ивану']);
  });

  it('writes null as an empty cell and numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, -3, 0]])).toBe('\uFEFFa,b,c\r\n,-3,0\r\n');
  });

  it('neutralises cells a spreadsheet would evaluate as a formula', () => {
    const rows = [['=HYPERLINK("http://x","y")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['a=b']];
    const lines = toCsv(['h'], rows).slice(1).split('\r\n');
    expect(lines.slice(1, 6)).toEqual(['"\'=HYPERLINK(""http://x"",""y"")"', "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(lines[6]).toBe('"\'\rx"');
    expect(lines[7]).toBe('a=b');
  });

  it('applies the same protection to header cells', () => {
    expect(toCsv(['=1'], [])).toBe("\uFEFF'=1\r\n");
  });
});
