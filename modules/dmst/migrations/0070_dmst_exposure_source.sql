-- Issue 18 item 4: where an exposure of part 2° comes from — declared by the company (its workforce
-- declaration, its occupational risk assessment) or observed by the physician (or the team) at a
-- consultation or a workplace visit. The rows recorded before were typed in the record by the
-- clinicians, as the barometer reads them ("observed"): they are 'physician'.
ALTER TABLE dmst_exposures ADD COLUMN source TEXT NOT NULL DEFAULT 'physician' CHECK (source IN ('company', 'physician'));
