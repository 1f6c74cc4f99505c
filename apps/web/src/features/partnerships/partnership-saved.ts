/** Router state the new partnership's page reads, to say it was registered. */
export interface PartnershipSavedState {
  partnershipSaved: 'created' | 'updated';
}

export function savedState(state: unknown): PartnershipSavedState['partnershipSaved'] | null {
  const saved = (state as { partnershipSaved?: unknown } | null)?.partnershipSaved;
  return saved === 'created' || saved === 'updated' ? saved : null;
}
