export const directory = {
  people: {
    title: 'People',
    subtitle: 'Officials of our ministry and of partner organisations',
    empty: 'No people yet — load the demo office in Settings.',
    columns: {
      name: 'Name',
      rank: 'Rank',
      position: 'Position',
      organization: 'Organisation',
      precedence: 'Precedence',
    },
  },
  organizations: {
    title: 'Organisations',
    subtitle: 'Ministries and agencies, ours and our partners',
    empty: 'No organisations yet — load the demo office in Settings.',
    ours: 'Ours',
    columns: {
      name: 'Name',
      shortName: 'Short name',
      country: 'Country',
      parent: 'Part of',
    },
  },
};
