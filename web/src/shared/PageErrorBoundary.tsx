// Catches what a page throws (or a chunk that cannot load) so the frame stays and the visitor gets a
// way out; a new address clears it. A class component is React's only way to catch render errors;
// written here rather than pulling react-error-boundary (1.5 kB gzip) onto the first page for these lines.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Changes (the address) reset a caught error. */
  resetKey: string;
  fallback: ReactNode;
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failedAt: string | null }> {
  state = { failedAt: null as string | null };

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: '' };
  }

  componentDidCatch(error: unknown): void {
    this.setState({ failedAt: this.props.resetKey });
    console.error(error);
  }

  render(): ReactNode {
    const { failedAt } = this.state;
    if (failedAt !== null && (failedAt === '' || failedAt === this.props.resetKey)) return this.props.fallback;
    return this.props.children;
  }
}
