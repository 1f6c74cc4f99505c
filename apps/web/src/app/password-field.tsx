import { useState, type Ref } from 'react';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A password input whose show/hide button is named in the page's language, says whether the
 * password is shown (aria-pressed), and can be reached from the keyboard. Mantine marks the
 * wrapper, not the input, as invalid: the input says so itself here.
 */
export function PasswordField({ ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      {...props}
      ref={ref}
      aria-invalid={props.error ? true : undefined}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword'), 'aria-pressed': visible }}
      spellCheck={false}
    />
  );
}
