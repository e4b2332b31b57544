-- The staging rows live only inside one transaction: no WAL for them.
ALTER TABLE member_import_row SET UNLOGGED;
