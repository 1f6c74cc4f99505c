import type { MouseEvent } from 'react';
import { Button, Loader, type ButtonProps } from '@mantine/core';

type Props = ButtonProps & {
  busy?: boolean;
  type?: 'button' | 'submit';
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
};

/**
 * A button that shows its work without becoming `disabled`: a disabled button drops the keyboard
 * focus to the page, so the person would lose their place. While busy it is aria-disabled and
 * ignores presses.
 */
export function BusyButton({ busy = false, onClick, type = 'button', children, ...props }: Props) {
  return (
    <Button
      {...props}
      type={type}
      aria-disabled={busy || undefined}
      data-disabled={busy || undefined}
      leftSection={busy ? <Loader size={14} color="currentColor" aria-hidden="true" /> : props.leftSection}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {children}
    </Button>
  );
}
