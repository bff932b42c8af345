/** The one plain-text table renderer (src/format/table.ts). */
import { formatTable } from '../../src/format';

describe('formatTable', () => {
  it('aligns columns (left first, right others) under a dashed rule', () => {
    const lines = formatTable(['name', 'value [s]'], [['a', '1'], ['longer name', '12345']]);
    expect(lines).toEqual([
      '  name         value [s]',
      '  -----------  ---------',
      '  a                    1',
      '  longer name      12345',
    ]);
  });

  it('counts characters, not UTF-16 units, and pads missing cells', () => {
    const lines = formatTable(['κ', 'x', 'y'], [['κ_eff', '1'], ['µs']], ['l', 'l', 'r']);
    expect(lines[0]).toBe('  κ      x  y');
    expect(lines[3]).toBe('  µs');
  });
});
