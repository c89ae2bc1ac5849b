-- A course states the language its text is written in (issue 18): a BCP 47 tag such as en, de or
-- pt-BR, from course.yaml's optional "language" (English when absent). The app marks the course's
-- text with it (the lang attribute), so that screen readers speak it in that language.
alter table course add column language varchar(35) default 'en' not null;
