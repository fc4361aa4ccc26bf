// Fragment: place `p` meets every need in $accessibility (null: no filter). The accessibility filter of
// actors, actions, occurrences and the map's places.
($accessibility IS NULL OR all(need IN $accessibility WHERE
  // @include place/meets-need
))
