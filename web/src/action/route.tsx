// Lazy route module: the action page, keyed by slug so another action is a new page, not this one updating.
import { useParams } from 'wouter';
import { ActionPage } from './ActionPage';

export function Component() {
  const { slug } = useParams();
  return <ActionPage key={slug} />;
}
