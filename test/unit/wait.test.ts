// The tests' own wait (test/support/wait.ts): a state that must never be seen fails the
// wait at once, even when the condition holds a moment later; anything else thrown is "not yet".
import { describe, expect, it } from 'vitest';
import { StopWaiting, waitFor } from '../support/wait.js';

describe('waitFor', () => {
  it('lets a StopWaiting through at once, though the condition would hold on the next poll', async () => {
    let polls = 0;
    const wait = waitFor(() => {
      polls++;
      if (polls === 1) throw new StopWaiting('a prompt is up');
      return 'the row';
    }, 5000, 1);
    await expect(wait).rejects.toThrow('a prompt is up');
    expect(polls).toBe(1);
  });

  it('takes any other error for "not yet", and returns what the condition returns once it holds', async () => {
    let polls = 0;
    const value = await waitFor(() => {
      polls++;
      if (polls < 3) throw new Error('no answer yet');
      return 'the row';
    }, 5000, 1);
    expect(value).toBe('the row');
    expect(polls).toBe(3);
  });

  it('names the last error when it gives up', async () => {
    await expect(waitFor(() => {
      throw new Error('the file is not there');
    }, 20, 1)).rejects.toThrow('timed out after 20 ms: Error: the file is not there');
  });
});
