import { describe, expect, it, vi } from 'vitest';
import { stderrLog } from './errors.ts';

describe('the error log outside requests', () => {
  it('writes the kind and stack of an error but never its message, which can quote SQL parameters', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const err = Object.assign(new Error('Failed query: insert …\nparams: leak@example.org'), { cause: { code: '23505' } });
    stderrLog.error({ err }, 'job queue error');
    const line = String(spy.mock.calls[0][0]);
    spy.mockRestore();
    expect(line).not.toContain('leak@example.org');
    expect(JSON.parse(line)).toMatchObject({ level: 'error', msg: 'job queue error', err: { type: 'Error', dbCode: '23505' } });
  });
});
