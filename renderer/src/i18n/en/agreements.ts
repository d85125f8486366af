export const agreements = {
  agreements: {
    title: 'Agreements',
    subtitle: 'Plans, memoranda and agreements with partners',
    empty: 'No agreements yet — load the demo office in Settings.',
    columns: {
      title: 'Title',
      type: 'Type',
      parties: 'Parties',
      signedOn: 'Signed on',
      validity: 'Valid',
      status: 'Status',
    },
  },
  agreementType: {
    joint_action_plan: 'Joint action plan',
    memorandum: 'Memorandum of understanding',
    agreement: 'Agreement',
    protocol: 'Protocol',
    other: 'Other',
  },
  agreementStatus: {
    draft: 'Draft',
    under_negotiation: 'Under negotiation',
    signed: 'Signed',
    in_force: 'In force',
    expired: 'Expired',
    terminated: 'Terminated',
  },
  /** Partners the office deals with most; others are named by Intl where it knows the language. */
};
