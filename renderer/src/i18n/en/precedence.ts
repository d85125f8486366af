// Settings → Order of precedence: the office's ranking table of posts and ranks.
export const precedence = {
  precedence: {
    title: 'Order of precedence',
    hint: 'Each post and rank stands at a tier, 1 the highest; a post and a rank at the same tier are of equal rank. People are ordered by the higher of their post’s and their rank’s tier, then by time in post (the longest-serving first), then by the precedence number on their card.',
    tableLabel: 'Posts and ranks',
    columns: {
      tier: 'Tier',
      kind: 'Kind',
      name: { az: 'Name in Azerbaijani', ru: 'Name in Russian', en: 'Name in English' },
    },
    kinds: { post: 'Post', rank: 'Rank' },
    rowField: '{{field}}, row {{row}}',
    remove: 'Remove row {{row}}',
    addEntry: 'Add a post or rank',
    empty: 'The table is empty: nobody is ordered by post or rank.',
    guestsFirst: 'At equal tier, foreign guests go before our hosts',
    save: 'Save',
    saved: 'Order of precedence saved.',
  },
};
