import { parseCsv, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv(['t'], [['Skolvägar, trygga'], ['Say "hej"'], ['two\nlines']])).toBe(
      't\r\n"Skolvägar, trygga"\r\n"Say ""hej"""\r\n"two\nlines"\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(['t', 'n'], [['=HYPERLINK("x")', -3]])).toBe('t,n\r\n"\'=HYPERLINK(""x"")",-3\r\n');
  });

  it('writes null as an empty field and reads everything back', () => {
    const rows = [
      ['Ett, två', null, 7.123456789012345],
      ['"quoted"', 'line\r\nbreak', 0.1 + 0.2],
    ];
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
    expect(parsed).toEqual([
      ['a', 'b', 'c'],
      ['Ett, två', '', '7.123456789012345'],
      ['"quoted"', 'line\r\nbreak', String(0.1 + 0.2)],
    ]);
    expect(Number(parsed[2]![2])).toBe(0.1 + 0.2);
  });
});
