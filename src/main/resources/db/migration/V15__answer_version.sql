-- Two tabs or two devices on one attempt must not overwrite each other unknowingly (issue 13): each
-- answer counts its saves, a page sends the count it last saw, and a save from a page that is behind
-- is refused with the stored answer, which the page then shows. Flags are not counted: a flag set in
-- two windows agrees with itself.
alter table response add column answer_version int not null default 0;
