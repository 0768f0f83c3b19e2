import type { Evidence, OriginalSource, Status } from '../report';

/** A detector's claim that the page has a given editorial status, with the evidence for it. */
export interface StatusSignal {
  status: Exclude<Status, 'staff'>;
  /** 0..1: how strongly this evidence alone supports the status. */
  strength: number;
  evidence: Evidence;
  /** Republished: the original publisher's name. */
  originalPublisher?: string | null;
  /** Unedited wire copy: the publisher the disclaimer names as not having edited the text. */
  uneditedBy?: string | null;
  /** Where the original can be found, when the evidence says. */
  source?: OriginalSource;
}
