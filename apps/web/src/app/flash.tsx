import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from './form-status';

/** Outcomes that are said on the page a person lands on after them. */
export const FLASHES = ['signedIn', 'signedOut', 'invitationAccepted'] as const;
export type Flash = (typeof FLASHES)[number];

/** Router state that carries a flash to the next page: not in the address, so no bookmark or shared link shows it. */
export function flashState(flash: Flash): { flash: Flash } {
  return { flash };
}

function readFlash(state: unknown): Flash | null {
  const flash = (state as { flash?: unknown } | null)?.flash;
  return (FLASHES as readonly unknown[]).includes(flash) ? (flash as Flash) : null;
}

/** The flash of the page just reached, in a live region that stays on every page. */
export function FlashMessage() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const flash = readFlash(state);
  return <FormSuccess>{flash ? t(`flash.${flash}`) : null}</FormSuccess>;
}
