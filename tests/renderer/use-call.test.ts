import { describe, expect, it } from 'vitest';
import { askOnce } from '../../renderer/src/components/use-call';

/** A question whose answer arrives when the test says so. */
function pending<T>() {
  let answer!: (value: T) => void;
  let fail!: (failure: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { ask: () => promise, answer, fail };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useCall keeps only the answer to the question asked now', () => {
  it('drops the answer for "Heyd" that arrives after the officer typed "Heydarov"', async () => {
    const shown: string[] = [];
    const first = pending<string>();
    const second = pending<string>();
    const stopFirst = askOnce(first.ask, (hits) => shown.push(hits), () => shown.push('failed'));
    stopFirst(); // the input changed: the effect's cleanup runs before the next question
    askOnce(second.ask, (hits) => shown.push(hits), () => shown.push('failed'));
    second.answer('hits for Heydarov');
    first.answer('hits for Heyd');
    await settled();
    expect(shown).toEqual(['hits for Heydarov']);
  });

  it('shows no failure of a question asked by a screen that has closed', async () => {
    const failures: unknown[] = [];
    const question = pending<string>();
    const stop = askOnce(question.ask, () => undefined, (failure) => failures.push(failure));
    stop(); // unmounted
    question.fail(new Error('not_found'));
    await settled();
    expect(failures).toEqual([]);
  });

  it('hands on the failure of the current question', async () => {
    const failures: unknown[] = [];
    const question = pending<string>();
    askOnce(question.ask, () => undefined, (failure) => failures.push(failure));
    question.fail(new Error('conflict.busy'));
    await settled();
    expect(failures).toHaveLength(1);
  });
});
