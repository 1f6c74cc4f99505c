import { useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import type { PoolSearchQuery } from '../../gql/graphql';
import { sectorName } from '../forums/sector-label';
import { useViewer } from '../account/use-viewer';
import {
  BOOLEAN_PARAMS,
  hasAnyFilter,
  parsePoolFilters,
  poolFiltersToParams,
  SEARCH_MAX,
  searchVariables,
  toggleListValue,
  type BooleanFilter,
  type ListFilter,
  type PoolFilters,
} from './pool-filters';
import { districtName, languageName } from './pool-labels';
import { STAKEHOLDERS_QUERY } from './pool.graphql';
import { StakeholderCard } from './stakeholder-card';
import classes from './pool.module.css';

type Facets = PoolSearchQuery['stakeholders']['facets'];

/** The partner pool's search: public, with contact details only as each person allowed (rule 5). */
export default function PoolSearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { viewer } = useViewer();
  useDocumentTitle(t('pool.search.title'));
  const [params, setParams] = useSearchParams();
  const filters = parsePoolFilters(params);

  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(STAKEHOLDERS_QUERY, {
    variables: searchVariables(filters),
    notifyOnNetworkStatusChange: true,
  });
  // Keep the filters' counts on screen while the next answer comes, so the checkboxes do not jump.
  const connection = data?.stakeholders;
  const facets = (data ?? previousData)?.stakeholders.facets;

  const apply = (next: PoolFilters) => setParams(poolFiltersToParams(next), { replace: true });

  const more = () => {
    if (!connection?.pageInfo.hasNextPage) return;
    fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        stakeholders: {
          ...fetchMoreResult.stakeholders,
          nodes: [...(previous.stakeholders?.nodes ?? []), ...fetchMoreResult.stakeholders.nodes],
        },
      }),
    }).catch(() => undefined);
  };

  const shown = connection?.nodes.length ?? 0;

  return (
    <>
      <Title order={1} mb="sm">
        {t('pool.search.title')}
      </Title>
      <Text mb="sm" maw="48rem">
        {t('pool.search.intro')}
      </Text>
      <Text mb="lg" maw="48rem" size="sm">
        {viewer ? t('pool.search.contactsSignedIn') : t('pool.search.contactsAnonymous')}{' '}
        {viewer && (
          <Anchor component={Link} to={`/${language}/pool/me`}>
            {t('pool.search.myProfileLink')}
          </Anchor>
        )}
      </Text>
      <SearchBox key={filters.search} initial={filters.search} onSearch={(search) => apply({ ...filters, search })} />
      <div className={classes.layout}>
        <FilterPanel filters={filters} facets={facets} onChange={apply} />
        <section aria-labelledby="pool-results">
          <Title order={2} id="pool-results" mb="sm">
            {t('pool.search.results')}
          </Title>
          {/* Announces the result of every search, filter and "more" (WCAG 4.1.3). */}
          <Text role="status" mb="sm" fw={600}>
            {connection &&
              `${t('pool.search.found', { count: connection.totalCount })} ${t('pool.search.shown', {
                shown: formatNumber(shown, language),
                total: formatNumber(connection.totalCount, language),
              })}`}
          </Text>
          {loading && !connection && <Loading />}
          {error && !connection && <QueryError error={error} onRetry={retry(refetch)} />}
          {connection && connection.totalCount === 0 && (
            <div>
              <Text fw={600}>{t('pool.search.emptyTitle')}</Text>
              <Text>{hasAnyFilter(filters) ? t('pool.search.emptyFiltered') : t('pool.search.emptyPool')}</Text>
              {hasAnyFilter(filters) && (
                <Button variant="default" mt="sm" onClick={() => apply(parsePoolFilters(new URLSearchParams()))}>
                  {t('pool.search.clear')}
                </Button>
              )}
            </div>
          )}
          {connection && shown > 0 && (
            <>
              <ul className={classes.results}>
                {connection.nodes.map((person) => (
                  <li key={person.id}>
                    <StakeholderCard person={person} />
                  </li>
                ))}
              </ul>
              {connection.pageInfo.hasNextPage && (
                <Button mt="md" onClick={more} loading={networkStatus === NetworkStatus.fetchMore}>
                  {t('pool.search.more')}
                </Button>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}

/** The free-text box: the search runs on submit, so each keystroke does not announce results. */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (search: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim().slice(0, SEARCH_MAX));
  };
  return (
    <form role="search" onSubmit={submit} className={classes.searchRow} aria-label={t('pool.search.formLabel')}>
      <TextInput
        className={classes.searchInput}
        label={t('pool.search.label')}
        description={t('pool.search.hint')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        maxLength={SEARCH_MAX}
        dir="auto"
        type="search"
      />
      <Button type="submit">{t('pool.search.submit')}</Button>
    </form>
  );
}

interface Option {
  value: string;
  label: string;
  count: number;
}

/** Each filter a group of checkboxes, each value with how many it would give (its facet count). */
function FilterPanel({
  filters,
  facets,
  onChange,
}: {
  filters: PoolFilters;
  facets: Facets | undefined;
  onChange: (filters: PoolFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const count = (entries: ReadonlyArray<{ count: number }> | undefined, find: (entry: never) => boolean) =>
    (entries as ReadonlyArray<{ count: number }> | undefined)?.find((entry) => find(entry as never))?.count ?? 0;

  const sectors: Option[] = SECTOR_CODES.map((code) => ({
    value: code,
    label: localize(sectorName(code)),
    count: count(facets?.sectors, (entry: { sector: string }) => entry.sector === code),
  }));
  const districts: Option[] = DISTRICT_CODES.map((code) => ({
    value: code,
    label: localize(districtName(code)),
    count: count(facets?.districts, (entry: { district: string }) => entry.district === code),
  }));
  // Topics and languages are long lists: those that would give someone, and those chosen.
  const topics: Option[] = (facets?.topics ?? [])
    .map((entry) => ({ value: entry.topic.code, label: localize(entry.topic.name), count: entry.count }))
    .concat(
      filters.topics
        .filter((code) => !facets?.topics.some((entry) => entry.topic.code === code))
        .map((code) => ({ value: code, label: code, count: 0 })),
    );
  const languages: Option[] = (facets?.languages ?? [])
    .map((entry) => ({ value: entry.language, label: languageName(entry.language, language), count: entry.count }))
    .concat(
      filters.languages
        .filter((code) => !facets?.languages.some((entry) => entry.language === code))
        .map((code) => ({ value: code, label: languageName(code, language), count: 0 })),
    );

  const group = (key: ListFilter, options: Option[]) => (
    <fieldset>
      <legend>{t(`pool.filters.${key}`)}</legend>
      {options.length === 0 && <Text size="sm">{t('pool.filters.noValues')}</Text>}
      {options.map((option) => (
        <Checkbox
          key={option.value}
          mt={6}
          label={t('pool.filters.option', { label: option.label, count: formatNumber(option.count, language) })}
          checked={(filters[key] as string[]).includes(option.value)}
          onChange={() => onChange(toggleListValue(filters, key, option.value))}
        />
      ))}
    </fieldset>
  );

  /** Any, yes or no, each choice with how many it would give. */
  const openness = (key: BooleanFilter) => {
    const entries = facets?.[key] ?? [];
    const countOf = (value: boolean) =>
      formatNumber(entries.find((entry) => entry.value === value)?.count ?? 0, language);
    const current = filters[key];
    return (
      <NativeSelect
        key={key}
        mt={6}
        name={BOOLEAN_PARAMS[key]}
        label={t(`pool.filters.${key}`)}
        value={current === null ? '' : current ? 'yes' : 'no'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ ...filters, [key]: value === 'yes' ? true : value === 'no' ? false : null });
        }}
        data={[
          { value: '', label: t('pool.filters.any') },
          { value: 'yes', label: t('pool.filters.option', { label: t('pool.filters.yes'), count: countOf(true) }) },
          { value: 'no', label: t('pool.filters.option', { label: t('pool.filters.no'), count: countOf(false) }) },
        ]}
      />
    );
  };

  return (
    <section aria-labelledby="pool-filters" className={classes.filters}>
      <Title order={2} id="pool-filters" mb="sm">
        {t('pool.filters.title')}
      </Title>
      {group('sectors', sectors)}
      {group('topics', topics)}
      {group('districts', districts)}
      {group('languages', languages)}
      <fieldset>
        <legend>{t('pool.filters.openness')}</legend>
        {openness('openToConsultation')}
        {openness('openToSectorMove')}
      </fieldset>
    </section>
  );
}
