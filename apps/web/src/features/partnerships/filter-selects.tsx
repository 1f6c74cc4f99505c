import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_DIRECTIONS } from '@roundtable/shared/action-directions';
import { DISTRICTS, type DistrictCode } from '@roundtable/shared/districts';
import { SECTORS, type SectorCode } from '@roundtable/shared/sectors';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';

/** An action direction, 1–7, or all; names from the reference data (seed 004). */
export function DirectionSelect({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (next: number | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  return (
    <NativeSelect
      label={t('partnerships.filter.direction')}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.currentTarget.value ? Number(event.currentTarget.value) : null)}
      data={[
        { value: '', label: t('partnerships.filter.allDirections') },
        ...ACTION_DIRECTIONS.map((direction) => ({
          value: String(direction.number),
          label: t('partnerships.numbered', {
            number: formatNumber(direction.number, language),
            title: localize(direction.title),
          }),
        })),
      ]}
    />
  );
}

export function DistrictSelect({
  value,
  onChange,
}: {
  value: DistrictCode | null;
  onChange: (next: DistrictCode | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const collator = new Intl.Collator(language);
  return (
    <NativeSelect
      label={t('partnerships.filter.district')}
      value={value ?? ''}
      onChange={(event) => onChange((event.currentTarget.value || null) as DistrictCode | null)}
      data={[
        { value: '', label: t('partnerships.filter.allDistricts') },
        ...DISTRICTS.map((district) => ({ value: district.code, label: localize(district.name) })).sort((a, b) =>
          collator.compare(a.label, b.label),
        ),
      ]}
    />
  );
}

export function SectorSelect({
  value,
  onChange,
}: {
  value: SectorCode | null;
  onChange: (next: SectorCode | null) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  return (
    <NativeSelect
      label={t('partnerships.filter.sector')}
      value={value ?? ''}
      onChange={(event) => onChange((event.currentTarget.value || null) as SectorCode | null)}
      data={[
        { value: '', label: t('partnerships.filter.allSectors') },
        ...SECTORS.map((sector) => ({ value: sector.code, label: localize(sector.name) })),
      ]}
    />
  );
}
