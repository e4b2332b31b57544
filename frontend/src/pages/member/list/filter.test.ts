import { describe, expect, it } from 'vitest';
import { filterQuery } from '../useMemberQueries';
import { filterFromParams, paramsOf } from './index';

describe('member list filter in the URL', () => {
  it('round-trips every filter through the URL', () => {
    const url =
      'q=nguyen+thi&orgUnitId=12&status=OFFICIAL&status=PROBATIONARY&sex=F&minAge=30&maxAge=40' +
      '&ethnicity=TAY&theoryLevel=ADVANCED&admittedFrom=2000-01-01&admittedTo=2010-12-31&page=2&size=50';
    const filter = filterFromParams(new URLSearchParams(url));
    expect(filter).toEqual({
      q: 'nguyen thi',
      orgUnitId: 12,
      status: ['OFFICIAL', 'PROBATIONARY'],
      sex: 'F',
      minAge: 30,
      maxAge: 40,
      ethnicity: 'TAY',
      theoryLevel: 'ADVANCED',
      admittedFrom: '2000-01-01',
      admittedTo: '2010-12-31',
      page: 2,
      size: 50,
    });
    expect(paramsOf(filter).toString()).toBe(url);
  });

  it('drops values the server would refuse instead of sending them', () => {
    const filter = filterFromParams(
      new URLSearchParams('status=NOBODY&sex=X&minAge=-3&maxAge=abc&ethnicity=ELF&admittedFrom=1/1/2000'),
    );
    expect(filter.status).toEqual([]);
    expect(filter.sex).toBeUndefined();
    expect(filter.minAge).toBeUndefined();
    expect(filter.maxAge).toBeUndefined();
    expect(filter.ethnicity).toBeUndefined();
    expect(filter.admittedFrom).toBeUndefined();
    expect(paramsOf(filter).toString()).toBe('');
  });

  it('sends the export the same filters as the list, without paging', () => {
    const filter = filterFromParams(new URLSearchParams('q=tuyen&status=OFFICIAL&minAge=18&page=3'));
    expect(filterQuery(filter)).toEqual({
      q: 'tuyen',
      orgUnitId: undefined,
      status: ['OFFICIAL'],
      sex: undefined,
      minAge: 18,
      maxAge: undefined,
      ethnicity: undefined,
      theoryLevel: undefined,
      admittedFrom: undefined,
      admittedTo: undefined,
    });
  });
});
