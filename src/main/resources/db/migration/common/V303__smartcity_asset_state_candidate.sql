-- Rules confirmed by two consecutive readings remember the level the latest reading indicated.
alter table sc_asset_state add column candidate varchar(20);
