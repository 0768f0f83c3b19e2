// The editorial statuses as the command line's help and the batch summary name and colour them.
import type { Status } from '../lib/report';

export const STATUS_LABELS: Record<Status, string> = {
  staff: "staff: the publisher's own reporting",
  'wire-unedited': 'wire-unedited: agency or feed copy published without editing',
  wire: 'wire: agency copy',
  'wire-assisted': 'wire-assisted: staff story with agency material',
  republished: 'republished: from another publisher',
  'press-release': 'press-release: a press release carried as is',
  sponsored: 'sponsored: paid content',
  'not-article': 'not-article: home pages, listings, other pages',
};

/** Distinguishable for the common colour-vision deficiencies (Okabe–Ito), not-article in grey. */
export const STATUS_COLORS: Record<Status, string> = {
  staff: '#0072B2',
  'wire-unedited': '#D55E00',
  wire: '#E69F00',
  'wire-assisted': '#F0E442',
  republished: '#CC79A7',
  'press-release': '#009E73',
  sponsored: '#56B4E9',
  'not-article': '#BBBBBB',
};
