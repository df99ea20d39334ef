-- How a write came (docs/design.md "Bulk exchange"): null for a request on one resource or a
-- batch, "import <id>" for a bulk import, so that a row's history says which import changed it.
alter table revision add column source varchar(100);
