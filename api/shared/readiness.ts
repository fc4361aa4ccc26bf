// What the start sequence has done so far. `npm start` runs each step through `step()`, which logs it
// with its duration; GET /readyz reads `state` and answers 503 until `markReady()`. A server started
// without one (tests, tools) is ready at once.

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface StepState {
  name: string;
  status: StepStatus;
  /** Duration in milliseconds, once the step has ended. */
  ms?: number;
}

export interface ReadinessState {
  ready: boolean;
  /** The step running now, if any. */
  step: string | null;
  steps: StepState[];
}

export type Log = (line: string) => void;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export class Readiness {
  private readonly steps: StepState[] = [];
  private ready = false;
  private readonly startedAt = Date.now();

  /** @param planned step names known in advance, shown as pending in /readyz until they run. */
  constructor(
    private readonly log: Log = () => {},
    planned: string[] = [],
  ) {
    for (const name of planned) this.steps.push({ name, status: 'pending' });
  }

  /** A readiness that is ready from the start: for servers started without a start sequence. */
  static immediate(): Readiness {
    const readiness = new Readiness();
    readiness.ready = true;
    return readiness;
  }

  /** Runs one start step: logs its start and its end with the time it took; a failure is logged and rethrown. */
  async step<T>(name: string, run: () => Promise<T>): Promise<T> {
    let entry = this.steps.find((s) => s.name === name && s.status === 'pending');
    if (!entry) {
      entry = { name, status: 'pending' };
      this.steps.push(entry);
    }
    entry.status = 'running';
    this.log(`[start] ${name}…`);
    const started = Date.now();
    try {
      const result = await run();
      entry.status = 'done';
      entry.ms = Date.now() - started;
      this.log(`[start] ${name} done in ${seconds(entry.ms)}`);
      return result;
    } catch (error) {
      entry.status = 'failed';
      entry.ms = Date.now() - started;
      this.log(`[start] ${name} failed after ${seconds(entry.ms)}`);
      throw error;
    }
  }

  /** Every step is done: /readyz answers 200 from now on (while Neo4j answers). */
  markReady(): void {
    this.ready = true;
    // Steps planned but never run (turned off by configuration) are not waited for.
    for (const entry of this.steps) if (entry.status === 'pending') entry.status = 'skipped';
    this.log(`[start] ready in ${seconds(Date.now() - this.startedAt)}`);
  }

  get state(): ReadinessState {
    return {
      ready: this.ready,
      step: this.steps.find((s) => s.status === 'running')?.name ?? null,
      steps: this.steps.map((s) => ({ ...s })),
    };
  }
}
