// Fragment: place `p` meets the accessibility need `need` (an AccessibilityNeed): the one mapping from
// the API's needs to the properties a place stores (MENTAL is `intellectual`). Unknown (null) is not met.
(CASE need WHEN 'WHEELCHAIR' THEN p.wheelchair WHEN 'HEARING' THEN p.hearing WHEN 'SIGHT' THEN p.sight WHEN 'MENTAL' THEN p.intellectual END = true)
