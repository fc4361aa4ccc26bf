// Lazy route module: the actor page, keyed by slug so another actor is a new page, not this one updating.
import { useParams } from 'wouter';
import { ActorPage } from './ActorPage';

export function Component() {
  const { slug } = useParams();
  return <ActorPage key={slug} />;
}
