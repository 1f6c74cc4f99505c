import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import {
  CONTACT_KINDS,
  CONTACT_VISIBILITIES,
  GENDERS,
  PROFILE_LIMITS,
  type ContactKind,
} from '@roundtable/shared/pool';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { TOPIC_CODES } from '@roundtable/shared/topics';
import { BusyButton } from '../../app/busy-button';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from '../forums/sector-label';
import { districtName, languageName, PROFILE_LANGUAGES, topicName } from './pool-labels';
import { useProfileErrorMessage } from './pool-errors';
import { EMPTY_CONTACT, EMPTY_POSITION, profileSchema, type ProfileValues } from './profile-schema';
import classes from './pool.module.css';

/** A saved contact detail and when its person consented to show it. */
export interface SavedContact {
  kind: ContactKind;
  value: string;
  visibility: string;
  consentedAt?: string | null;
}

interface Props {
  initialValues: ProfileValues;
  /** The details as saved, to show when each was consented to. */
  savedContacts: readonly SavedContact[];
  submitLabel: string;
  /** Sends the profile; throws the API's refusal, which the form shows. */
  onSubmit: (values: ProfileValues) => Promise<void>;
}

const AUTOCOMPLETE: Record<ContactKind, string> = { EMAIL: 'email', PHONE: 'tel', WEBSITE: 'url', LINKEDIN: 'url' };
const INPUT_TYPE: Record<ContactKind, string> = { EMAIL: 'email', PHONE: 'tel', WEBSITE: 'url', LINKEDIN: 'url' };

