-- Two languages (issue 18): the language a user chose with the switch on every page, kept on the user
-- so that it follows them to another device. A BCP 47 tag such as 'de'. Null: the browser's language.
alter table app_user add column language varchar(16);
