-- Matching distractors (a right-hand choice with no item) carry no credit: weight 0 (issue 16). Course
-- files and the editor stored 0, the GIFT and CSV importers 1, so GIFT and CSV exports skipped matching
-- questions whose distractors would come back with another weight. Marking never read this weight, so
-- setting it everywhere, old versions included, changes no score.
update question_option set weight = 0
where text is null and match_text is not null
  and version_id in (select id from question_version where type = 'MATCHING');
