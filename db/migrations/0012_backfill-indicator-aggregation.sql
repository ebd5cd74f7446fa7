-- Databases made before definitions named how the province's figure relates to its communes':
-- a ratio's province figure is its communes' numerators over their denominators; every other
-- indicator seeded so far (ranks, shares in percent, milestones) is not made from theirs, which
-- the column's default already says.
UPDATE `indicators` SET `aggregation` = 'ratio-sum' WHERE `kind` = 'ratio' AND `aggregation` = 'none';
