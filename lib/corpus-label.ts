// One labelled page of an evaluation folder, in the format of the corpus README
// (../shared/corpus/README.md): what `npm run eval` scores reports against, and what the reader's
// corrections ("This is wrong") are exported as.

export interface CorpusLabel {
  id: string;
  /** The saved page, relative to the labels file. */
  file: string;
  url: string | null;
  lang: string | null;
  publisher: string | null;
  isArticle: boolean;
  /** A status name of lib/report.ts (a file read back may hold any string; the scorer compares). */
  status: string;
  /** Other statuses also counted right. */
  statusAlt: string[];
  agencies: string[];
  /** Agencies a report may name or not. */
  optionalAgencies: string[];
  photoOnlyAgencies: string[];
  disclaimer: string | null;
  republishedFrom: string | null;
  embeds: { platform: string; url: string | null; handle: string | null }[];
  evidence: string[];
  notes: string;
  /** A page made for the corpus, not saved from the web. */
  constructed: boolean;
}
