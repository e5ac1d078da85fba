/**
 * What a matrix tool shows where its clients' part goes while that part is fetched (a busy line),
 * or when it cannot be (an alert): the fallback of the tools' lazy parts.
 */
import type { VNode } from 'preact';

export function partLoading(failed: boolean, texts: { loading: string; failed: string }, part: string): VNode {
  return failed ? (
    <p class="mx-error" role="alert" data-error="part">
      {texts.failed}
    </p>
  ) : (
    <p class="muted" aria-busy="true" data-loading={part}>
      {texts.loading}
    </p>
  );
}
