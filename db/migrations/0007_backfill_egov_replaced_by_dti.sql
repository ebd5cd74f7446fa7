-- Databases seeded before indicators could name their replacement: the DTI took the place of the
-- e-government ranking. Only where both seeded indicators exist and nobody has set it otherwise.
UPDATE `indicators` SET `replaced_by` = 'dti-rank', `replaced_from` = 2021
WHERE `code` = 'egov-rank' AND `replaced_by` IS NULL
  AND EXISTS (SELECT 1 FROM `indicators` WHERE `code` = 'dti-rank');
