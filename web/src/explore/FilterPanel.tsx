// The explorer's filters (facets): what narrows the selection down, with counts from the API.
export function FilterPanel() {
  return <aside className="filters" />;
}
