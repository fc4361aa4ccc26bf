// One territory by level and official code. Params: $level, $code. Returns: node
MATCH (n:Territory {level: $level, code: $code})
RETURN n {.*, __typename: 'Territory'} AS node
