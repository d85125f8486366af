// Name badges for a visit's delegation and our participants, and the menu that prints them.
export const badges = {
  badges: {
    title: 'Name badges',
    sides: { guest: 'Delegation', host: 'Our side', both: 'Both sides' },
    printBadges: 'Print badges',
    print: 'Print',
    savePdf: 'Save as PDF…',
    nobody: 'Nobody is listed on this side of the visit yet.',
  },
};
