/**
 * A retry button's handler. Apollo's refetch rejects when it fails again; the hook's `error`
 * already shows that, so the rejection needs no second handler.
 */
export function retry(refetch: () => Promise<unknown>): () => void {
  return () => {
    refetch().catch(() => undefined);
  };
}
