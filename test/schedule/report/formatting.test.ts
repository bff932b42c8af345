import { escapeHtml } from '../../../src/schedule/report/escapeHtml';
import { formatPx, svgEl } from '../../../src/schedule/report/svgElement';

describe('escaping and SVG elements', () => {
  it('escapes every markup character and strips control characters', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>\u0001`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;\ufffd');
  });

  it('escape output contains no raw < > " \' and decodes back to the input', () => {
    const input = `a<b>"c"&'d'&amp;`;
    const out = escapeHtml(input);
    expect(out).not.toMatch(/[<>"']/);
    const decoded = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe(input);
  });

  it.each<[number, string]>([[1.005, '1'], [12.3456, '12.35'], [-0.001, '0'], [NaN, '0'], [Infinity, '0'], [300, '300']])('formatPx(%p) = %s', (v, s) =>
    expect(formatPx(v)).toBe(s));

  it('svgEl escapes attribute values and self-closes without content', () => {
    expect(svgEl('rect', { x: 1.234, title: 'a"b<c', skip: undefined })).toBe('<rect x="1.23" title="a&quot;b&lt;c"/>');
    expect(svgEl('g', {}, 'x')).toBe('<g>x</g>');
  });
});
