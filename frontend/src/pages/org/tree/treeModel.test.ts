import { describe, expect, it } from 'vitest';
import type { OrgUnitPage } from '../../../api/types';
import { unit } from '../../../test/fixtures';
import { emptyTree, moreKey, pageLoaded, parseKey, pin, rootsLoaded, toTreeData } from './treeModel';

const page = (parentId: number, ids: number[], pageNo: number, total: number): OrgUnitPage => ({
  content: ids.map((id) => unit(id, parentId)),
  page: pageNo,
  size: 100,
  totalElements: total,
});

describe('tree model', () => {
  const root = unit(1, null, { kind: 'PROVINCIAL', childCount: 250 });

  it('shows roots as closed branches until their children are read', () => {
    const data = toTreeData(rootsLoaded(emptyTree, [root]));
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ key: '1', isLeaf: false });
    expect(data[0]?.children).toBeUndefined();
  });

  it('adds a "show more" node while pages remain, counting what is left', () => {
    let model = rootsLoaded(emptyTree, [root]);
    model = pageLoaded(model, 1, page(1, [10, 11], 0, 250));
    let kids = toTreeData(model)[0]?.children ?? [];
    expect(kids.map((k) => k.key)).toEqual(['10', '11', moreKey(1)]);
    expect(kids[2]?.remaining).toBe(248);

    model = pageLoaded(model, 1, page(1, [12], 1, 250));
    kids = toTreeData(model)[0]?.children ?? [];
    expect(kids.map((k) => k.key)).toEqual(['10', '11', '12', moreKey(1)]);
  });

  it('drops the "show more" node once everything is read', () => {
    const model = pageLoaded(rootsLoaded(emptyTree, [root]), 1, page(1, [10, 11], 0, 2));
    expect(toTreeData(model)[0]?.children?.map((k) => k.key)).toEqual(['10', '11']);
  });

  it('pins a search hit from an unread page and moves it into place when its page arrives', () => {
    let model = pageLoaded(rootsLoaded(emptyTree, [root]), 1, page(1, [10], 0, 3));
    model = pin(model, 1, unit(12, 1));
    expect(toTreeData(model)[0]?.children?.map((k) => k.key)).toEqual(['10', '12', moreKey(1)]);
    expect(toTreeData(model)[0]?.children?.[2]?.remaining).toBe(1);

    model = pageLoaded(model, 1, page(1, [11, 12], 1, 3));
    expect(toTreeData(model)[0]?.children?.map((k) => k.key)).toEqual(['10', '11', '12']);
  });

  it('replaces the children when the first page is read again', () => {
    let model = pageLoaded(rootsLoaded(emptyTree, [root]), 1, page(1, [10, 11], 0, 2));
    model = pageLoaded(model, 1, page(1, [9, 10, 11], 0, 3));
    expect(toTreeData(model)[0]?.children?.map((k) => k.key)).toEqual(['9', '10', '11']);
  });

  it('tells unit keys from "show more" keys', () => {
    expect(parseKey('42')).toEqual({ kind: 'unit', id: 42 });
    expect(parseKey(moreKey(7))).toEqual({ kind: 'more', id: 7 });
  });

  it('builds 20,000 loaded units quickly enough to re-render on every page', () => {
    let model = rootsLoaded(emptyTree, [unit(1, null, { childCount: 200 })]);
    const parents = Array.from({ length: 200 }, (_, i) => 1000 + i);
    model = pageLoaded(model, 1, {
      content: parents.map((id) => unit(id, 1, { childCount: 100 })),
      page: 0,
      size: 200,
      totalElements: 200,
    });
    for (const p of parents) {
      model = pageLoaded(
        model,
        p,
        page(
          p,
          Array.from({ length: 100 }, (_, i) => p * 1000 + i),
          0,
          100,
        ),
      );
    }
    const started = performance.now();
    const data = toTreeData(model);
    const elapsed = performance.now() - started;
    expect(data[0]?.children).toHaveLength(200);
    expect(model.units.size).toBe(20_201);
    expect(elapsed).toBeLessThan(1000);
  });
});
