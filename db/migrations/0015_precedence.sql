-- A person's place in the office's ranking table (Settings' precedenceTable): their post and rank
-- by key, and since when they hold the post. The table lives in Settings, so a key the office has
-- since removed is read as no tier, not refused.
ALTER TABLE people ADD COLUMN post_tier TEXT CHECK (post_tier IS NULL OR post_tier NOT GLOB '*[^a-z0-9-]*' AND length(post_tier) BETWEEN 1 AND 40);
ALTER TABLE people ADD COLUMN rank_tier TEXT CHECK (rank_tier IS NULL OR rank_tier NOT GLOB '*[^a-z0-9-]*' AND length(rank_tier) BETWEEN 1 AND 40);
ALTER TABLE people ADD COLUMN in_post_since TEXT CHECK (in_post_since IS NULL OR in_post_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
