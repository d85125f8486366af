// An event's seating chart and place cards as printed documents, and the buttons that print them.
export const seatingPrint = {
  seatingPrint: {
    titles: { seating: 'Seating chart', placeCards: 'Place cards' },
    layouts: { talks: 'Talks', signing: 'Signing ceremony', presidium: 'Presidium', banquetFrench: 'French banquet', banquetEnglish: 'English banquet' },
    when: '{{date}}, {{time}}',
    sides: { guest: 'Delegation', host: 'Azerbaijani side' },
    entrance: 'Entrance',
    legend: { guestFlag: 'Flag of the delegation', hostFlag: 'Flag of Azerbaijan', interpreter: 'Interpreter', standing: 'Standing' },
    emptySeat: 'free',
    nobodySeated: 'Nobody is seated at this event yet.',
    printChart: 'Print chart',
    printCards: 'Print place cards',
    paper: 'Paper: {{paper}}, landscape',
    print: 'Print',
    savePdf: 'Save as PDF…',
  },
};
