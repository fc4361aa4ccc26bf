// How many territories of each level are stored. Returns: level, count
MATCH (t:Territory)
RETURN t.level AS level, count(*) AS count
