// Programme → an event's seating plan: the drawing, its layouts and what is wrong with it.
export const seating = {
  seating: {
    open: 'Seating',
    title: 'Seating plan: {{event}}',
    layout: 'Layout',
    layouts: { talks: 'Talks', signing: 'Signing ceremony', presidium: 'Presidium' },
    hint: 'Seen from above, the entrance at the bottom. Seats follow the order of precedence.',
    picture: '{{layout}} seating plan for “{{event}}”, seen from above, the entrance at the bottom: {{people}}',
    seatOf: '{{name}}, {{place}}',
    place: { principal: 'head of side', member: 'at the table', interpreter: 'interpreter', standing: 'standing' },
    emptySeat: 'Empty seat',
    nobody: 'Nobody takes part in this event yet.',
    entrance: 'Entrance',
    sides: { guest: 'Delegation', host: 'Our side' },
    flag: { guest: 'The delegation’s flag', host: 'Our flag' },
    legend: { interpreter: 'Interpreter', standing: 'Standing' },
    problemsTitle: 'Problems',
    noProblems: 'No problems found',
    problems: {
      notTakingPart: '{{name}} has a seat but does not take part in the event.',
      withoutSeat: '{{name}} has no seat.',
      seatTwice: 'One seat is given to several people: {{names}}.',
      interpreterAway: 'The interpreter {{name}} sits neither beside nor behind their principal.',
    },
    unknownPerson: 'Person #{{id}}',
  },
};
