export const search = {
  globalSearch: {
    open: 'Search',
    placeholder: 'Search people, visits, agreements… in any script',
    label: 'Search the whole office',
    nothingFound: 'Nothing found',
    hint: 'Type a name or title in Azerbaijani, Russian or English',
    kinds: {
      person: 'People',
      organization: 'Organisations',
      venue: 'Venues',
      visit: 'Visits',
      event: 'Programme events',
      agreement: 'Agreements',
      document: 'Documents',
    },
  },
};
