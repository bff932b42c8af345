import { runCapture } from './helpers';

describe('qnewton CLI shell', () => {
  it('prints help and exits 0', async () => {
    const r = await runCapture(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('qnewton');
  });

  it('rejects a missing command with exit 2 and one line', async () => {
    const r = await runCapture([]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/command/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await runCapture(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/qnewton:/);
  });
});
