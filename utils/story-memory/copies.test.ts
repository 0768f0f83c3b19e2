import { describe, expect, it } from 'vitest';
import { copyNotes } from './copies';

describe('copyNotes', () => {
  it("says when the other copy is on the agency's own site and this one credits nobody", () => {
    expect(copyNotes({ site: 'tucson.com', agencies: [] }, { site: 'apnews.com', agencies: [] })).toEqual({ agencySite: 'ap', creditedThereNotHere: ['ap'] });
    expect(copyNotes({ site: 'tucson.com', agencies: [] }, { site: 'uk.reuters.com', agencies: ['reuters'] })).toEqual({
      agencySite: 'reuters',
      creditedThereNotHere: ['reuters'],
    });
  });

  it('says when the other copy credits an agency this one does not', () => {
    expect(copyNotes({ site: 'cooperativa.cl', agencies: [] }, { site: '24horas.cl', agencies: ['efe'] })).toEqual({
      agencySite: null,
      creditedThereNotHere: ['efe'],
    });
  });

  it('says nothing when both credit the same agency, or this copy is the agency’s own', () => {
    expect(copyNotes({ site: 'tucson.com', agencies: ['ap'] }, { site: 'apnews.com', agencies: ['ap'] }).creditedThereNotHere).toEqual([]);
    expect(copyNotes({ site: 'apnews.com', agencies: [] }, { site: 'tucson.com', agencies: ['ap'] })).toEqual({ agencySite: null, creditedThereNotHere: [] });
  });
});
