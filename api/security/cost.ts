// The cost of an operation: the most values its response can hold. Each field counts 1 per value
// it yields, a list field's items multiply what they select by the list's bound (LIST_BOUNDS: its
// `first`, the enclosing connection's `first`, a closed enum, or a bound fixed by the model). Computed
// once the operation is known, with its variables, so a `first` passed as a variable counts as a
// literal one does.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isEnumType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIST_BOUNDS, type ListBound } from './list-bounds.js';

/** A list the table does not know (the start refuses such a schema): counted at the largest page. */
const UNKNOWN_LIST_SIZE = 100;

type Args = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argsOf(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Record<string, unknown>): Args | null {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // A variable of the wrong type: execution will refuse it; count the list at its largest meanwhile.
    return null;
  }
}

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** How many items a list field can yield, given its arguments and its parent's. */
function listSize(schema: GraphQLSchema, bound: ListBound | undefined, args: Args | null, parentArgs: Args | null): number {
  if (!bound) return UNKNOWN_LIST_SIZE;
  switch (bound.by) {
    case 'first': {
      const n = args === null ? bound.max : (number(args.first) ?? bound.default);
      return Math.max(0, Math.min(n, bound.max));
    }
    case 'parent': {
      const n = parentArgs === null ? null : number(parentArgs[bound.arg]);
      return n === null ? bound.max : Math.max(0, Math.min(n, bound.max));
    }
    case 'enum': {
      const type = schema.getType(bound.enum);
      return isEnumType(type) ? type.getValues().length : UNKNOWN_LIST_SIZE;
    }
    case 'model':
      return bound.max;
  }
}

function selectionCost(walk: Walk, type: GraphQLCompositeType, set: SelectionSetNode, parentArgs: Args | null, seen: Set<string>): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') {
        total += 1;
        continue;
      }
      // Introspection is its own switch (INTROSPECTION); its nested lists are the schema's size.
      if (name.startsWith('__')) continue;
      // Unions have no fields of their own; interfaces and objects do.
      const def = 'getFields' in type ? type.getFields()[name] : undefined;
      if (!def) continue;
      const args = argsOf(def, selection, walk.variables);
      const nullable = getNullableType(def.type);
      const items = isListType(nullable) ? listSize(walk.schema, LIST_BOUNDS[`${type.name}.${name}`], args, parentArgs) : 1;
      const named = getNamedType(def.type);
      const inner = selection.selectionSet && isCompositeType(named) ? selectionCost(walk, named, selection.selectionSet, args, seen) : 0;
      total += items * (1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      // Fragments on several possible types are added up: an upper bound.
      if (on && isCompositeType(on)) total += selectionCost(walk, on, selection.selectionSet, parentArgs, seen);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value);
      if (!on || !isCompositeType(on)) continue;
      seen.add(fragment.name.value);
      total += selectionCost(walk, on, fragment.selectionSet, parentArgs, seen);
      seen.delete(fragment.name.value);
    }
  }
  return total;
}

/** The cost of one operation of a validated document. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables }, root, operation.selectionSet, null, new Set());
}

/** The refusal of an operation over the limit: a validation failure (HTTP 400) naming the limit. */
export function costRefusal(cost: number, limit: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds the limit of ${limit}.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}
