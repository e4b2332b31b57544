import type { Translation } from '../types';
import type vi from '../vi-VN/org';

const org: Translation<typeof vi> = {
  kind: {
    NATIONAL: 'National Party organisation',
    PROVINCIAL: 'Provincial / city Party committee',
    COMMUNE: 'Commune / ward Party committee',
    SECTORAL: 'Directly subordinate Party committee',
    GRASSROOTS_COMMITTEE: 'Grassroots Party committee',
    GRASSROOTS_CELL: 'Grassroots Party cell',
    PARTIAL_COMMITTEE: 'Partial Party committee',
    CELL: 'Party cell',
    PARTY_GROUP: 'Party group',
  },
  tree: {
    title: 'Party organisation tree',
    label: 'Party organisation tree',
    loadMore: 'Show more ({remaining} more units)',
    loadingMore: 'Loading more…',
    empty: 'There is no Party organisation in your scope yet.',
  },
  search: {
    placeholder: 'Find an organisation by name (diacritics optional)',
    label: 'Find an organisation',
    noResults: 'No organisation found',
    more: '{count} more results, please type more precisely',
  },
  detail: {
    title: 'Organisation',
    placeholder: 'Select an organisation in the tree to see its details.',
    kind: 'Kind',
    code: 'Code',
    depth: 'Level in the tree',
    depthValue: 'Level {depth}',
    childCount: 'Direct subordinate units',
    path: 'Path',
    viewMembers: 'View members',
    createChild: 'Add a subordinate unit',
    noChildKinds: 'Units of this kind have no subordinate units.',
  },
  create: {
    title: 'Add a unit under {parent}',
    kind: 'Kind',
    kindRequired: 'Please choose the kind',
    code: 'Code',
    codeRequired: 'Please enter the code',
    codePattern: 'Only unaccented letters, digits, dot, dash and underscore',
    codeHelp: 'Unique in the whole system, at most 40 characters',
    name: 'Name',
    nameRequired: 'Please enter the name',
    submit: 'Create',
    created: '{name} created',
  },
  picker: {
    placeholder: 'Choose a Party organisation',
    label: 'Party organisation',
  },
};

export default org;
