-- The member list is ordered by (sort_key, id): this index serves the first page of any large list without a sort,
-- and a page asked for with a cursor (sort_key, id) > (:key, :id) at the same cost however deep it is.
CREATE INDEX member_sort_key_idx ON member (sort_key, id);
