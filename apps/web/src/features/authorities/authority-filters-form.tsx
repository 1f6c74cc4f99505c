import type { FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUTHORITY_KINDS } from '@roundtable/shared/authority-kinds';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import type { AuthorityFiltersQuery } from '../../gql/graphql';
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import type { DistrictCode } from '@roundtable/shared/districts';
import { hasFilters, type AuthorityFilters } from './authority-filters';
import classes from './authorities-page.module.css';

interface Props {
  filters: AuthorityFilters;
  districts: AuthorityFiltersQuery['districts'];
  clusters: AuthorityFiltersQuery['clusters'];
  onChange: (filters: AuthorityFilters) => void;
}

/**
 * The filters. A choice in a list applies at once (it changes the table, not the page); the
 * name applies on Enter or the search button, so typing is not interrupted.
 */
export function AuthorityFiltersForm({ filters, districts, clusters, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const search = new FormData(event.currentTarget as HTMLFormElement).get('q');
    onChange({ ...filters, search: typeof search === 'string' ? search : '' });
  };
  const any = { value: '', label: t('authorities.filters.any') };
  const collator = new Intl.Collator(language);

  return (
    <form onSubmit={submit} className={classes.filters} aria-labelledby="filters-title">
      <Title order={2} size="h4" id="filters-title" mb="xs">
        {t('authorities.filters.title')}
      </Title>
      <div className={classes.fields}>
        <NativeSelect
          label={t('authorities.filters.district')}
          value={filters.district ?? ''}
          data={[any, ...districts.map((district) => ({ value: district.code, label: localize(district.name) }))]}
          onChange={(event) =>
            onChange({ ...filters, district: (event.currentTarget.value || null) as DistrictCode | null })
          }
        />
        <NativeSelect
          label={t('authorities.filters.kind')}
          value={filters.kind ?? ''}
          data={[any, ...AUTHORITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
          onChange={(event) =>
            onChange({ ...filters, kind: (event.currentTarget.value || null) as AuthorityKind | null })
          }
        />
        <NativeSelect
          label={t('authorities.filters.cluster')}
          value={clusters.some((cluster) => cluster.slug === filters.cluster) ? filters.cluster! : ''}
          data={[
            any,
            ...clusters
              .map((cluster) => ({ value: cluster.slug, label: localize(cluster.name) }))
              .sort((a, b) => collator.compare(a.label, b.label)),
          ]}
          onChange={(event) => onChange({ ...filters, cluster: event.currentTarget.value || null })}
        />
        <TextInput
          type="search"
          label={t('authorities.filters.search')}
          description={t('authorities.filters.searchHint')}
          name="q"
          // Uncontrolled, and remounted when the address changes (back, a bookmark), so the
          // field always shows the search the list was made with.
          key={filters.search}
          defaultValue={filters.search}
          dir="auto"
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <Group gap="md" mt="sm">
        <Button type="submit">{t('authorities.filters.apply')}</Button>
        {hasFilters(filters) && (
          <Anchor component={Link} to={`/${language}/authorities`}>
            {t('authorities.filters.reset')}
          </Anchor>
        )}
      </Group>
    </form>
  );
}
