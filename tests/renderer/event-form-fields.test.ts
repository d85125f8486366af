// Where the event form shows a refused save's issue: the channel's instants at the clock times the
// officer typed, and its one list of participants at the guest or host list that holds the person.
import { describe, expect, it } from 'vitest';
import { formFieldOf } from '../../renderer/src/features/programme/event-form-values';

// Two guests, one host; `saveInputOf` sends them as participantIds [guests…, hosts…, others…].
const lists = { guestIds: [11, 12], hostIds: [21] };

describe('a refused event save at the form\'s fields', () => {
  it('puts an end the handler refuses at the end time, and a start at the start time', () => {
    expect(formFieldOf('endsAt', lists)).toBe('ends');
    expect(formFieldOf('startsAt', lists)).toBe('starts');
  });

  it('puts a participant the handler refuses at the list the officer chose them in', () => {
    expect(formFieldOf('participantIds.0', lists)).toBe('guestIds');
    expect(formFieldOf('participantIds.1', lists)).toBe('guestIds');
    expect(formFieldOf('participantIds.2', lists)).toBe('hostIds');
  });

  it('sends one kept from a template, who is on neither list, to the form as a whole', () => {
    expect(formFieldOf('participantIds.3', lists)).toBe('root');
  });

  it('leaves the fields both name alike where they are, a language of the title included', () => {
    expect(formFieldOf('venueId', lists)).toBe('venueId');
    expect(formFieldOf('title.ru', lists)).toBe('title.ru');
  });
});