/** Every field of CreateProfileInput and UpdateProfileInput (docs/pool.md, "Profiles"). */
export function ProfileForm({ initialValues, savedContacts, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useProfileErrorMessage();
  const id = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const [listStatus, setListStatus] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: initialValues });
  const positions = useFieldArray({ control, name: 'positions' });
  const contacts = useFieldArray({ control, name: 'contacts' });

  // After a row is added or removed, focus goes to its first field or to the "add" button.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [positions.fields, contacts.fields]);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  const error = (message: { message?: string } | undefined) => fieldError(t, message);
  const collator = new Intl.Collator(language);
  const sectorOptions = (placeholder: string) => [
    { value: '', label: placeholder },
    ...SECTOR_CODES.map((code) => ({ value: code, label: localize(sectorName(code)) })),
  ];

  const checkboxGroup = (
    name: 'topicCodes' | 'districts' | 'languages',
    legend: string,
    options: Array<{ value: string; label: string }>,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Fieldset legend={legend}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
            {options.map((option) => (
              <Checkbox
                key={option.value}
                label={option.label}
                checked={(field.value as string[]).includes(option.value)}
                onChange={(event) => {
                  const current = field.value as string[];
                  field.onChange(
                    event.currentTarget.checked
                      ? [...current, option.value]
                      : current.filter((value) => value !== option.value),
                  );
                }}
              />
            ))}
          </SimpleGrid>
          {errors[name] && (
            <Text c="red.9" size="sm" mt="xs">
              {error(errors[name] as { message?: string })}
            </Text>
          )}
        </Fieldset>
      )}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset legend={t('pool.form.nameLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              {...register('nameHe')}
              label={t('pool.form.nameHe')}
              lang="he"
              dir="auto"
              autoComplete="name"
              required
              error={error(errors.nameHe)}
            />
            <TextInput
              {...register('nameAr')}
              label={t('pool.form.nameAr')}
              lang="ar"
              dir="auto"
              autoComplete="off"
              error={error(errors.nameAr)}
            />
            <TextInput
              {...register('nameEn')}
              label={t('pool.form.nameEn')}
              lang="en"
              dir="auto"
              autoComplete="off"
              error={error(errors.nameEn)}
            />
            <TextInput
              {...register('titleHe')}
              label={t('pool.form.titleHe')}
              lang="he"
              dir="auto"
              autoComplete="organization-title"
              error={error(errors.titleHe)}
            />
            <TextInput
              {...register('titleAr')}
              label={t('pool.form.titleAr')}
              lang="ar"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleAr)}
            />
            <TextInput
              {...register('titleEn')}
              label={t('pool.form.titleEn')}
              lang="en"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleEn)}
            />
          </SimpleGrid>
        </Fieldset>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            {...register('sector')}
            label={t('pool.form.sector')}
            required
            data={sectorOptions(t('pool.form.chooseSector'))}
            error={error(errors.sector)}
          />
          <TextInput
            {...register('organisationName')}
            label={t('pool.form.organisation')}
            description={t('pool.form.organisationHint')}
            dir="auto"
            autoComplete="organization"
            error={error(errors.organisationName)}
          />
        </SimpleGrid>

        {checkboxGroup(
          'topicCodes',
          t('pool.form.topics'),
          TOPIC_CODES.map((code) => ({ value: code, label: localize(topicName(code)) })).sort((a, b) =>
            collator.compare(a.label, b.label),
          ),
        )}
        {checkboxGroup(
          'districts',
          t('pool.form.districts'),
          DISTRICT_CODES.map((code) => ({ value: code, label: localize(districtName(code)) })),
        )}
        {checkboxGroup(
          'languages',
          t('pool.form.languages'),
          PROFILE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) })),
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Textarea
            {...register('expertise')}
            label={t('pool.form.expertise')}
            description={t('pool.form.linesHint', { max: PROFILE_LIMITS.listItems })}
            dir="auto"
            autosize
            minRows={3}
            error={error(errors.expertise)}
          />
          <Textarea
            {...register('interests')}
            label={t('pool.form.interests')}
            description={t('pool.form.linesHint', { max: PROFILE_LIMITS.listItems })}
            dir="auto"
            autosize
            minRows={3}
            error={error(errors.interests)}
          />
        </SimpleGrid>
        <Textarea
          {...register('bio')}
          label={t('pool.form.bio')}
          dir="auto"
          autosize
          minRows={3}
          error={error(errors.bio)}
        />

        <Fieldset legend={t('pool.form.openness')}>
          <Stack gap="xs">
            <Checkbox {...register('openToConsultation')} label={t('pool.form.openToConsultation')} />
            <Checkbox {...register('openToSectorMove')} label={t('pool.form.openToSectorMove')} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('pool.form.privateLegend')}>
          <Text size="sm" mb="xs">
            {t('pool.form.privateHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...register('gender')}
              label={t('pool.form.gender')}
              data={[
                { value: '', label: t('pool.form.notGiven') },
                ...GENDERS.map((gender) => ({ value: gender, label: t(`pool.gender.${gender}`) })),
              ]}
              error={error(errors.gender)}
            />
            <TextInput
              {...register('birthYear')}
              label={t('pool.form.birthYear')}
              inputMode="numeric"
              autoComplete="bday-year"
              dir="ltr"
              error={error(errors.birthYear)}
            />
          </SimpleGrid>
        </Fieldset>

        <VisuallyHidden role="status" aria-atomic="true">
          {listStatus}
        </VisuallyHidden>

        <Fieldset legend={t('pool.form.positions')}>
          <Text size="sm" mb="xs">
            {t('pool.form.positionsHint')}
          </Text>
          {positions.fields.map((field, index) => {
            const rowErrors = errors.positions?.[index];
            return (
              <div
                key={field.id}
                className={classes.row}
                role="group"
                aria-label={t('pool.form.positionNumber', { number: index + 1 })}
              >
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  <TextInput
                    {...register(`positions.${index}.title`)}
                    id={`${id}-position-${index}`}
                    label={t('pool.form.positionTitle')}
                    dir="auto"
                    required
                    error={error(rowErrors?.title)}
                  />
                  <NativeSelect
                    {...register(`positions.${index}.sector`)}
                    label={t('pool.form.positionSector')}
                    required
                    data={sectorOptions(t('pool.form.chooseSector'))}
                    error={error(rowErrors?.sector)}
                  />
                  <TextInput
                    {...register(`positions.${index}.organisationName`)}
                    label={t('pool.form.positionOrganisation')}
                    dir="auto"
                    error={error(rowErrors?.organisationName)}
                  />
                  <TextInput
                    {...register(`positions.${index}.startYear`)}
                    label={t('pool.form.startYear')}
                    inputMode="numeric"
                    dir="ltr"
                    required
                    error={error(rowErrors?.startYear)}
                  />
                  <TextInput
                    {...register(`positions.${index}.endYear`)}
                    label={t('pool.form.endYear')}
                    description={t('pool.form.endYearHint')}
                    inputMode="numeric"
                    dir="ltr"
                    error={error(rowErrors?.endYear)}
                  />
                </SimpleGrid>
                <Button
                  mt="sm"
                  variant="default"
                  onClick={() => {
                    positions.remove(index);
                    pendingFocus.current = `${id}-add-position`;
                    setListStatus(t('pool.form.positionRemoved', { number: index + 1 }));
                  }}
                >
                  {t('pool.form.removePosition', { number: index + 1 })}
                </Button>
              </div>
            );
          })}
          {errors.positions?.message && (
            <Text c="red.9" size="sm">
              {error(errors.positions)}
            </Text>
          )}
          <Button
            id={`${id}-add-position`}
            variant="outline"
            onClick={() => {
              pendingFocus.current = `${id}-position-${positions.fields.length}`;
              positions.append({ ...EMPTY_POSITION });
              setListStatus(t('pool.form.positionAdded'));
            }}
          >
            {t('pool.form.addPosition')}
          </Button>
        </Fieldset>

        <Fieldset legend={t('pool.form.contacts')}>
          <Text size="sm" mb="xs">
            {t('pool.form.contactsHint')}
          </Text>
          {contacts.fields.map((field, index) => (
            <ContactRow
              key={field.id}
              id={`${id}-contact-${index}`}
              index={index}
              control={control}
              register={register}
              errors={errors.contacts?.[index]}
              savedContacts={savedContacts}
              onRemove={() => {
                contacts.remove(index);
                pendingFocus.current = `${id}-add-contact`;
                setListStatus(t('pool.form.contactRemoved', { number: index + 1 }));
              }}
            />
          ))}
          {errors.contacts?.message && (
            <Text c="red.9" size="sm">
              {error(errors.contacts)}
            </Text>
          )}
          <Button
            id={`${id}-add-contact`}
            variant="outline"
            onClick={() => {
              pendingFocus.current = `${id}-contact-${contacts.fields.length}`;
              contacts.append({ ...EMPTY_CONTACT });
              setListStatus(t('pool.form.contactAdded'));
            }}
          >
            {t('pool.form.addContact')}
          </Button>
        </Fieldset>

        <FormError>{serverError}</FormError>
        <Group>
          <BusyButton type="submit" busy={isSubmitting}>
            {submitLabel}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}

interface ContactRowProps {
  id: string;
  index: number;
  control: Control<ProfileValues>;
  register: ReturnType<typeof useForm<ProfileValues>>['register'];
  errors: { kind?: { message?: string }; value?: { message?: string }; visibility?: { message?: string } } | undefined;
  savedContacts: readonly SavedContact[];
  onRemove: () => void;
}

/** One detail: its kind, its value (left to right), who will see it in plain words, and since when. */
function ContactRow({ id, index, control, register, errors, savedContacts, onRemove }: ContactRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kind = useWatch({ control, name: `contacts.${index}.kind` });
  const value = useWatch({ control, name: `contacts.${index}.value` });
  const visibility = useWatch({ control, name: `contacts.${index}.visibility` });
  const error = (message: { message?: string } | undefined) => fieldError(t, message);
  const saved = savedContacts.find(
    (contact) => contact.kind === kind && contact.value === value.trim() && contact.visibility === visibility,
  );
  const consent =
    visibility === 'ONLY_ME'
      ? t('pool.consent.none')
      : saved?.consentedAt
        ? t('pool.consent.since', { date: formatDate(saved.consentedAt, language) })
        : t('pool.consent.onSave');
  return (
    <div className={classes.row} role="group" aria-label={t('pool.form.contactNumber', { number: index + 1 })}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          {...register(`contacts.${index}.kind`)}
          id={id}
          label={t('pool.form.contactKind')}
          data={CONTACT_KINDS.map((option) => ({ value: option, label: t(`pool.contactKind.${option}`) }))}
        />
        <TextInput
          {...register(`contacts.${index}.value`)}
          label={t('pool.form.contactValue')}
          type={INPUT_TYPE[kind]}
          autoComplete={AUTOCOMPLETE[kind]}
          dir="ltr"
          required
          error={error(errors?.value)}
        />
        <NativeSelect
          {...register(`contacts.${index}.visibility`)}
          label={t('pool.form.visibility')}
          description={t(`pool.visibility.${visibility}.explain`)}
          data={CONTACT_VISIBILITIES.map((option) => ({ value: option, label: t(`pool.visibility.${option}.label`) }))}
        />
      </SimpleGrid>
      <Text size="sm" mt="xs">
        {consent}
      </Text>
      <Button mt="sm" variant="default" onClick={onRemove}>
        {t('pool.form.removeContact', { number: index + 1 })}
      </Button>
    </div>
  );
}
