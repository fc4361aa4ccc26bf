// Whether the server is still loading its data (GET /readyz answers 503 "starting" during the first
// run's territory import and demo load; api/serving/health.ts). Checked once at load; while starting,
// asked again with a growing delay, and `onReady` runs once it is done so the page reloads its data.
import { useEffect, useRef, useState } from 'react';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10_000;

type Answer = 'starting' | 'ready' | 'other';

async function askReadiness(): Promise<Answer> {
  const response = await fetch('/readyz', { cache: 'no-store', headers: { accept: 'application/json' } });
  // The body is read in every case: a response left unread keeps its request open in the browser.
  const body = (await response.json().catch(() => ({}))) as { status?: string };
  if (response.ok) return 'ready';
  return body.status === 'starting' ? 'starting' : 'other';
}

export function useReadiness(onReady: () => void): boolean {
  const [starting, setStarting] = useState(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_DELAY_MS;
    let wasStarting = false;
    const check = async () => {
      // A failed request while starting (the server restarting) is asked again; at first, it is left to the page.
      const answer = await askReadiness().catch((): Answer => (wasStarting ? 'starting' : 'other'));
      if (cancelled) return;
      if (answer === 'starting') {
        wasStarting = true;
        setStarting(true);
        timer = setTimeout(check, delay);
        delay = Math.min(delay * 1.5, MAX_DELAY_MS);
        return;
      }
      setStarting(false);
      if (wasStarting && answer === 'ready') onReadyRef.current();
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  return starting;
}
