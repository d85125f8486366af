// The one hook for loading: ask a channel, keep its answer, and never let an answer to an
// older question overwrite the newer one's.
import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../domain/contract';
import { call } from '../api';
import { showError } from '../store/notices-store';

/**
 * Asks once and hands the outcome on, unless the returned `stop` was called first: the question
 * changed, or the screen that asked is gone. A failure that arrives in time goes to `onFailure`.
 */
export function askOnce<T>(ask: () => Promise<T>, onAnswer: (answer: T) => void, onFailure: (failure: unknown) => void): () => void {
  let current = true;
  ask().then(
    (answer) => {
      if (current) onAnswer(answer);
    },
    (failure: unknown) => {
      if (current) onFailure(failure);
    },
  );
  return () => {
    current = false;
  };
}

export interface CallOptions {
  /** Asks again, keeping the last answer meanwhile, whenever this changes (compared as React compares deps). */
  version?: unknown;
  /** Failures the screen shows in place; every other failure becomes a notice. */
  shownInPlace?: (failure: unknown) => boolean;
}

export interface Call<Output> {
  /** The latest answer, kept while a new question is asked; null before the first. */
  data: Output | null;
  /** The failure of the current question, if it failed. */
  error: unknown;
  /** The current question (input) has no answer yet. Asking the same question again doesn't count. */
  loading: boolean;
  /** Asks the same question again, e.g. after a save. */
  reload(): void;
}

type Answer<Output> = { key: string | null; data: Output | null; error: unknown };

/**
 * What `channel` answers for `input`; `null` asks nothing (the dialog is closed, nothing is typed).
 * A new input, `options.version` or `reload()` asks again.
 */
export function useCall<C extends Channel>(channel: C, input: ChannelInput<C> | null, options: CallOptions = {}): Call<ChannelOutput<C>> {
  const { version, shownInPlace } = options;
  // The question as text: a new object with the same content is the same question.
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<Answer<ChannelOutput<C>>>({ key: null, data: null, error: null });
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((old) => old + 1), []);

  useEffect(() => {
    if (key === null) return;
    return askOnce(
      () => call(channel, JSON.parse(key) as ChannelInput<C>),
      (data) => setAnswer({ key, data, error: null }),
      (failure) => {
        setAnswer((old) => ({ ...old, key, error: failure }));
        if (!shownInPlace?.(failure)) showError(failure);
      },
    );
    // `shownInPlace` is read when a failure arrives, not a reason to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, version, asked]);

  return {
    data: answer.data,
    error: answer.key === key ? answer.error : null,
    loading: key !== null && answer.key !== key,
    reload,
  };
}
